"""scraper.extract.notes: more "attention" labels (uk "Застереження:", he "שימו לב:", am "ማሳሰቢያ፦" with the Ethiopic
colon), which warn only in a short note naming a hard thing and its depiction; hard things and depictions in he, am, ta
written with their particles on ("בשואה", "የሞት"); uk "йдеться про" (it is about) as a depiction; and a Tamil
disclosure (the publisher, free, sent). Near misses: the same labels over a remark that names nothing hard, a
publisher named without a giving.
"""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

BODY = "\n\n".join([
    "The story opens in a river town where a ferryman keeps a ledger of everyone he has carried across.",
    "Half-way through, the ledger goes missing and the town begins to argue about who was ever there at all.",
    "The ending ties the threads together a little too neatly, but the middle chapters are wonderful.",
] * 2)


def notes(note: str):
    return read_notes(note + "\n\n" + BODY)


@pytest.mark.parametrize("note", [
    "Застереження: у книжці є сцени насильства над дітьми.",  # uk, a caveat: scenes of violence
    "Застереження: тут йдеться про самогубство батька.",  # uk, "it is about" a suicide
    "שימו לב: יש בספר תיאור מפורט של אלימות במשפחה.",  # he, a description of violence
    "ማሳሰቢያ፦ መጽሐፉ የጥቃትና የሞት ትዕይንቶች አሉት።",  # am, scenes of violence and death
])
def test_a_caveat_label_over_a_hard_thing_and_its_depiction_is_a_content_warning(note):
    assert notes(note).content_warnings is not None


@pytest.mark.parametrize("note", [
    "Застереження: книжка довга, а початок повільний.",  # uk, a remark
    "שימו לב: הספר ארוך מאוד ודורש סבלנות.",  # he, long and slow
    "ማሳሰቢያ፦ መጽሐፉ ረጅም ነው።",  # am, the book is long
])
def test_the_same_labels_over_a_remark_warn_of_nothing(note):
    assert notes(note).content_warnings is None


def test_a_tamil_disclosure():
    assert notes("*இந்த நூலைப் பதிப்பகம் எனக்கு இலவசமாக அனுப்பி வைத்தது.*").disclosure is not None
    # near miss: the publisher named, nothing given
    assert notes("*பதிப்பகம் இந்த நூலை அழகாக அச்சிட்டுள்ளது.*").disclosure is None
