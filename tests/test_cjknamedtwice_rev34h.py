"""booknounowner._cjk_closed (rev34h): the owner of "this book" is the writer when a full name of three characters or
more is written the same way again (ja "川上弘美のこの本", "吉本ばななのこの小説", zh transliterated "阿特伍德的这部小说"); short
words named twice (a roommate, a shop, a school) and kin, friends, roles and pronouns stay refused (rev34b)."""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.booknounowner import closed_owner


def _owner(text: str, title: str = "海辺の家") -> str | None:
    lines = [line for line in text.split("\n") if line]
    return closed_owner(lines, Context(text=text), [title])


@pytest.mark.parametrize("text,name", [
    ("森川陽子のこの本は、港町の冬を描いている。\n森川陽子の作品はどれも静かだ。", "森川陽子"),
    ("山田ゆかりのこの小説は短い。\n山田ゆかりの文章が好きだ。", "山田ゆかり"),
    ("马尔克斯的这部小说写了一个家族。\n马尔克斯的句子很长。", "马尔克斯"),
    ("普鲁斯特的这部小说很长。\n普鲁斯特的句子绕来绕去。", "普鲁斯特"),
])
def test_a_full_name_written_twice_is_the_writer(text, name):
    assert _owner(text) == name


@pytest.mark.parametrize("text", [
    "室友的这本书我借了一个月。\n室友说她很喜欢。",
    "男朋友的这本书被我翻旧了。\n男朋友说没关系。",
    "祖父のこの本は古い。\n祖父はこの本をよく読んでいた。",
    "图书馆的这本书已经很旧了。\n图书馆说会换新的。",
    "小伙伴的这本书我借走了。\n小伙伴还没催。",
])
def test_copy_owners_named_twice_stay_refused(text):
    assert _owner(text) is None, text
