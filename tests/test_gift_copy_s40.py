"""A free-copy note at the review's edge: a named giver sending the writer a binding of the book ("Ferrow House sent
me the anniversary hardback", copywords: the bindings beside "copy", "edition", "book"), and the house's giving in
Yoruba and Twi (notegift's tables of the languages PUBLISHER does not name a house in, short40). A relative's sending, a
house that printed the book, a giving denied, stay none."""

import unicodedata

import pytest
from lxml.html import fromstring

from scraper.extract.notes import read_notes


def _disclosure(paras):
    paras = [unicodedata.normalize("NFC", p) for p in paras]
    markdown = "\n\n".join(paras)
    body = fromstring("<div>" + "".join(f"<p>{p}</p>" for p in paras) + "</div>")
    return read_notes(markdown, body).disclosure


_OPEN = ("Two sisters keep a lighthouse on a tidal island through one hard winter, and the novel moves between their "
         "logbook and the letters one of them never sends to the mainland.")
_MID = "The letters are the best of it; the logbook chapters repeat themselves, but the storm near the end is superb."


@pytest.mark.parametrize("note", [
    "Ferrow House sent me the anniversary hardback. Thanks; it changed nothing here.",
    "Lantern Books kindly sent me the new paperback edition.",
    "Tidewater Press sent me the audiobook, narrated by the author.",
])
def test_a_named_giver_sending_a_binding_is_a_disclosure(note):
    assert _disclosure([note, _OPEN, _MID])


@pytest.mark.parametrize("note", [
    # yo: the publisher sent this copy to me free; the house gave me the book
    "Akéde ìwé yìí fi ẹ̀dà kan ránṣẹ́ sí mi lọ́fẹ̀ẹ́, kí n lè kọ èrò mi.",
    "Ilé-iṣẹ́ atẹ̀wé ló fún mi ní ìwé yìí lọ́fẹ̀ẹ́.",
    # tw: the publisher gave me this book free, so that I read and say what I think
    "Nhoma tintimfoɔ bi de nhoma yi maa me kwa sɛ menkenkan.",
])
def test_a_yoruba_or_twi_edge_note_of_the_house_giving_is_a_disclosure(note):
    assert _disclosure([_OPEN, _MID, note])


@pytest.mark.parametrize("note", [
    # a relative's sending, in lower case
    "My brother sent me the anniversary hardback for my birthday.",
    # yo: the publisher printed the book in 2019; my friend sent it to me
    "Akéde tẹ ìwé yìí jáde ní ọdún 2019.",
    "Ọ̀rẹ́ mi ló fi ìwé yìí ránṣẹ́ sí mi láti Èkó.",
    # yo: the publisher did not send me a copy, I bought it
    "Akéde kò fi ẹ̀dà kankan ránṣẹ́ sí mi; mo rà á fúnra mi.",
    # tw: the publisher printed it in 1991
    "Nhoma tintimfoɔ no tintim nhoma yi afe 1991 mu.",
])
def test_no_house_giving_is_none(note):
    assert _disclosure([_OPEN, _MID, note]) is None
