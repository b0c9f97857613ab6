"""scraper.extract.sitedomain: a host's registrable domain by the Public Suffix List (tldextract's bundled copy, never
fetched), and the three cleaning rules that ask whether a link stays with the site: promo._same_organisation,
ownshop (a line linking only to the site's own shop) and chrome.names_the_site (a line naming the site's domain)."""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import chrome, promo
from scraper.extract.sitedomain import registrable


@pytest.mark.parametrize("host, domain", [
    ("books.paper.co.uk", "paper.co.uk"),  # a two-label public suffix: not "co.uk"
    ("shop.lesehaus.com.au", "lesehaus.com.au"),
    ("news.bbc.com", "bbc.com"),  # a short second label is no suffix
    ("blog.idnes.cz", "idnes.cz"),
    ("WWW.Example.ORG", "example.org"),
    ("reads.example", "reads.example"),  # under no listed suffix (our fixtures' reserved names): the last two labels
    ("", ""),
])
def test_registrable(host, domain):
    assert registrable(host) == domain


def test_a_blog_on_a_platform_is_its_own_owner_but_names_the_platform():
    assert registrable("jane.blogspot.com") == "jane.blogspot.com"
    assert registrable("bob.blogspot.com") != registrable("jane.blogspot.com")
    assert registrable("jane.blogspot.com", own=False) == "blogspot.com"


def test_two_hosts_under_one_public_suffix_are_two_organisations():
    assert not promo._same_organisation("https://www.bigshop.co.uk/book/123", "reviews.myblog.co.uk")
    assert promo._same_organisation("https://shop.myblog.co.uk/", "reviews.myblog.co.uk")
    assert promo._same_organisation("/about", "reviews.myblog.co.uk")


def test_a_line_naming_a_three_label_domain_is_the_site_about_itself():
    block = lxml.html.fragment_fromstring("<p>More reviews every week at bbc.com, and the podcast too.</p>")
    assert chrome.names_the_site(block, "news.bbc.com")
    other = lxml.html.fragment_fromstring("<p>More reviews every week at otherpaper.co.uk, and the podcast too.</p>")
    assert not chrome.names_the_site(other, "books.paper.co.uk")
