"""A box that only bids the reader to become a member or subscriber is the site's ask when it names the site or links
to a subscription/membership page; a member bid for something else (a theatre, a book club) linking elsewhere stays.
Written for the fresh-clone failure of test_siteplugs_h40 after asks68 opened fundbox to bare member bids."""

from __future__ import annotations

import pytest

from scraper.extract.sitenotices import subscription_link
from tests.cleaning import cleaned, paras

EN = [
    "The novel follows two brothers who take over their late father's boatyard on a windy stretch of coast.",
    "Its chapters alternate between the brothers, and the quieter one gets the better half of the book.",
    "The ending is a little too tidy, but I would hand it to anyone who likes slow family novels.",
]
EU = [
    "Eleberriak bi anaia ditu ardatz, aitaren ontziola hartzen dutenak kostaldeko herri txiki batean.",
    "Kapituluak anaien artean txandakatzen dira, eta isilenak liburuaren zatirik onena hartzen du.",
    "Amaiera txukunegia da, baina familia-eleberri motelak gustuko dituenari gomendatuko nioke.",
]


@pytest.mark.parametrize("href", ["/harpidetza", "/tanysgrifio", "/membership/", "/hazte-socio", "/lid-worden", "/bli-medlem"])
def test_membership_and_subscription_pages_in_more_languages(href):
    assert subscription_link(href)


@pytest.mark.parametrize("href", ["/kultura/harpidetzak-eta-liburuak-123", "/events/book-club", "/members-reviews/2026"])
def test_other_pages_are_no_subscription_page(href):
    assert not subscription_link(href)


def test_member_bid_linking_to_the_subscription_page_goes():
    box = ("<div class='kutxa'><h4>Egin zaitez gure harpidedun</h4><p>Zure laguntza behar dugu.</p>"
           "<a class='botoia' href='/harpidetza'>Harpidetu orain</a></div>")
    text, _ = cleaned(paras(*EU) + box, "albisteak.example.eus")
    assert "harpidedun" not in text and all(p in text for p in EU)


def test_member_bid_for_something_else_stays():
    # (a theatre's subscription, linked to the paper's culture section: no site named, no subscription page)
    near = ("<div class='note-box'><p>Become a subscriber of the city theatre and see every play this season.</p>"
            "<a href='/culture/theatre'>Theatre</a></div>")
    text, _ = cleaned(paras(*EN) + near, "books.example.com")
    assert "city theatre" in text and all(p in text for p in EN)
