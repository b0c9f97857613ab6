"""The site's own free download offered after the review (houseoffer.linked_offer, _FREE_PATH): a closing line linking
a page of the site itself whose path names its downloads ("/p/printables.html", "/freebies/") and offering it free.
Near misses: the same offer linking another site (the author's or the publisher's page), a line linking the site's
own earlier review, a line linking the site's downloads page that offers nothing free."""

from __future__ import annotations

from scraper.extract import extract_page

_P1 = ("<div>Our middle one chose this one at the library because the fox on the cover looked lost. It is about a fox "
       "cub who wanders off at dusk and has to find the way back to the den by smell, sound and starlight.</div>")
_P2 = ("<div>The pictures are soft pencil and watercolour, and each spread gives the cub one new sense to use. By the "
       "third reading the children were sniffing and listening along with him, which I did not expect at all.</div>")


def _body(tail: str) -> str:
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Picture Book Monday: Little Fox Home</title>'
            '<link rel="canonical" href="https://hedgerowhomeschool.example.org/2026/11/little-fox-home.html">'
            '</head><body><div class="post-body entry-content">'
            f"{_P1}{_P2}<div><b>Our rating:</b> 4 out of 5 acorns</div>{tail}</div></body></html>")
    return extract_page(html, "https://hedgerowhomeschool.example.org/2026/11/little-fox-home.html").body_text


def test_free_printable_of_the_site_goes():
    body = _body('<div><b>Get our free printable</b> night-senses scavenger hunt for this one! '
                 '<a href="https://hedgerowhomeschool.example.org/p/printables.html">Grab it here</a>.</div>')
    assert "scavenger hunt" not in body
    assert "fox cub" in body and "soft pencil" in body


def test_free_printable_of_another_site_stays():
    body = _body('<div>The illustrator has a free colouring sheet of the fox cub on her own site: '
                 '<a href="https://junepaints.example.com/printables/">see it here</a>.</div>')
    assert "free colouring sheet" in body


def test_link_to_the_sites_own_review_stays():
    body = _body('<div>If the children love it, our free-range review of <a href="https://hedgerowhomeschool.example.'
                 'org/2026/10/owl-at-dusk.html">Owl at Dusk</a> is the natural next read.</div>')
    assert "Owl at Dusk" in body


def test_downloads_page_with_no_free_offer_stays():
    body = _body('<div>We kept a reading log of the fox\'s route on the <a href="https://hedgerowhomeschool.example.'
                 'org/downloads/">log page</a> and the children added to it each night.</div>')
    assert "reading log" in body
