"""A heading linked to the page itself ("#top", "#", "") is the site's masthead unless it is the post's own title
(``siteheading.site_heading_link``, shared by ``home_heading`` and ``siteheading.masthead_name``; review rev33d).

One-page sites and some themes link the blog's name in the masthead to "#top" or "#"; Hatena and others link the
entry's own title to "#". The self-link names the post only where the heading sits in the post's box (an <article>,
an entry or post box) or another heading of the page links to the front page (that one is the masthead).
Every page here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.metadata import read_metadata
from scraper.extract.parse import parse_page

_BODY = "<p>" + "A long paragraph of the review that speaks of the novel and its people at some length. " * 6 + "</p>"


def _meta(head_title: str, body: str):
    html = f"<html><head><title>{head_title}</title></head><body>{body}</body></html>"
    return read_metadata(parse_page(html), "https://shelves.example.net/2026/01/one")


def test_self_linked_masthead_is_the_site_not_the_post():
    cases = [("#top", "<h2>{post}</h2>"), ("#", "<h3 class='title'>{post}</h3>"), ("", "<h2>{post}</h2>")]
    sites = [("Quiet Shelves", "Lanterns and Rain by Mira Holt"), ("Leseecke am Fluss", "Das stille Haus von Jonas Brand"),
             ("La biblioteca di Nina", "Il ponte di neve di Marta Neri")]
    for (href, post_tag), (site, post) in zip(cases, sites):
        body = (f"<h1><a href='{href}'>{site}</a></h1><div class='post'>{post_tag.format(post=post)}"
                f"{_BODY}</div>")
        meta = _meta(f"{post} | {site}", body)
        assert meta.title == post
        assert meta.masthead == site  # (the blog's name: no author for the book's rules)


def test_site_colon_post_title():
    body = f"<h1><a href='#top'>Rincón de lectura</a></h1><div class='post'><h2>La casa del viento</h2>{_BODY}</div>"
    assert _meta("Rincón de lectura: La casa del viento", body).title == "La casa del viento"


def test_near_misses_self_link_is_the_post_title():
    # inside the post's <article>: the entry's own title (Hatena-like), kept
    body = (f"<article><h1><a href='#'>Relire « Les Misérables » à Noël</a></h1><div class='entry-content'>{_BODY}"
            "</div></article>")
    assert _meta("Relire « Les Misérables » à Noël - Le coin lecture", body).title == "Relire « Les Misérables » à Noël"
    # in an entry box of its own class
    body = (f"<div class='hentry'><h2><a href=''>「夜の港」を読んで</a></h2>{_BODY}</div>")
    assert _meta("「夜の港」を読んで - 本の庭", body).title == "「夜の港」を読んで"
    # another heading links home: that one is the masthead, the self-linked one the post's
    body = (f"<h1><a href='/'>Pagine sparse</a></h1><h2><a href='#'>Leggere Buzzati d'inverno</a></h2>{_BODY}")
    assert _meta("Leggere Buzzati d'inverno - Pagine sparse", body).title == "Leggere Buzzati d'inverno"
    assert _meta("Leggere Buzzati d'inverno - Pagine sparse", body).masthead == "Pagine sparse"


def test_extract_page_bold_post_title_keeps_the_author():
    html = ("<html lang='en'><head><title>The Glass Orchard by Ellen Marsh | Quiet Shelves</title></head><body>"
            "<h1><a href='#top'>Quiet Shelves</a></h1><div class='post'><p><b>The Glass Orchard by Ellen Marsh</b></p>"
            "<p>" + "Ellen Marsh writes about an orchard of glass trees and the family who tends it through a hard winter. " * 4
            + "</p><p>Rating: 4/5</p></div></body></html>")
    record = extract_page(html, "https://quietshelves.example.org/glass-orchard")
    assert record.title == "The Glass Orchard by Ellen Marsh"
