"""classify: a post filed by its number under an archive word ("/archives/4519/", Typecho, WordPress's numeric
permalinks) is a post, not a year's archive; only a number that reads as a year (19xx, 20xx) names one."""

from __future__ import annotations

import pytest

from scraper.extract.classify import Evidence, classify


def _evidence(url: str) -> Evidence:
    return Evidence(url=url, title="Walking the river with a slim novel", words=420, post_bodies=1, articles=1,
                    body_classes=[], og_type="article", categories=[], tags=[], book_source="title",
                    book_has_author=True, rating=False, books_named=0, qa_blocks=0, jsonld_review=False,
                    source_hint=False, book_mentions=3, book_title="The River Year", book_author="Ana Lisboa")


@pytest.mark.parametrize("url", [
    "https://teapot.example.tw/archives/1287/",  # Typecho: a post's number
    "https://notes.example.de/archives/4519",  # WordPress /archives/%post_id%, no slash
    "https://lesen.example.ru/archive/3310/",  # the word in the singular
    "https://blog.example.jp/archives/8406/",
])
def test_a_numbered_post_under_archives_is_a_post(url):
    kind, reason = classify(_evidence(url))
    assert kind == "review", (kind, reason)


@pytest.mark.parametrize("url", [
    "https://teapot.example.tw/archives/2024/",  # a year's archive
    "https://teapot.example.tw/archives/1998/07/",  # a month's
    "https://teapot.example.tw/archives/",  # the archive's index
    "https://teapot.example.tw/tag/novels/",
    "https://teapot.example.tw/page/3/",
])
def test_year_archives_and_other_listings_stay_listings(url):
    kind, _ = classify(_evidence(url))
    assert kind == "listing"
