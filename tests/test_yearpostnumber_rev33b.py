"""classify (rev33b): a post number shaped as a year under an archive's word ("/archives/1999"), no month after it, is
a post when the page's own body class says it is one post ("single-post", "single"); a year's or a month's archive
without that markup, and a bare year at the root, stay listings."""

from __future__ import annotations

import pytest

from scraper.extract.classify import Evidence, classify


def _evidence(url: str, classes: list[str]) -> Evidence:
    return Evidence(url=url, title="Walking the river with a slim novel", words=420, post_bodies=1, articles=1,
                    body_classes=classes, og_type="article", categories=[], tags=[], book_source="title",
                    book_has_author=True, rating=False, books_named=0, qa_blocks=0, jsonld_review=False,
                    source_hint=False, book_mentions=3, book_title="The River Year", book_author="Ana Lisboa")


@pytest.mark.parametrize("url, classes", [
    ("https://teapot.example.tw/archives/1999", ["single-post"]),  # Typecho's post 1999
    ("https://notes.example.de/archives/2013/", ["single", "postid-2013"]),  # WordPress /archives/%post_id%
    ("https://lesen.example.ru/archive/2047/", ["single-format-standard"]),
    ("https://blog.example.jp/archives/1987", ["single", "single-post"]),
])
def test_a_year_shaped_post_number_with_single_post_markup_is_a_post(url, classes):
    kind, reason = classify(_evidence(url, classes))
    assert kind == "review", (kind, reason)


@pytest.mark.parametrize("url, classes", [
    ("https://teapot.example.tw/archives/1999", ["archive", "date"]),  # a year's archive
    ("https://teapot.example.tw/archives/2013/", []),
    ("https://teapot.example.tw/archives/2013/05/", ["single-post"]),  # a month's: a listing whatever its class
    ("https://blog.example.jp/2018/", ["single"]),  # a year at the root: WordPress's year archive, whatever its class
])
def test_a_years_archive_stays_a_listing(url, classes):
    kind, _ = classify(_evidence(url, classes))
    assert kind == "listing"
