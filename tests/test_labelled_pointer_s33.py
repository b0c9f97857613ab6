"""A short label of any language, its colon, and one link to another post (the s33 round; own words and markup):
``labelledpointer``. The label's words need not be known: one or two words and a colon, then one link holding the rest
of the line, an anchor with no address or one to a dated post of the site, its text a post's title (four words or
more, a lower-case word in a cased script).

Near misses: a record's field with a linked name or a capitalised series title, a run of field lines, a link to a
shop, a linked phrase inside a review sentence, a three-word label (``tailpointer``'s)."""

import pytest
from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.labelledpointer import labelled_pointer

_PARAS = [
    "The novel follows a surveyor who maps a river delta for a colonial office and slowly realises that every line "
    "he draws will be used to take land from the people who row him across the channels every morning.",
    "The prose is patient and the chapters are long, but the tension builds quietly, and by the time the floods "
    "come the maps have become the most frightening objects in the book, more than any soldier or fever.",
    "I wanted more of the boatwoman, whose silences carry the last third, yet the ending, in a drowned archive, "
    "stayed with me for days and made me look at every old map on my office wall a little differently.",
]


def _page(line: str, after: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return ("<html><head><title>The Delta Maps</title></head><body><article><h1>The Delta Maps</h1>"
            f"<div class='entry-content'>{ps[0]}{ps[1]}{line}{after}{ps[2]}</div></article></body></html>")


def _text(html: str) -> str:
    return extract_page(html, "https://deltashelf.example.org/2026/12/05/the-delta-maps/").body_text


@pytest.mark.parametrize("line", [
    "<p>Lisa koa: <a>ramani za zamani na mto wa mvua</a></p>",
    "<p>Soma tena: <a>vitabu vitatu kuhusu bahari ya usiku</a></p>",
    "<p>ተጨማሪ ንባብ: <a>ስለ ወንዝ የተጻፉ ሦስት ልቦለዶች ዛሬ</a></p>",
])
def test_short_label_and_one_link_to_another_post_goes(line):
    title = lhtml.fromstring(line).text_content().split(":", 1)[1].strip()
    text = _text(_page(line))
    assert title not in text and "drowned archive" in text


@pytest.mark.parametrize("line", [
    "<p>Translated by: <a>Ana Lindqvist</a></p>",
    "<p>Series: <a>The House of the Lake</a></p>",
    "<p>Buy: <a href='https://shop.example.com/delta'>the paperback at our local shop</a></p>",
    "<p>I kept thinking of <a>her earlier novel about the mountain road</a>, which is darker.</p>",
])
def test_fields_citations_and_sentences_stay(line):
    assert not labelled_pointer(lhtml.fromstring(line), "deltashelf.example.org")
    assert lhtml.fromstring(line).text_content() in _text(_page(line))


def test_a_field_in_a_run_of_fields_stays():
    line = "<p>Mfululizo: <a>ramani za zamani na mto</a></p>"
    assert labelled_pointer(lhtml.fromstring(line))
    fields = "<p>Publisher: Harbour Light</p><p>Pages: 312</p>"
    assert "ramani za zamani na mto" in _text(_page(line, after=fields))
