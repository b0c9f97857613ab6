"""``bookhashtags.spaced_pair`` reads a lower-case tag the capitalised text never names as a shelf label, no title, only
where the tag holds a shelf's word (a kind, a genre, a translation, writers, rereads, issues: "#crime in translation",
"#autoras del sur", "#releituras de verão"), and compares it with the text without its punctuation ("handmaids" for
"Handmaid's"): a title tag the text does not name ("the lantern keepers") stays the title.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookhashtags import spaced_pair

_ES = "Lo leí en dos tardes. Calderón nunca explica de más. El final es tranquilo."
_NB = "Jeg leste den på to kvelder. Berg forklarer aldri for mye. Slutten er stille."
_EN = "I read this in two sittings. Berg never explains too much. The ending is quiet and right. I recommend it."


def test_a_title_tag_the_text_does_not_name_stays_the_title():
    assert spaced_pair(["ada berg", "the lantern keepers"], Context(_EN, (), "en")) \
        == ("The Lantern Keepers", "Ada Berg")
    assert spaced_pair(["Lena Vogt", "die stille fähre"],
                       Context("Ich habe es an einem Abend gelesen. Vogt erklärt nie zu viel. Das Ende ist leise.",
                               (), "de")) == ("Die stille fähre", "Lena Vogt")
    assert spaced_pair(["Inés Calderón", "las garzas del norte"],
                       Context(_ES, (), "es")) \
        == ("Las garzas del norte", "Inés Calderón")


def test_a_title_the_text_names_with_an_apostrophe():
    text = "I reread Berg's classic this winter. The Keeper's Daughter still chills. Berg is precise. I loved it."
    assert spaced_pair(["ada berg", "the keepers daughter"], Context(text, (), "en")) \
        == ("The Keepers Daughter", "Ada Berg")


def test_shelf_labels_still_no_title():
    assert spaced_pair(["Ada Berg", "crime in translation"], Context(_EN, (), "en")) is None
    assert spaced_pair(["Inés Calderón", "autoras del sur"],
                       Context(_ES, (), "es")) \
        is None
    assert spaced_pair(["Ana Duarte", "releituras de verão"],
                       Context("Li-o em dois dias. Duarte nunca explica demais. O final é sereno.", (), "pt")) is None
    assert spaced_pair(["Ada Berg", "norske forfattere"],
                       Context(_NB, (), "nb")) \
        is None
