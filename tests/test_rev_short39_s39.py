"""short39's misfires (rev-short39): the writer's copy a gift of the house (copywords.RECEIVED_FOR_REVIEW) read "the
publisher's" as the house's own part even when it is a person of the house's ("the publisher's daughter"), and missed
Italian's "Il mio esemplare"; the house's office, team or imprint still are."""

import pytest
from lxml.html import fromstring

from scraper.extract.notes import read_notes

_OPEN = ("A retired lock-keeper spends one last summer on the canal he tended for thirty years, and the short novel "
         "walks the towpath with him from the top lock to the basin, one chapter for each gate.")
_MID = "The middle is slow in a good way, and the boats that pass are drawn with a light, funny hand."


def _disclosure(paras):
    markdown = "\n\n".join(paras)
    body = fromstring("<div>" + "".join(f"<p>{p}</p>" for p in paras) + "</div>")
    return read_notes(markdown, body).disclosure


@pytest.mark.parametrize("note", [
    "The ending is rushed. My copy was a gift from the publisher's daughter, an old friend from school.",
    "The ending is rushed. My copy was a gift from the publisher's widow, who found a box of them in the attic.",
    "The ending is rushed. Our copy is a gift from the publisher's son, who lives two doors down.",
])
def test_a_gift_from_a_person_of_the_house_is_none(note):
    assert _disclosure([_OPEN, _MID, note]) is None


@pytest.mark.parametrize("note", [
    "The ending is rushed. My copy was a gift from the publisher's UK office, with no strings attached.",
    "The ending is rushed. My copy was a gift from the publisher's publicity team.",
    "Il finale è frettoloso. Il mio esemplare è stato un regalo della casa editrice, senza condizioni.",
    "Il finale è frettoloso. La mia copia è stata un regalo dell'editore.",
])
def test_a_gift_from_the_house_or_its_office_is_a_disclosure(note):
    assert _disclosure([_OPEN, _MID, note])


# Somali edge notes (notegift, short39): the book sent to the writer by someone else, the house named only as where it
# was bought, in another clause or after a buying ("ka iibsatay", bought from), is no free copy; the house's own sending
# still is, at the top or the bottom
_SO = ["Sheekadu waxay ku saabsan tahay laba walaalo ah oo doon ku shaqeeya webiga afartan sano, cutubyo gaagaaban.",
       "Bartamaha ayaa xoogaa gaabis ah, laakiin dhammaadku waa qurux badan yahay."]


@pytest.mark.parametrize("note", [
    "Hooyaday ayaa ii soo dirtay buuggan, oo ay ka iibsatay daabacaha magaalada.",
    "Hooyaday ayaa ii soo dirtay buuggan; waxay ka iibsatay daabacaha.",
    "Walaashay ayaa ii soo dirtay buuggan oo ay ka iibsatay daabacaha.",
])
def test_a_somali_note_of_a_copy_bought_from_the_house_is_none(note):
    assert _disclosure([note] + _SO) is None
    assert _disclosure(_SO + [note]) is None


@pytest.mark.parametrize("note", [
    "Daabacaha ayaa buuggan ii soo diray si aan u qiimeeyo.",
    "Buuggan waxaa ii soo diray daabacaha; fikradaha halkan ku qoran waa kuwayga.",
])
def test_a_somali_note_of_the_houses_sending_is_a_disclosure(note):
    assert _disclosure([note] + _SO)
    assert _disclosure(_SO + [note])
