"""holdout78–81 round (helper booklatin), in our own words: an old theme's masthead set as an h2 linking home, the
post's own title an h3, read as the page's title (and so as the book): siteheading.home_heading takes an h2 too.

Fires: a masthead h2 in French, English, German and Spanish pages, each <title> "Post - Site". Near misses: an h2 that
links to the post itself (a theme's post heading, still the title), and a sidebar's h2 linking home.
"""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract.metadata import read_metadata

_PAGE = """<html lang="{lang}"><head><title>{post} - {site}</title></head><body>
<div id="masthead"><h2 id="header-title"><a href="{home}">{site}</a></h2><div class="tagline">{tagline}</div></div>
<div id="main"><div class="day">3 mars 2026</div><div class="entry"><h3 class="storytitle">{post}</h3>
<div class="storybody"><p>{para}</p><p>{para}</p></div></div></div>
<div id="side"><h2>Archives</h2><ul><li><a href="/2026/02/">2026</a></li></ul></div></body></html>"""

CASES = {
    "fr": ("Encre et Marée", "La Maison aux volets bleus, tome 2 : Le retour",
           "Une lecture du dimanche, racontée par une libraire de quartier, avec des planches en couleurs."),
    "en": ("Lantern Shelf", "The Orchard Keeper's Daughter",
           "A slow book for a slow week, read in the evenings on the porch while the rain came and went."),
    "de": ("Seitenwind", "Das Jahr der leisen Fähren",
           "Ein ruhiges Buch über eine Insel im Winter, gelesen an drei Abenden mit viel Tee und wenig Licht."),
    "es": ("Papel y Niebla", "La casa del acantilado",
           "Una novela breve sobre un faro y una familia, leída en dos noches de tormenta junto a la ventana."),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_masthead_h2_linking_home_is_the_site_not_the_post(lang):
    site, post, para = CASES[lang]
    home = f"https://{site.replace(' ', '').lower()}.example.com/"
    page = _PAGE.format(lang=lang, post=post, site=site, home=home, tagline="x", para=para)
    meta = read_metadata(html.fromstring(page), home + "2026/03/03/post.html")
    assert meta.title == post


def test_an_h2_linking_to_the_post_itself_is_the_post_title():
    site, post, para = CASES["en"]
    url = "https://lanternshelf.example.com/2026/03/03/post.html"
    page = _PAGE.format(lang="en", post=post, site=site, home=url, tagline="x", para=para)
    page = page.replace(f'<a href="{url}">{site}</a>', f'<a href="{url}">{post}</a>').replace(
        f'<h3 class="storytitle">{post}</h3>', "")
    meta = read_metadata(html.fromstring(page), url)
    assert meta.title == post and meta.sitename != post


def test_a_sidebar_h2_linking_home_leaves_the_post_heading():
    site, post, para = CASES["de"]
    home = "https://seitenwind.example.com/"
    page = _PAGE.format(lang="de", post=post, site=site, home=home, tagline="x", para=para).replace(
        '<h2>Archives</h2>', f'<h2><a href="{home}">Startseite</a></h2>')
    assert read_metadata(html.fromstring(page), home + "2026/03/03/post.html").title == post
