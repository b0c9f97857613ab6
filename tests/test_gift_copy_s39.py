"""A free-copy note: the writer's copy called a gift of the house (``copywords.RECEIVED_FOR_REVIEW``, short39), in a
review's closing paragraph, in the languages the sentence rules read; and a Somali edge note naming the house and its
sending (notewords, notegift). A copy that was a relative's gift, a house's gift to its readers, stay none."""

import pytest
from lxml.html import fromstring

from scraper.extract.notes import read_notes


def _disclosure(paras):
    markdown = "\n\n".join(paras)
    body = fromstring("<div>" + "".join(f"<p>{p}</p>" for p in paras) + "</div>")
    return read_notes(markdown, body).disclosure


_OPEN = ("The novel follows two brothers who run a ferry across a wide northern river for forty years, and it is told "
         "in short chapters, one for each spring the ice breaks.")
_MID = "The middle drags a little, but the ending, on the last crossing, is beautifully judged."


@pytest.mark.parametrize("note", [
    "The pacing sags in places. My copy was a gift from the publisher, with no conditions. 4/5.",
    "Le rythme faiblit par endroits. Mon exemplaire était un cadeau de l'éditeur, sans condition aucune.",
    "El ritmo decae a ratos. Mi ejemplar fue un regalo de la editorial, sin condiciones.",
    "Das Tempo lässt manchmal nach. Mein Exemplar war ein Geschenk des Verlags, ohne Bedingungen.",
])
def test_the_writers_copy_a_gift_of_the_house_is_a_disclosure(note):
    assert _disclosure([_OPEN, _MID, note])


@pytest.mark.parametrize("note", [
    "The pacing sags in places. My copy was a gift from my sister, who knows I love river novels.",
    "The pacing sags in places. The publisher's gift to readers is a map of the river on the endpapers.",
    "The pacing sags in places. My copy of the first edition was a gift from the author's grandson.",
])
def test_a_gift_from_someone_else_or_to_readers_is_none(note):
    assert _disclosure([_OPEN, _MID, note]) is None


def test_a_somali_edge_note_naming_the_house_and_its_sending_is_a_disclosure():
    note = "Nuqulkan waxaa ii soo diray daabacaha; ra'yiga halkan ku qoran waa kayga."
    assert _disclosure([note, _OPEN, _MID])


def test_a_somali_line_naming_a_new_printing_is_none():
    assert _disclosure(["Daabacaad cusub ayaa suuqa soo gashay bishan.", _OPEN, _MID]) is None
