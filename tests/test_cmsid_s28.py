"""A news engine's record number of the article (round s28), in our own words and markup.

cmsid: a line that is only a label naming the article, news item or post and its number ("News ID: 4411", "Haber
No: 20931", "رقم الخبر: 4412", "ID новости: 118", "新闻编号：20261204", "Mã tin: 5521") among the body's first four
lines or its last three goes.

Near misses: a review's info lines with numbers ("ISBN: …", "Pages: 320"), a sentence that gives a number, the same
label in the middle of a long body.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.cmsid import id_line

PARAS = [
    "Lena Varga's third novel takes place over one flooded spring in a river town, where a ferryman's daughter keeps "
    "the ledger of everyone who crosses and slowly works out which of them are leaving for good.",
    "Varga writes short, plain sentences and trusts the reader with the silences between them; the town's quarrels "
    "about the new bridge are funny and sad at once, and nobody in them is entirely wrong.",
    "The last chapter is a little too tidy for a book this patient, but I will remember the ferry and its ledger.",
]
URL = "https://news.example/culture/books/44110"


def _text(first: str = "", last: str = "", lang: str = "en") -> str:
    lines = ([f"<p>{first}</p>"] if first else []) + [f"<p>{p}</p>" for p in PARAS] \
        + ([f"<p>{last}</p>"] if last else [])
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The ferry ledger</title></head><body>"
            f"<main><div class='news-body'>{''.join(lines)}</div></main></body></html>")
    return extract_page(html, URL).body_text


@pytest.mark.parametrize("line,lang", [
    ("News ID: 44110", "en"), ("Haber No: 20931", "tr"), ("رقم الخبر: 4412", "ar"), ("ID новости: 118", "ru"),
    ("新闻编号：20261204", "zh"), ("Mã tin: 5521", "vi"), ("شناسه خبر: ۴۴۱۱۰", "fa"), ("Beitrags-ID: 5521", "de"),
])
def test_the_articles_number_over_or_under_the_text_goes(line, lang):
    assert line not in _text(first=line, lang=lang)
    assert line not in _text(last=line, lang=lang)


@pytest.mark.parametrize("line", ["ISBN: 9780000000000", "Pages: 320", "Strony: 412",
                                  "The story number 12 in the collection is the best of them"])
def test_a_reviews_numbered_lines_are_no_article_number(line):
    assert not id_line(lxml_html.fromstring(f"<p>{line}</p>"))
    assert line in _text(last=line)
