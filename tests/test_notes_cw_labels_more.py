"""Content warnings under a label in hy (the Armenian pause mark ՝ after the label), cy and be (their own words for a
warning and for hard things and scenes: notewords), on reviews of our own invention; a label no table holds still
counts when its note names a hard thing and its depiction; near misses stay none."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

PARAS = [
    "The story follows a ferry captain across one hard winter, and each chapter is a crossing with its own weather.",
    "The middle of the book slows down, but the last crossing made up for it and I read it in one evening.",
    "Her sentences are short and plain, and the sea is always there at the edge of every page of it.",
]


@pytest.mark.parametrize("note, listed", [
    # hy: the table's label, then a label no table holds ("notice") over a hard thing and its scene, both with ՝
    ("Նախազգուշացում՝ վեպում կա ինքնասպանության փորձ։", "վեպում կա ինքնասպանության փորձ։"),
    ("Ծանուցում՝ վեպում կան բռնության տեսարաններ։", "վեպում կան բռնության տեսարաններ։"),
    # cy: "content warning", "warnings"
    ("Rhybudd cynnwys: trais yn y cartref a marwolaeth plentyn.", "trais yn y cartref a marwolaeth plentyn."),
    ("Rhybuddion: hunanladdiad, cam-drin.", "hunanladdiad, cam-drin."),
    # be: "warning", and the bare "attention" over a hard thing and its scenes
    ("Папярэджанне: гвалт і смерць галоўнага героя.", "гвалт і смерць галоўнага героя."),
    ("Увага: у рамане ёсць сцэны катаванняў.", "у рамане ёсць сцэны катаванняў."),
])
def test_labelled_warnings(note, listed):
    assert read_notes("\n\n".join([note, *PARAS])).content_warnings == listed


@pytest.mark.parametrize("blocks", [
    # be: "attention" over a remark, no hard thing ("the book is long")
    ["Увага: кніга вельмі доўгая, але варта таго.", *PARAS],
    # hy: a summary under a label, a death named but no scene nor description
    ["Ամփոփում՝ հերոսը վերադառնում է հոր մահից հետո։", *PARAS],
    # cy: a warning denied ("no violence" is none: "heb drais" has no root of ours, the note names nothing hard)
    ["Nodyn: mae'r llyfr yn hir ac yn araf.", *PARAS],
    # be: the same scenes in the middle of the review, after a label no table holds: not on top
    [*PARAS[:2], "Заўвага: у рамане ёсць сцэны катаванняў.", *PARAS],
])
def test_near_misses(blocks):
    assert read_notes("\n\n".join(blocks)).content_warnings is None
