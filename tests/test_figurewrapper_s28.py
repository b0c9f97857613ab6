"""A kept caption's wrapper named for it (round s28), in our own words and markup.

figures.keep_figure_text keeps a picture's caption that is the reviewer's (a sentence, the book's record) and takes the
"caption" class off the figure and its caption, which trafilatura drops by that name. A platform's box that holds the
figure alone and is named for it too (Substack's "captioned-image-container", a theme's "image-caption-wrap") was left
with its name, and trafilatura dropped the box and the caption with it: now the class goes from such wrappers too.

Near misses: a credit caption ("Photo: …") is still dropped; a wrapper holding the figure and other text keeps its
name (only boxes of the figure alone are read).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

PARAS = [
    "Lena Varga's third novel takes place over one flooded spring in a river town, where a ferryman's daughter keeps "
    "the ledger of everyone who crosses and slowly works out which of them are leaving for good.",
    "Varga writes short, plain sentences and trusts the reader with the silences between them; the town's quarrels "
    "about the new bridge are funny and sad at once, and nobody in them is entirely wrong.",
    "The last chapter is a little too tidy for a book this patient, but I will remember the ferry and its ledger.",
]
URL = "https://riverpages.example/p/the-ferry-ledger"


def _page(wrapper: str, caption: str, lang: str = "en") -> str:
    figure = (f"<div class='{wrapper}'><figure><img src='https://cdn.example/img/cover-ledger.jpg' alt=''>"
              f"<figcaption class='image-caption'>{caption}</figcaption></figure></div>")
    body = f"<p>{PARAS[0]}</p>{figure}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The ferry ledger</title></head><body>"
            f"<article><h1>The ferry ledger</h1><div class='available-content'><div class='body markup'>{body}</div>"
            "</div></article></body></html>")
    return extract_page(html, URL).body_text


@pytest.mark.parametrize("wrapper,caption,lang", [
    ("captioned-image-container", "The Ferry Ledger, by Lena Varga (Harbour Press)", "en"),
    ("image-caption-wrap", "O livro de registos, de Lena Varga (Editora Cais)", "pt"),
    ("captioned-image-container", "My own copy of the book, soaked at the edges after a rainy week outdoors.", "en"),
    ("wp-caption-box", "Das Fährbuch von Lena Varga (Hafenverlag)", "de"),
])
def test_a_kept_caption_survives_its_wrapper_named_for_it(wrapper, caption, lang):
    text = _page(wrapper, caption, lang)
    assert caption in text and PARAS[2][:30] in text


def test_a_credit_caption_still_goes():
    text = _page("captioned-image-container", "Photo: Harbour Press")
    assert "Photo: Harbour Press" not in text and PARAS[1][:30] in text
