"""holdout45 detection (helper det45): the word "book" alone as a record's label in more languages (bookinfo), and a
house's announcing lead that makes a post a press release, not a review (pressrelease)."""

from types import SimpleNamespace

import pytest

from scraper.extract import pressrelease
from scraper.extract.bookinfo import is_fact_label, is_record_label, unlabelled


@pytest.mark.parametrize("label", ["Китоб", "Kitob", "Кітап", "Knjiga", "Kniha", "Książka", "Könyv", "Bog", "Boken",
                                   "Kirja", "Buku", "Βιβλίο", "Grāmata"])
def test_book_word_labels_the_record(label):
    assert is_record_label(label)
    line = f"{label}: Nomi Muallif, «Sarlavhai kitob». Nashriyot, 2021."
    assert unlabelled(line) == "Nomi Muallif, «Sarlavhai kitob». Nashriyot, 2021."


@pytest.mark.parametrize("line", ["Bogens forlag: Nordlys, 2019.", "Kiadó: Magvető, 2020.", "Издание: второе"])
def test_near_misses_stay_as_they_were(line):
    # a longer label or a fact label is not the record's
    label = line.split(":")[0]
    assert not is_record_label(label)
    if is_fact_label(label):
        assert unlabelled(line) is None


def _ev(lines, jsonld_review=False):
    return SimpleNamespace(body=(tuple(lines), "\n".join(lines)), jsonld_review=jsonld_review)


_STORY = "The story follows two sisters across one long winter on a farm that is slowly being sold off."


@pytest.mark.parametrize("lead", [
    "Nordlys Forlag er stolte af at kunne præsentere en ny roman af en ung forfatter fra Vestjylland, som udkommer til foråret.",
    "We are delighted to announce a new novel from one of our longtime authors, to be published next spring in hardback.",
    "Wir freuen uns sehr, Ihnen heute den ersten Roman einer jungen Autorin aus Leipzig vorzustellen, der im März erscheint.",
    "Nous sommes ravis de vous présenter le premier roman d'une autrice lyonnaise, qui paraîtra en librairie au printemps.",
    "Z radością przedstawiamy debiut powieściowy młodej autorki z Gdańska, który ukaże się nakładem naszego wydawnictwa w marcu.",
    "С радостью представляем новый роман молодого автора из Казани, который выйдет в нашем издательстве весной.",
    "Siamo lieti di annunciare l'uscita del nuovo romanzo di una giovane autrice torinese, in libreria dal prossimo aprile.",
])
def test_a_house_announcing_in_its_lead(lead):
    ev = _ev([lead, _STORY])
    assert pressrelease.judge(ev, False)[0] == "announcement"


@pytest.mark.parametrize("lines", [
    # one reader, not a house
    ["I'm thrilled to present my thoughts on a new novel about two sisters and a farm in a long and hard winter.", _STORY],
    # a blog's own post that names a review
    ["We are delighted to present a guest review of a new novel about two sisters and a farm in the far north.", _STORY],
    # the formula later on, past the lead: a review quoting the house
    [_STORY, "The ending left me cold, and the middle drags more than it should for a book of this length.",
     "The publisher says they are proud to present it as the debut of the year, which sets the bar rather high."],
    # a reader's review in Danish
    ["Jeg læste romanen på to aftener og var glad for at få lov at følge de to søstre gennem vinteren på gården.", _STORY],
])
def test_near_misses_are_not_announcements(lines):
    assert pressrelease.judge(_ev(lines), False) is None


def test_an_own_verdict_or_a_schema_review_outranks_the_lead():
    lead = "We are pleased to present a new novel by a writer from the coast, published this spring by our small press."
    assert pressrelease.judge(_ev([lead, _STORY]), True) is None
    assert pressrelease.judge(_ev([lead, _STORY], jsonld_review=True), False) is None
