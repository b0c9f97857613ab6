"""A card set in the post: a box holding one short line and its button, nothing else, the button a <button> that
toggles nothing or a link that goes nowhere ("#", "javascript:", none): a site's or an app's ask between the review's
paragraphs or after them, in any language (controls.ask_card). Near misses: a spoiler's box with its toggle, a line
whose link goes to a page, a book's record line beside a button, a paragraph of the review in a box with two lines."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_P1 = ("<p>The novel follows three sisters through one winter in a harbour town; each chapter adds a small weight to "
       "their silence, and the last pages make it speak at last, quietly and without a single false note.</p>")
_P2 = ("<p>What I liked best is how the town itself becomes a character: the ferry timetable, the shut cinema, the "
       "fish market at dawn all carry the story as much as the sisters do, and the prose never hurries them.</p>")


def _page(lang: str, card: str) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Review</title></head><body><article class="post">'
            f'<h1 class="entry-title">Harbour Lights</h1><div class="entry-content">{_P1}{card}{_P2}'
            "<p>Rating: 4/5</p></div></article></body></html>")


def _body(lang: str, card: str) -> str:
    return extract_page(_page(lang, card), "https://reads.example.net/p/harbour-lights").body_text


CARDS = [
    ("en", "Get our Friday letter", '<div class="inline-card"><p>Get our Friday letter with three picks from the '
     'editors every week.</p><button>Subscribe</button></div>'),
    ("zh", "打开App", '<div class="tip"><p>打开App，继续阅读全书</p><a href="#">立即打开</a></div>'),
    ("ja", "アプリで続き", '<div class="c-card"><p>アプリで続きを読むと、しおりが同期されます。</p>'
     '<a href="javascript:void(0)">開く</a></div>'),
    ("ko", "책장에 담으면", '<section><p>이 책을 책장에 담으면 새 서평이 올라올 때 알려 드려요.</p>'
     '<a href="#">담기</a></section>'),
]


@pytest.mark.parametrize("lang,words,card", CARDS)
def test_card_with_its_button_goes(lang, words, card):
    body = _body(lang, card)
    assert words not in body
    assert "harbour town" in body and "fish market" in body


KEPT = [
    # a spoiler's box and its toggle
    ("en", "The killer is the ferryman", '<div class="spoiler"><p>The killer is the ferryman, and the sisters knew it '
     'all along.</p><button aria-expanded="false">Show</button></div>'),
    # the link goes to a page (the author's site)
    ("en", "More about the author", '<div><p>More about the author and her earlier books on her own site.</p>'
     '<a href="https://maraquill.example.com/">Visit</a></div>'),
    # the book's record line beside a button
    ("en", "Harbour Lights · Mara Quill", '<div><p>Harbour Lights · Mara Quill · Tidewater Press · 320 pages</p>'
     '<a href="#">Buy</a></div>'),
    # two lines in the box: the review's own aside
    ("en", "A note on the translation", '<div class="note"><p>A note on the translation: it keeps the dialect.</p>'
     '<p>Some of the jokes do not survive it, but most of the music does.</p><a href="#">Top</a></div>'),
]


@pytest.mark.parametrize("lang,words,card", KEPT)
def test_spoilers_links_records_and_asides_stay(lang, words, card):
    assert words in _body(lang, card)
