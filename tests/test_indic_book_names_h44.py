"""Book readings for pages in the Indic scripts (holdout44 round, helper book44b), in our own words:

- ``bookindicname.own_script_author``: a record's author in Latin letters over a review in Hindi, Bengali, Gujarati,
  Tamil or Kannada that names the author in its own script: the review's form (near misses: a review in Latin letters,
  a text naming someone else, a name with initials, a text spelling the name in two ways);
- ``bookdashowner.dashed_owner``: a "T — A" heading in an Indic script whose author the review calls by family name
  alone, with a case ending or bare, twice (near misses: the family name once, the given name alone too, both parts
  so named, a heading in Latin letters).
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Book, Context
from scraper.extract.bookdashowner import dashed_owner
from scraper.extract.bookindicname import own_script_author

OWN_SCRIPT = {
    "hi": ("Kavita Raghavan", "कविता राघवन का यह दूसरा उपन्यास है। कहानी एक छोटे कस्बे की है और भाषा बहुत सरल है।", "कविता राघवन"),
    "bn": ("Tapan Mitra", "তপন মিত্র এই উপন্যাসে একটি নদীর গ্রামের কথা বলেছেন। লেখার ভঙ্গি খুব সহজ।", "তপন মিত্র"),
    "gu": ("Hemant Desai", "હેમંત દેસાઈ આ વાર્તામાં એક નાના ગામની વાત કરે છે. ભાષા સરળ અને મીઠી છે.", "હેમંત દેસાઈ"),
    "ta": ("Selvi Murugesan", "செல்வி முருகேசன் எழுதிய இந்த நாவல் ஒரு கடற்கரை கிராமத்தின் கதை. மொழி எளிமையானது.", "செல்வி முருகேசன்"),
    "kn": ("Girish Bhat", "ಗಿರೀಶ ಭಟ್ ಅವರ ಈ ಕಾದಂಬರಿ ಒಂದು ಹಳ್ಳಿಯ ಕಥೆ. ಭಾಷೆ ತುಂಬಾ ಸರಳವಾಗಿದೆ.", "ಗಿರೀಶ ಭಟ್"),
}


@pytest.mark.parametrize("lang", sorted(OWN_SCRIPT))
def test_latin_author_takes_the_reviews_script(lang):
    latin, text, own = OWN_SCRIPT[lang]
    book = own_script_author(Book("शीर्षक", latin, source="record"), text)
    assert book.author == own and book.title == "शीर्षक"


@pytest.mark.parametrize("latin, text", [
    ("Kavita Raghavan", "A short novel about a small town; Kavita Raghavan writes plainly and well."),  # a Latin text
    ("Kavita Raghavan", "सुधा मेहता का यह दूसरा उपन्यास है। कहानी एक छोटे कस्बे की है और भाषा बहुत सरल है।"),  # someone else
    ("K. Raghavan", "के. राघवन का यह दूसरा उपन्यास है। कहानी एक छोटे कस्बे की है और भाषा बहुत सरल है।"),  # initials
    ("Kavita Raghavan", "कविता राघवन और कवीता राघवन दोनों लिखा है। कहानी एक छोटे कस्बे की है और भाषा बहुत सरल है।"),  # two spellings
])
def test_latin_author_left_alone(latin, text):
    assert own_script_author(Book("T", latin), text).author == latin


def test_no_book_no_author():
    assert own_script_author(None, "कविता राघवन") is None
    assert own_script_author(Book("T", None), "कविता राघवन").author is None


SURNAMED = {
    "gu": ("વરસાદની રાત — હેમંત દેસાઈ", "આ નવલકથા એક ગામની છે. દેસાઈ પાત્રોને ધીરજથી ઘડે છે. દેસાઈની ભાષા સરળ છે.",
           ("વરસાદની રાત", "હેમંત દેસાઈ")),
    "hi": ("नीली झील — सुधा ठाकरे", "यह किताब एक पहाड़ी गाँव की है। ठाकरे पात्रों को धीरे-धीरे खोलती हैं। ठाकरे की भाषा सरल है।",
           ("नीली झील", "सुधा ठाकरे")),
    "bn": ("তপন মিত্র — নদীর ঘাট", "এই বইটি একটি গ্রামের গল্প। মিত্র খুব যত্ন করে লেখেন। মিত্রের ভাষা সহজ।",
           ("নদীর ঘাট", "তপন মিত্র")),
}


@pytest.mark.parametrize("lang", sorted(SURNAMED))
def test_dashed_heading_author_called_by_family_name(lang):
    heading, prose, expected = SURNAMED[lang]
    assert dashed_owner(heading, Context(heading + "\n" + prose)) == expected


@pytest.mark.parametrize("heading, prose", [
    ("વરસાદની રાત — હેમંત દેસાઈ", "આ નવલકથા એક ગામની છે. દેસાઈ પાત્રોને ધીરજથી ઘડે છે."),  # the family name once
    ("વરસાદની રાત — હેમંત દેસાઈ", "હેમંત પાત્રોને ઘડે છે. દેસાઈ ધીરજથી લખે છે. દેસાઈની ભાષા સરળ છે."),  # the given name alone too
    ("सुधा ठाकरे — मीरा ठाकरे", "ठाकरे परिवार की कहानी। ठाकरे की भाषा सरल है। ठाकरे ने लिखा।"),  # both parts so named
    ("Neeli Jheel — Sudha Thakre", "Thakre writes slowly. Thakre's language is plain."),  # Latin letters: other rules
])
def test_dashed_heading_left_alone(heading, prose):
    assert dashed_owner(heading, Context(heading + "\n" + prose)) is None
