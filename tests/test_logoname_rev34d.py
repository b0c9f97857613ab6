"""The site's name read off a logo link (siteheading.logo_name) comes only from a link to this site's front page: a
relative one, or one to the page's own host (www. aside) or a host above or below it. A link to another site's front
page that reads a part of the <title> is that other site's, as the book's author's own site linked from the review's
text or from an "author sites" widget: with "<title>Author – Title</title>" the author stays the book's author, not
the blog's name. The links are read in one pass (no query per part of the <title>)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.metadata import read_metadata


def _page(lang: str, title: str, paras: list[str], header: str = "", side: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="top">{header}<div class="menu"><a href="/about">About</a></div></div>'
            f'<div class="content"><div class="post hentry"><h1 class="post-title">{title}</h1>'
            f'<div class="post-body">{body}</div></div><div class="sidebar">{side}</div></div>'
            f'<div class="foot">© 2025</div></body></html>')


URL = "https://www.pagesandtea.example/2025/03/review.html"

EN = ['I finally read this novel by <a href="https://www.annapatchett.example/">Ann Patchett</a> over two evenings. '
      'Patchett writes families the way other people write weather: it is always there, and it always changes.',
      "The story follows a brother and sister across fifty years and one house. Patchett lets the house do the "
      "talking, and it says a great deal.",
      "The middle sags a little and one late turn is easy to see coming. Still, four stars from me."]
ES = ['Leí esta novela de <a href="http://claramoran.example">Clara Morán</a> en dos tardes. Morán escribe a las '
      'familias como otros escriben el tiempo: siempre está ahí y siempre cambia.',
      "La historia sigue a dos hermanos durante cincuenta años y una sola casa. Morán deja que la casa hable, y dice "
      "mucho.",
      "La parte central se alarga y un giro final se ve venir. Aun así, cuatro estrellas."]
DE = ["Ich habe diesen Roman an zwei Abenden gelesen. Kehlmann schreibt über Familien, wie andere über das Wetter "
      "schreiben: es ist immer da und ändert sich ständig.",
      "Lichtspiel folgt einem Regisseur durch die Jahre des Krieges. Kehlmann lässt die Bilder sprechen.",
      "Die Sprache ist genau und ohne Eile, die Dialoge gehören zu den besten, die ich seit Jahren gelesen habe. "
      "Figuren, die ich nicht mögen wollte, wurden mir am Ende die liebsten im ganzen Buch.",
      "Der Mittelteil zieht sich, eine späte Wendung ahnt man früh. Trotzdem vier von fünf Sternen."]


@pytest.mark.parametrize("lang,title,paras,side,book", [
    # the author's own site linked from the review's text
    ("en", "Ann Patchett – The Dutch House", EN, "", ("The Dutch House", "Ann Patchett")),
    ("es", "Clara Morán - La casa del río", ES, "", ("La casa del río", "Clara Morán")),
    # the author's site in a sidebar widget of writers' sites
    ("de", "Daniel Kehlmann – Lichtspiel", DE,
     '<div class="widget"><h3>Autorenseiten</h3><ul><li><a href="https://kehlmann.example/">Daniel Kehlmann</a></li>'
     '<li><a href="https://www.zeh.example/">Juli Zeh</a></li></ul></div>', ("Lichtspiel", "Daniel Kehlmann")),
])
def test_author_site_link_is_no_logo(lang, title, paras, side, book):
    html = _page(lang, title, paras, side=side)
    assert read_metadata(lxml_html.fromstring(html), URL).masthead is None
    got = extract_page(html, URL)
    assert (got.book_title, got.book_author) == book


@pytest.mark.parametrize("href,url", [
    ("/", URL),  # relative
    ("https://pagesandtea.example/", URL),  # the page's own host, www. aside
    ("https://www.pagesandtea.example/", "https://pagesandtea.example/2025/03/review.html"),
    ("https://pagesandtea.example/", "https://blog.pagesandtea.example/2025/03/review.html"),  # the host above
    ("//blog.pagesandtea.example/", "https://pagesandtea.example/r/1"),  # a host below, scheme-relative
])
def test_own_site_logo_is_read(href, url):
    html = _page("en", "The Dutch House | Pages and Tea", EN[1:],
                 header=f'<a href="{href}" class="logo"><span>Pages  and Tea</span></a>')
    assert read_metadata(lxml_html.fromstring(html), url).masthead == "Pages and Tea"


def test_other_site_reading_the_title_tail_is_no_logo():
    # a network bar linking to a sister site whose name happens to close the <title>
    html = _page("en", "The Dutch House | Pages and Tea", EN[1:],
                 header='<a href="https://pagesandtea.other.example/" class="logo">Pages and Tea</a>')
    assert read_metadata(lxml_html.fromstring(html), URL).masthead is None
