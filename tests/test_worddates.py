"""scraper.extract.worddates: dates written with their month's name read as a post's dateline, so that a blog post's
byline ("Autor: <a>Name</a> · 12. März 2026") beside its h1 does not make the page a book's record (bookld's labelled
author, readerreview.book_header), while a record's header with an edition line or a labelled date still is one."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.bookld import from_author_link
from scraper.extract.readerreview import book_header
from scraper.extract.worddates import worded_date


@pytest.mark.parametrize("text", ["Jana Berger · 12. März 2026", "posted March 12, 2026", "le 3 novembre 2025",
                                  "5 марта 2026 г.", "12 de marzo de 2026", "Nov 3, 2025", "3 มกราคม 2569"])
def test_dates_with_a_month_name(text):
    assert worded_date(text)


@pytest.mark.parametrize("text", ["1. Auflage 2024", "Band 3, 2019", "528 Seiten 2021", "Tom 2, 2020", "Chapter 12 2023",
                                  "Volume 4, 1998"])
def test_edition_and_volume_lines_are_no_dates(text):
    assert not worded_date(text)


_POSTS = [
    # German: the date on the byline's own line
    """<html><body><main><article><header class="post-head"><h1>Warum ich im Winter Krimis lese</h1>
    <p>Autor: <a href="/profil/jana">Jana Berger</a> · 12. März 2026</p></header><p>Text.</p></article></main></body></html>""",
    # English: the date on a line of its own beside the labelled author
    """<html><body><main><article><div class="post-head"><h1>Why I read crime novels in winter</h1>
    <div>Author: <a href="/u/jane">Jane Porter</a></div><div>March 12, 2026</div></div><p>Text.</p></article></main></body></html>""",
    # Spanish
    """<html><body><main><article><div class="cabecera"><h1>Por qué leo novela negra en invierno</h1>
    <div>Autora: <a href="/u/lucia">Lucía Ferrer</a></div><span>12 de marzo de 2026</span></div><p>Texto.</p></article></main></body></html>""",
]


@pytest.mark.parametrize("page", _POSTS)
def test_a_post_with_a_labelled_author_and_a_worded_date_is_no_book_record(page):
    tree = html.fromstring(page)
    assert from_author_link(tree) is None
    assert not book_header(html.fromstring(page))


_RECORDS = [
    # an edition line and a labelled publication date: a record's rows
    """<html><body><main><div class="product"><div class="head"><h1>Die Salzkammer</h1>
    <div>Autor: <a href="/suche?autor=Jana+Berger">Jana Berger</a></div><div>1. Auflage 2024</div>
    <div>Erscheinungsdatum: 12. März 2024</div></div></div></main></body></html>""",
    """<html><body><main><div class="product"><div class="head"><h1>The Salt Ledger</h1>
    <div>Author: <a href="/search?author=Jane+Porter">Jane Porter</a></div><div>Volume 2, 2019</div></div></div></main></body></html>""",
]


@pytest.mark.parametrize("page", _RECORDS)
def test_a_record_with_edition_lines_and_labelled_dates_stays_a_record(page):
    book = from_author_link(html.fromstring(page))
    assert book is not None and book.source == "record"
