"""A related box's heading (review rev32g): ``linkblocks.headed_link_box`` reads "related/similar/popular + a noun",
"more like this", "also on / elsewhere on the site" and their kin in many languages, so a box of bare links to the site
goes mid-page too, a sign-off after it; a heading over the reviewer's own words, or links to another site, stays.

Every line here is invented for these tests (invented sites and books, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.linkblocks import headed_link_box

HOST = "lantern.example.net"


def _box(label: str, href: str = "https://lantern.example.net/2024/05/a.html") -> bool:
    wrap = fragment_fromstring(
        f'<div><p>My paragraph.</p><div class="box"><h4>{label}</h4><a href="{href}">Review: The Salt Garden</a> '
        f'<a href="{href}x">Review: A Winter Ferry</a></div><p>Thanks for reading!</p></div>')
    heading = wrap.find(".//h4")
    return headed_link_box(heading, HOST, False) is not None


def test_related_labels_go_mid_page():
    assert _box("Related reviews")
    assert _box("Similar reviews")
    assert _box("Popular posts")
    assert _box("More like this")
    assert _box("Also on this blog")
    assert _box("Verwandte Beiträge")
    assert _box("Ähnliche Rezensionen")
    assert _box("Articles similaires")
    assert _box("Reseñas relacionadas")
    assert _box("Recensioni correlate")
    assert _box("Gerelateerde recensies")
    assert _box("相关文章")


def test_own_heading_or_other_site_stays():
    assert not _box("Where it all began")
    assert not _box("Related reviews", "https://publisher.example.com/books/salt")
