"""A reading log's or catalogue's book page titled "T / A" over its record (bookslashtitle.slash_record; holdout44
round, helper book44b), in our own words and markup: ja, en, ko, ru, zh pages whose heading is the title and whose
author line beside it opens with the name; near misses: no record line beside the heading, a heading that is not the
title, an unspaced ASCII slash, a record line opening with another name, a name with digits, two slashes."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.bookslashtitle import slash_record


def _page(heading: str, line: str, tag: str = "h2") -> html.HtmlElement:
    return html.fromstring(
        f"<html><body><div class='shelf'>Reader's shelf</div><div class='record'><div class='cover'></div><div class='info'>"
        f"<{tag}>{heading}</{tag}><p>{line}</p><p>links</p></div></div><div class='review'><p>My thoughts on it.</p></div>"
        f"</body></html>")


CASES = {
    "ja": ("海辺の図書室 / 森川ひかり - ねこの本棚 - 読書ログ", "海辺の図書室", "森川ひかり / 青葉書房 (2019-04-01)", "森川ひかり"),
    "en": ("The Glass Orchard / Mara Lind | Shelfwise", "The Glass Orchard", "Mara Lind / Northgate Press (2021)", "Mara Lind"),
    "ko": ("바다의 정원 / 윤서아 - 책장", "바다의 정원", "윤서아 (지은이), 푸른숲", "윤서아"),
    "ru": ("Тихий берег / Анна Лесная — Полка читателя", "Тихий берег", "Анна Лесная, 2020", "Анна Лесная"),
    "zh": ("江边的雾／李明 - 我的书架", "江边的雾", "李明／人民文学出版社", "李明"),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_page_title_pair_with_record_line(lang):
    page_title, heading, line, author = CASES[lang]
    book = slash_record(_page(heading, line), [page_title])
    assert book is not None and (book.title, book.author) == (heading, author)


def test_h1_heading_and_bare_name_line():
    book = slash_record(_page("Salt Hours", "Ewa Wrona", "h1"), ["Salt Hours / Ewa Wrona - Catalogue"])
    assert (book.title, book.author) == ("Salt Hours", "Ewa Wrona")


@pytest.mark.parametrize("page_title, heading, line", [
    ("The Glass Orchard / Mara Lind | Shelfwise", "The Glass Orchard", "Added 3 March, 4 readers"),  # no record line
    ("The Glass Orchard / Mara Lind | Shelfwise", "My reading year", "Mara Lind / Northgate Press"),  # no title heading
    ("Rock/Pop Mara Lind | Shelfwise", "Rock", "Pop Mara Lind"),  # an unspaced ASCII slash is a word's
    ("Either / Or | Shelfwise", "Either", "Or else, a thought"),  # a slash between words, no name
    ("The Glass Orchard / Mara Lind | Shelfwise", "The Glass Orchard", "Jon Berg / Northgate Press"),  # another name
    ("Glass 2 / Volume 3 | Shelfwise", "Glass 2", "Volume 3 / extra"),  # digits: no name
    ("A / B / Mara Lind | Shelfwise", "A", "B / Mara Lind"),  # two slashes
])
def test_left_alone(page_title, heading, line):
    assert slash_record(_page(heading, line), [page_title]) is None


def test_no_tree():
    assert slash_record(None, ["T / A"]) is None
