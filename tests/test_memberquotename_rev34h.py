"""memberask.boxed_member_plea (rev34h): a membership plea set as a pull quote that opens on the site's own name is the
site's when the site's metadata (og:site_name) or its masthead (the header's logo or link home) declares that name,
as a link or a named platform confirmed it before; a quotation from a novel whose title the page's <title> shares,
with no such declaration, stays (rev34a)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_PARAS = ("<p>The novel follows a retired ferry engineer who restores a paddle steamer with his granddaughter over one "
          "long summer, and the pacing is patient, each repair given its own chapter.</p>"
          "<p>The prose is plain and exact, the granddaughter is sharp and funny, and the ending refuses the easy "
          "comfort the middle seems to promise, which I admired a great deal.</p>")


def _page(quote: str, head: str = "", header: str = "", lang: str = "en",
          title: str = "Review: Paddle and Steam") -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{header}'
            f'<article class="post"><h1>Paddle and Steam</h1><div class="entry-content">{_PARAS}'
            f'<blockquote>{quote}</blockquote></div></article></body></html>')


def _body(*args, **kw) -> str:
    return extract_page(_page(*args, **kw), "https://steamshelf.example.org/paddle/").body_text


@pytest.mark.parametrize("quote,head,header,lang", [
    ("Steam Shelf is funded by its readers. Become a member from $4 a month.",
     "<meta property='og:site_name' content='Steam Shelf'>", "", "en"),
    ("Steam Shelf wird von seinen Leserinnen und Lesern getragen. Werde Mitglied ab 4 € im Monat.",
     "<meta property='og:site_name' content='Steam Shelf'>", "", "de"),
    ("Steam Shelf vit grâce à ses lecteurs. Devenez membre dès 4 € par mois.",
     "", "<header><a href='/'><img src='/logo.png' alt='Steam Shelf'></a></header>", "fr"),
])
def test_the_sites_declared_name_confirms_the_plea(quote, head, header, lang):
    body = _body(quote, head, header, lang)
    assert "member" not in body.lower() and "Mitglied" not in body, body
    assert "paddle steamer" in body


def test_a_quotation_under_a_shared_title_stays():
    quote = "Steam Shelf, the old man said, is where you put the things you mean to mend. Become a member of it."
    body = _body(quote, title="Review | Steam Shelf")
    assert "where you put the things" in body
