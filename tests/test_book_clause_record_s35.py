"""A closing record written as a sentence, "T by A is published by H, £9.99.": the first "by" that leaves a name
followed by a lower-case predicate credits the author; the house after the second "by" is the publisher, not the
author (bookclauserecord). Near misses: a title with its own "by", a bracketed record, and a house line whose words
after the name are no lower-case predicate."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookclauserecord import clause_record

_PROSE = [
    "Wren Castell runs a ferry across a river that is slowly becoming a lake, and she has stopped counting the villages "
    "under the water.",
    "Ostrova writes her with a dry, watchful sympathy; nothing is explained twice and nothing is wasted.",
    "The middle section drags a little, as the dam's engineers take over the story, but the last forty pages are "
    "superb.",
]


def _page(record: str, headline: str = "A ferry over drowned villages"):
    body = "".join(f"<p>{p}</p>" for p in _PROSE) + f"<p><em>{record}</em></p>"
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{headline} | Marsh Post</title></head>'
            f'<body><article class="node"><h1>{headline}</h1><div class="field--name-body">{body}</div></article>'
            '</body></html>')
    return extract_page(html, "https://marshpost.example.org/arts/books/ferry-over-drowned-villages")


def test_published_by_sentence_credits_the_author():
    record = _page("The Slow Water by Irina Ostrova is published by Heron House Editions, £12.99.")
    assert (record.book_title, record.book_author) == ("The Slow Water", "Irina Ostrova")


def test_out_from_sentence_credits_the_author():
    assert clause_record("The Slow Water by Irina Ostrova is out now from Heron House") == (
        "The Slow Water", "Irina Ostrova", "Heron House")


def test_near_miss_title_with_its_own_by():
    # the title's own "by" leaves no name: the sentence's credit is the second
    assert clause_record("Driven by Rain by Irina Ostrova is published by Heron House")[:2] == (
        "Driven by Rain", "Irina Ostrova")


def test_near_miss_bracketed_record_is_left_alone():
    assert clause_record("The Slow Water by Irina Ostrova (Heron House, 2026)") is None
    record = _page("The Slow Water by Irina Ostrova (Heron House, 2026), £12.99.")
    assert (record.book_title, record.book_author) == ("The Slow Water", "Irina Ostrova")


def test_near_miss_no_lower_case_predicate():
    # a capitalised run after the name is no clause in the publisher's voice
    assert clause_record("Songs Sung by Night by Irina Ostrova Translated By Mark Hale") is None
    assert clause_record("The Slow Water by Irina Ostrova") is None
