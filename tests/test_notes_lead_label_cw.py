"""A content warning under a label of any language opening the review (scraper.extract.notes._marked_warning with
notewords.LEAD_LABEL), on reviews of our own invention: a word or two and a colon on one of the first two blocks, then
a short note naming a hard thing and its depiction, in scripts and languages whose warning labels no table holds."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

PARAS = [
    "The story follows a ferry captain across one hard winter, and each chapter is a crossing with its own weather.",
    "The middle of the book slows down, but the last crossing made up for it and I read it in one evening.",
    "Her sentences are short and plain, and the sea is always there at the edge of every page of it.",
]


@pytest.mark.parametrize("note, listed", [
    ("Զգուշացում: վեպում կան բռնության և մահվան տեսարաններ։", "վեպում կան բռնության և մահվան տեսարաններ։"),  # hy
    ("Tahadhari kwa wasomaji: riwaya ina matukio ya vurugu na mauaji.", "riwaya ina matukio ya vurugu na mauaji."),  # sw
    ("Paalala: may mga eksena ng karahasan at pagpatay sa nobela.", "may mga eksena ng karahasan at pagpatay sa nobela."),  # tl
    ("Анхааруулга: номонд хүчирхийллийн үзэгдэл бий.", "номонд хүчирхийллийн үзэгдэл бий."),  # mn
])
def test_a_labelled_note_of_a_hard_thing_and_its_depiction_on_top_is_a_warning(note, listed):
    assert read_notes("\n\n".join([note, *PARAS])).content_warnings == listed


@pytest.mark.parametrize("blocks", [
    # a blurb under a label: a death, no depiction named
    ["Muhtasari: baada ya kifo cha baba yake, nahodha anarudi kisiwani.", *PARAS],
    # the same warning in the middle of the review: not on top
    [*PARAS[:2], "Paalala: may mga eksena ng karahasan at pagpatay sa nobela.", *PARAS],
    # a long opening paragraph after a label: the review, not a note
    ["Buod: " + " ".join(["may mga eksena ng karahasan at pagpatay sa nobela, at marami pang iba na hindi ko na sasabihin."] * 3), *PARAS],
    # a label over a hard thing's depiction that is denied ("no scenes of violence")
    ["Remark: no scenes of violence at all.", *PARAS],
])
def test_near_misses_are_no_warning(blocks):
    assert read_notes("\n\n".join(blocks)).content_warnings is None
