"""A name the page declares its own is never the reviewed book's title: the publication an article's JSON-LD names its
publisher (``metadata``: an Organization, read as a Medium byline's publication is), the site's name, the post's
writer. A nav link to the publication and the URL's first part spell it, and the opening may name the writer, so the
title readers took them for a capitalised title (``bookbody._titles``). Near misses: a Book node's publisher (the
book's house, not the site's), a title that holds the site's name as a part, a site whose name is one word."""

from __future__ import annotations

import json

from scraper.extract import extract_page
from scraper.extract.metadata import read_metadata
from scraper.extract.parse import parse_page

PROSE = ("<p>{owner} novel had sat on my shelf for years before I finally opened it this autumn. It follows a boy "
         "growing up in a harbour town through three decades of storms, strikes and weddings, and it is loud, crowded "
         "and often very funny.</p><p>{family} writes the parents as monsters and the grandmother as a saint, which "
         "wears thin by the middle, but the last hundred pages are as strong as anything I have read this year. It "
         "is a book about staying, and about what staying costs.</p><p>Rating: 4/5</p>")


def _page(headline: str, jsonld: dict, nav: str, body: str) -> str:
    return (f'<html lang="en"><head><meta charset="utf-8"><title>{headline}</title>'
            f'<script type="application/ld+json">{json.dumps(jsonld)}</script></head><body>'
            f'<div class="top">{nav}</div><article><h1>{headline}</h1><div class="post-body">{body}</div></article>'
            "</body></html>")


def test_the_publication_is_no_title():
    headline = "The novel I put off for a decade"
    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
              "author": {"@type": "Person", "name": "Ben Aldous"},
              "publisher": {"@type": "Organization", "name": "Harbour Lines"}}
    nav = '<a href="/">Home</a> <a href="/harbour-lines">Harbour Lines</a>'
    body = PROSE.format(owner="Mara Quill’s", family="Quill").replace(
        "</p><p>", "</p><blockquote><p>Harbour Lines is a reader-funded publication. Join us to read every story."
        "</p></blockquote><p>", 1)
    record = extract_page(_page(headline, jsonld, nav, body),
                          "https://reads.example.com/harbour-lines/the-novel-i-put-off-for-a-decade-3f2a")
    assert record.is_review, (record.kind, record.reason)
    assert record.book_title != "Harbour Lines", record.book_title


def test_the_writer_is_no_title():
    headline = "Storms, strikes and weddings on the coast"
    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
              "author": {"@type": "Person", "name": "Dana Whitlock"}}
    body = ("<p class='deck'>Tomas Berg’s first novel is a slow, salty story of a harbour town.</p>"
            "<div class='byline'>By <a href='/author/dana-whitlock'>Dana Whitlock</a> · Books · 5 min read</div>"
            + PROSE.format(owner="Berg’s", family="Berg"))
    record = extract_page(_page(headline, jsonld, "", body),
                          "https://tribune.example.com/books/storms-strikes-and-weddings-on-the-coast/")
    assert record.book_title != "Dana Whitlock", record.book_title


def test_the_publisher_read_is_the_article_s():
    def meta(jsonld, url="https://reads.example.com/harbour-lines/x-3f2a"):
        return read_metadata(parse_page(_page("x", jsonld, "", "<p>x</p>")), url)
    article = {"@type": "BlogPosting", "publisher": {"@type": "Organization", "name": "Harbour Lines"}}
    assert meta(article).publication == "Harbour Lines"
    # (rev34e: a publisher the page names nowhere else, by its <title>, site name or address, is not its own)
    assert meta(article, "https://x.example/").publication is None
    book = {"@type": "Book", "name": "The Lantern Year", "publisher": {"@type": "Organization", "name": "Northlight"}}
    assert meta(book).publication is None
    person = {"@type": "BlogPosting", "publisher": {"@type": "Person", "name": "Ben Aldous"}}
    assert meta(person).publication is None


def test_a_book_named_beside_the_site_s_name_keeps_its_title():
    # (the headline names the book; the publication's name stands apart, and a title holding it is no site's name)
    for headline, title in (("The Lantern Year by Tomas Berg", "The Lantern Year"),
                            ("Harbour Lines at Dusk by Tomas Berg", "Harbour Lines at Dusk")):
        jsonld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": headline,
                  "publisher": {"@type": "Organization", "name": "Harbour Lines"}}
        nav = '<a href="/">Home</a> <a href="/harbour-lines">Harbour Lines</a>'
        body = PROSE.format(owner="Tomas Berg’s", family="Berg")
        record = extract_page(_page(headline, jsonld, nav, body),
                              "https://reads.example.com/harbour-lines/lantern-year-review-77aa")
        assert (record.book_title, record.book_author) == (title, "Tomas Berg"), (record.book_title, record.book_author)
