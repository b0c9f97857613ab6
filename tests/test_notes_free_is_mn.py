"""Free-copy notes set apart in is (the publisher "útgefandinn", "sendi mér", "endurgjaldslaust", "ókeypis") and mn
("үнэ төлбөргүй": free of charge), notewords' roots, on notes of our own invention; near misses stay none."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

PARAS = [
    "The story follows a ferry captain across one hard winter, and each chapter is a crossing with its own weather.",
    "The middle of the book slows down, but the last crossing made up for it and I read it in one evening.",
    "Her sentences are short and plain, and the sea is always there at the edge of every page of it.",
]


@pytest.mark.parametrize("note", [
    "*Útgefandinn gaf mér bókina ókeypis; skoðunin er mín.*",  # is, at the top
    "*Útgáfufélagið sendi mér eintak endurgjaldslaust.*",  # is, the publishing house
    "*Хэвлэлийн газар надад номыг үнэ төлбөргүй илгээсэн.*",  # mn
])
def test_free_copy_notes(note):
    assert read_notes("\n\n".join([note, *PARAS])).disclosure == note.strip("*")


@pytest.mark.parametrize("note", [
    "*Útgefandinn gaf út nýja kilju í haust.*",  # is: the publisher published a paperback, nothing given to me
    "*Энэ номыг үнэ төлбөргүй номын сангаас авч болно.*",  # mn: free at the library, no giving to the writer
])
def test_near_misses(note):
    assert read_notes("\n\n".join([note, *PARAS])).disclosure is None
