"""A content warning run into a paragraph as a sentence of its own (notewarnings.inline_warning): a warning label, a
colon, hard things named. Our own words in en, es and sw; near misses stay none."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

PARAS = [
    "The story follows a ferry captain across one hard winter, and each chapter is a crossing with its own weather.",
    "Her sentences are short and plain, and the sea is always there at the edge of every page of it.",
]


@pytest.mark.parametrize("para, listed", [
    ("I bought it for the trip and finished it on the boat. Content warning: domestic abuse and a suicide. The ending is kind.",
     "domestic abuse and a suicide."),
    ("Lo leí en dos tardes. Advertencia: violencia y abusos en la familia. La prosa es clara.",
     "violencia y abusos en la familia."),
    ("Nilikisoma kwa siku mbili. Tahadhari: kuna mauaji na ukatili. Lugha ni nzuri.", "kuna mauaji na ukatili."),
])
def test_inline_warning(para, listed):
    assert read_notes("\n\n".join([*PARAS, para])).content_warnings == listed


@pytest.mark.parametrize("para", [
    # a warning that names nothing hard
    "I finished it on the boat. Warning: the last chapter will wreck you. The ending is kind.",
    # a bare "attention" label run into prose (warns only set apart)
    "Lo leí en dos tardes. Atención: el final es muy triste. La prosa es clara.",
    # the label word inside a sentence, not opening one
    "I finished it on the boat, and the warning: about suicide in the blurb is wrong. The ending is kind.",
])
def test_near_misses(para):
    assert read_notes("\n\n".join([*PARAS, para])).content_warnings is None
