"""A worded score given in the review's closing sentence, in forms the tables lacked: ko the object particle between the
counter and "give" ("별 세 개를 줍니다"), el a pronoun between "would" and "give" ("θα της έδινα"), lt the accusative
("duodu tris žvaigždutes iš penkių"), th the number written on to "give" ("ให้สามดาว"), hr/bs/sr "od pet" (pet, five, read
only as a scale). Sentences of our own; near misses: en "pet", th "download", a star count of something else."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating

FIRST = "A first paragraph of the review with enough words in it to be prose and with no score at all."


@pytest.mark.parametrize("line, value", [
    ("솔직히 별 세 개를 줍니다.", 0.6),  # ko
    ("Θα της έδινα τρία αστέρια στα πέντε.", 0.6),  # el
    ("Duodu tris žvaigždutes iš penkių.", 0.6),  # lt
    ("โดยรวมให้สามดาว", 0.6),  # th
    ("Dajem joj tri zvjezdice od pet.", 0.6),  # hr
])
def test_a_worded_score_given(line, value):
    rating = find_rating([FIRST, line])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("line", [
    "My pet is a cat of five years and she sat on the book the whole time.",
    "Three out of pet shops in town sell it now.",
    "กดให้ดาวน์โหลดได้ที่ลิงก์ด้านล่าง",  # th "press to download"
    "Hotel ima četiri zvjezdice i bazen, a knjigu sam čitala tamo cijeli tjedan.",  # hr: a hotel's stars, the sentence goes on
])
def test_near_misses(line):
    assert find_rating([FIRST, line]) is None
