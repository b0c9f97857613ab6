"""A CJK review's record line standing alone at the post's edge, "『T』A／House", where the review never names its
author again (``bookcjkline.cjk_record``): read when the line is the post's first or last, its details a known
house's name (``bookcjkimprint.imprint``) and no other line of the post is so shaped. Near misses: the same line in
the middle of the post, several such lines closing it (a list of books to read next), details that are no house.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookcjkline import cjk_record

_JA = ["港町の古い喫茶店を舞台に、三人の客が少しずつ言葉を交わすようになる話。", "派手な展開はないが、最後の一行でじんわり泣いた。",
       "評価：★★★★☆"]
_ZH = ["一个关于南方小镇和一家旧书店的故事，节奏很慢。", "我最喜欢书里写雨季的那几章，安静又准确。", "推荐指数：★★★★"]
_KO = ["작은 섬마을 우체국에서 일하는 사람들의 이야기다.", "문장이 담백해서 천천히 읽기 좋았다.", "별점: ★★★★"]


def _ctx(lines: list[str], language: str) -> Context:
    return Context("\n".join(lines), (), language)


def test_closing_line_in_three_scripts():
    lines = _JA + ["『潮風のカップ』森田沙耶／新潮文庫"]
    assert cjk_record(lines, _ctx(lines, "ja")) == ("潮風のカップ", "森田沙耶")
    lines = _ZH + ["《河边的雾》林晓燕／人民文学出版社"]
    assert cjk_record(lines, _ctx(lines, "zh")) == ("河边的雾", "林晓燕")
    lines = _KO + ["『바다의 우체국』 윤서아 / 민음사"]
    assert cjk_record(lines, _ctx(lines, "ko")) == ("바다의 우체국", "윤서아")


def test_opening_line_too():
    lines = ["『潮風のカップ』森田沙耶／角川文庫"] + _JA
    assert cjk_record(lines, _ctx(lines, "ja")) == ("潮風のカップ", "森田沙耶")


def test_near_misses():
    # the same line in the middle of the post: a book the review mentions in passing, not its record
    lines = _JA[:1] + ["『潮風のカップ』森田沙耶／新潮文庫"] + _JA[1:]
    assert cjk_record(lines, _ctx(lines, "ja")) is None
    # several such lines closing the post: a list of books to read next
    lines = _JA + ["『潮風のカップ』森田沙耶／新潮文庫", "『冬の灯台』岡本圭／角川文庫"]
    assert cjk_record(lines, _ctx(lines, "ja")) is None
    # details that are no house's name
    lines = _JA + ["『潮風のカップ』森田沙耶／春夏秋冬"]
    assert cjk_record(lines, _ctx(lines, "ja")) is None
    # the name with its role word glued on: the glued record's shape, read only where the text says the name again
    lines = _JA + ["『潮風のカップ』森田沙耶著／新潮文庫"]
    assert cjk_record(lines, _ctx(lines, "ja")) is None
