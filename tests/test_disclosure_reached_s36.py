"""A copy that "reached me" or "came to me" free from its publisher: the arrival with the writer as its object, and the
copy free from the house (notewords.FREE_GIVEN, bpfollow36).

Near misses: news that reached the writer from the publisher, something free but not from the publisher; the book
free from expectations; a parcel that reached a friend."""

from __future__ import annotations

from scraper.extract import notes

_BEFORE = ("The novel follows a lighthouse family across one storm season, each chapter told by a different child."
           "\n\nThe middle sags, but the last storm is written with real force and the ending is earned.\n\n")


def _disclosed(note: str) -> str | None:
    return notes.read_notes(_BEFORE + note + "\n\nRating: 8/10\n", None).disclosure


def test_a_reissue_reached_me_free_from_its_publisher():
    assert _disclosed("*The fiftieth-anniversary reissue reached me free from its publisher. My views are my own.*")


def test_a_proof_came_to_us_free_from_the_publisher():
    assert _disclosed("*This proof came to us free from the publisher, with no strings attached.*")


def test_news_from_the_publisher_is_no_copy():
    assert not _disclosed("The news reached me from the publisher that the ebook is free on weekends this month.")


def test_free_from_expectations_is_no_copy():
    assert not _disclosed("The novel came to me free from any expectations, which may be why it worked so well.")


def test_a_parcel_that_reached_a_friend_is_no_copy():
    assert not _disclosed("The copy reached my sister free from the publisher, and she passed it on after a week.")
