"""A free-copy disclosure said as the copy being free right by its getting, in the writer's own words, with no copy word
and no publisher ("Ich habe das Buch über den Lesekreis kostenlos bekommen", "I got it for free from …"), or in Thai the
publisher sending it to read free. Near misses: a character getting something free, a free chapter, a policy's "if"."""

from __future__ import annotations

import pytest

from scraper.extract.notes import find_disclosure

BODY = [
    "The two brothers at its centre are drawn with such care that every quarrel between them felt like one from my own family.",
    "It drags a little in the middle, when the river chapters repeat themselves, but the last fifty pages are extraordinary.",
]


def blocks(first: str) -> list[tuple[str, str]]:
    return [("paragraph", first), *(("paragraph", text) for text in BODY)]


@pytest.mark.parametrize("line", [
    "Ich habe den Roman über den Lesekreis meiner Bibliothek kostenlos bekommen. Gelesen habe ich ihn in zwei Nächten.",
    "I got this one for free through my town's reading circle, and I was glad of it by the end.",
    "J'ai reçu gratuitement ce roman grâce au club de lecture du quartier.",
    "ขอบคุณสำนักพิมพ์ที่ส่งนิยายเรื่องนี้มาให้อ่านฟรีนะคะ ส่วนความเห็นเป็นของเราเอง",
])
def test_a_copy_got_free_is_disclosed(line):
    assert find_disclosure(blocks(line))


@pytest.mark.parametrize("line", [
    "Die Heldin hat das Haus kostenlos bekommen und zieht noch am selben Abend ein.",
    "The first chapter is free on the author's site if you want a taste.",
    "If you sign up to the newsletter, you get a story for free every month.",
    "ในเรื่อง แม่ค้าส่งขนมให้เด็ก ๆ กินฟรีทุกเย็น",
])
def test_free_things_that_are_no_disclosure(line):
    assert find_disclosure(blocks(line)) is None
