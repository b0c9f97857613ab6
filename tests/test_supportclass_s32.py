"""A theme's box classed for support in the blog's own language ("caixa-apoio", "encadre-soutien", "box-apoyo"), as
"support-box" is in English (platforms.PROMO_CLASS): the plea it holds under the review goes. Near misses: the
reviewer's own sentence urging readers to buy from a local bookshop, in a plain paragraph, and a class word that only
begins like one ("apoiado"). Pages of our own invention."""

from __future__ import annotations

from scraper.extract import extract_page

_P = [
    "Rosalía Mouriño gathers nine stories set in one fishing parish over a single year, each told by someone the "
    "last one only glimpsed, so that the parish slowly fills in like a map drawn by many hands.",
    "The best of them, about a net-mender who refuses to sell her house, is as good as anything I have read in the "
    "language; a couple of the others are slighter, but none is wasted.",
]
URL = "https://caderno-de-mareas.example.org/2026/11/nove-historias-da-parroquia.html"


def _body(tail: str) -> str:
    html = (f'<html lang="gl"><head><meta charset="utf-8"><title>Nove historias | Caderno de mareas</title></head>'
            f'<body><div class="post hentry"><h3 class="post-title">Nove historias da parroquia</h3>'
            f'<div class="post-body entry-content"><p>{_P[0]}</p><p>{_P[1]}</p>{tail}</div></div></body></html>')
    return extract_page(html, URL).body_text


def _kept(body: str) -> bool:
    return "fishing parish" in body and "none is wasted" in body


def test_support_box_in_galician_goes():
    body = _body('<div class="caixa-apoio"><p><b>Buy local:</b> this book and the rest of the list can be ordered at '
                 "the bookshop nearest you.</p></div>")
    assert "Buy local" not in body and _kept(body)


def test_support_box_in_french_goes():
    body = _body('<div class="encadre-soutien"><p>Order it from your neighbourhood bookseller rather than a warehouse '
                 "far away.</p></div>")
    assert "neighbourhood bookseller" not in body and _kept(body)


def test_reviewers_own_plea_for_local_bookshops_stays():
    body = _body("<p>I bought my copy at the little shop by the harbour, and if you can, order yours from a bookshop "
                 "near you too: it is the kind of book they champion.</p>")
    assert "little shop by the harbour" in body and _kept(body)


def test_class_that_only_begins_like_the_word_stays():
    body = _body('<div class="apoiado"><p>The stories were first published one by one in the parish newsletter, over '
                 "three winters, before the press gathered them.</p></div>")
    assert "parish newsletter" in body and _kept(body)
