"""A 'read also' line between a review's paragraphs whose title is an anchor that goes nowhere (no href: a script's
click handler, or a link lost when the post was copied): "Read also: <a>Ten winter novels</a>" is the same pointer
``edges`` takes with a live link (readalsoline._dead_anchors), and Polish's "Przeczytaj także" is a 'read also'
label beside "Czytaj także" (edges.READ_ALSO). Near misses: a review sentence that goes on past the title, a 'read
also' whose anchor covers only part of the title, a 'see also' line."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_LONG = ("The book moves slowly through one winter in a harbour town, and the slowness is the point: every chapter "
         "adds a small weight to the family's silence until the last pages make it speak. ")


def _page(lang: str, line: str, last: str = "The ending stays with me.") -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Review</title></head><body><article class="post">'
            f'<h1 class="entry-title">Review: Harbour Lights</h1><div class="entry-content">'
            f"<p>{_LONG * 2}</p><p>{_LONG}</p>{line}<p>{_LONG}</p><p>{last}</p></div></article></body></html>")


def _body(lang: str, line: str) -> str:
    return extract_page(_page(lang, line), "https://blog.example.org/2026/12/harbour-lights/").body_text


DEAD = [
    ("pl", "Przeczytaj także:", '<p class="box">Przeczytaj także: <a>Sześć powieści o morzu i zimie</a></p>'),
    ("pl", "Czytaj także", '<p>Czytaj także: <a>Dziesięć książek na długie wieczory</a></p>'),
    ("en", "Read also:", '<p>Read also: <a onclick="go(5)">Ten quiet winter novels</a></p>'),
    ("de", "Lesen Sie auch", '<p>Lesen Sie auch: <a>Sieben Romane über Hafenstädte</a></p>'),
    ("id", "Baca juga", '<p class="kb-x">Baca juga: <a>Lima novel tentang laut</a></p>'),
]


@pytest.mark.parametrize("lang,label,line", DEAD)
def test_dead_anchor_read_also_line_goes(lang, label, line):
    assert label not in _body(lang, line)


KEPT = [
    # (a sentence goes on past the title)
    ("en", "Read also", "<p>Read also: <a>The Salt Year</a>. It is the better book, and I say why in my review of it "
     "next week, with the quotes I marked.</p>"),
    # (the anchor covers a word of the line only: edges judges it)
    ("pl", "Przeczytaj także", "<p>Przeczytaj także <a>tę</a> książkę, jeśli lubisz morze i powolne historie o rodzinie"
     " w zimowym mieście portowym.</p>"),
    # (a 'see also' pointer is the reviewer's)
    ("en", "See also", "<p>See also: <a>her first novel</a></p>"),
]


@pytest.mark.parametrize("lang,words,line", KEPT)
def test_read_also_sentences_and_see_also_stay(lang, words, line):
    assert words in _body(lang, line)
