"""A free-copy note at the very edge of a review in a language the sentence rules do not read (scraper.extract.notegift),
on reviews of our own invention: a short plain block first or last naming a giver and a giving is a disclosure; a
note in the middle, a long paragraph naming the publisher, an info row, a publisher named without a giving, a giving
of no free copy or gift are not."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

PARAS = [
    "The story follows a ferry captain across one hard winter, and each chapter is a crossing with its own weather.",
    "The middle of the book slows down, but the last crossing made up for it and I read it in one evening.",
    "Her sentences are short and plain, and the sea is always there at the edge of every page of it.",
    "I would give it to anyone who liked the quieter novels of the last few years, and I will read her next.",
]


def _md(*blocks: str) -> str:
    return "\n\n".join(blocks)


@pytest.mark.parametrize("note", [
    "Գրքի օրինակը նվեր է ուղարկել հրատարակչությունը։",  # hy: the publisher sent the copy as a gift
    "Kitabu hiki nilipewa na mchapishaji bure, lakini maoni ni yangu.",  # sw: given by the publisher, free
    "Кітапты баспа тегін жіберді, пікір менікі.",  # kk: the publisher sent the book free
    "പുസ്തകം പ്രസാധകർ സമ്മാനമായി അയച്ചുതന്നു.",  # ml: the publisher sent the book as a gift
])
@pytest.mark.parametrize("at_start", [True, False])
def test_a_short_note_at_the_edge_naming_a_giver_and_a_giving_is_a_disclosure(note, at_start):
    blocks = [note, *PARAS] if at_start else [*PARAS, note]
    assert read_notes(_md(*blocks)).disclosure == note


@pytest.mark.parametrize("blocks", [
    # the note in the middle of a long review: not at the edge
    [*PARAS[:2], "Գրքի օրինակը նվեր է ուղարկել հրատարակչությունը։", *PARAS[2:], *PARAS],
    # an info row naming the publisher
    [*PARAS, "Баспа: Жазушы, 2026"],
    # the publisher gave something, but no free copy or gift: the launch's schedule (sw)
    [*PARAS, "Mchapishaji alinipa ratiba ya uzinduzi wa kitabu."],
    # the publisher named, no giving: a fact of the edition
    [*PARAS, "Վեպը նորից տպագրել է հրատարակչությունը 2026 թվականին։"],
    # a long paragraph that names the publisher and a gift in the story
    [*PARAS, "Mchapishaji wa zamani wa mji ule alimpa mhusika mkuu zawadi ya kitabu, na kutoka hapo hadithi yote inaanza "
              "kugeuka kuwa safari ndefu ya kumtafuta mwandishi aliyepotea miaka mingi iliyopita kwenye kisiwa kile cha mbali."],
])
def test_near_misses_are_no_disclosure(blocks):
    assert read_notes(_md(*blocks)).disclosure is None
