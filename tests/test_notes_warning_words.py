"""The word "warning" as a content warning's label in mk, sr (Cyrillic), mn, am, pa, gu, ta, te, kn, ml, az, uz, is, sq
(notewords.CW_WORDS; dictionary words), with mk/sr roots for violence and death, on reviews of our own invention; kk/ky
"a note" warns only over a hard thing and its depiction; near misses stay none."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes
from scraper.extract.notewords import names_hard_thing

PARAS = [
    "The story follows a ferry captain across one hard winter, and each chapter is a crossing with its own weather.",
    "The middle of the book slows down, but the last crossing made up for it and I read it in one evening.",
    "Her sentences are short and plain, and the sea is always there at the edge of every page of it.",
]


@pytest.mark.parametrize("note, listed", [
    ("Упозорење: роман има насилство и смрт детета.", "роман има насилство и смрт детета."),  # sr
    ("**Предупредување:** убиство во првото поглавје.", "убиство во првото поглавје."),  # mk, bold label
    ("ચેતવણી: આત્મહત્યા", "આત્મહત્યા"),  # gu: the label lists, whatever it lists
    ("Viðvörun: sjálfsvíg og ofbeldi.", "sjálfsvíg og ofbeldi."),  # is
    ("Xəbərdarlıq: zorakılıq səhnələri.", "zorakılıq səhnələri."),  # az
    ("ማስጠንቀቂያ፦ ስለ ሞት ይናገራል።", "ስለ ሞት ይናገራል።"),  # am: "warning" needs no depiction now
])
def test_warning_labels(note, listed):
    assert read_notes("\n\n".join([note, *PARAS])).content_warnings == listed


def test_mk_sr_hard_roots():
    assert names_hard_thing("сцени на насилство")  # mk
    assert names_hard_thing("самоубиство на мајката")  # mk/sr
    assert not names_hard_thing("мирна книга за селото и семејството")  # mk, nothing hard


@pytest.mark.parametrize("blocks", [
    # kk "a note" over a remark, nothing hard: no warning
    ["Ескерту: кітап өте ұзақ, бірақ оқуға тұрарлық.", *PARAS],
    # sr: a heading-like line that mentions a warning in prose, no label
    ["Ово није упозорење него препорука за зимске вечери.", *PARAS],
    # pa: the word inside a sentence, no colon after it
    ["ਇਹ ਕਿਤਾਬ ਇੱਕ ਚੇਤਾਵਨੀ ਵਾਂਗ ਹੈ ਸਾਡੇ ਸਮਾਜ ਲਈ।", *PARAS],
])
def test_near_misses(blocks):
    assert read_notes("\n\n".join(blocks)).content_warnings is None
