"""A lower-case label the text never names, on a page that writes its sentences with capitals, is a shelf the blog
files posts on, not the book's title (``bookhashtags.spaced_pair``): a blog's labels sorted A to Z may put the author's
name first and a shelf second ("Ada Berg", "crime in translation"). Near misses: a lower-case microblog post (its tags
are how it names the book), a lower-case title tag the capitalised text names, a title-cased tag.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookhashtags import spaced_pair

_EN = "I read this in two sittings. Berg never explains too much. The ending is quiet and right. I recommend it."


def test_a_shelf_label_is_no_title():
    assert spaced_pair(["Ada Berg", "crime in translation", "rereads"], Context(_EN, (), "en")) is None
    assert spaced_pair(["Lena Vogt", "nordische hefte", "Wiedergelesen"],
                       Context("Ich habe es an einem Abend gelesen. Vogt erklärt nie zu viel. Das Ende ist leise.",
                               (), "de")) is None
    assert spaced_pair(["Inés Calderón", "autoras del sur"],
                       Context("Lo leí en dos tardes. Calderón nunca explica de más. El final es tranquilo.", (), "es")) \
        is None
    assert spaced_pair(["Ana Duarte", "releituras de verão"],
                       Context("Li-o em dois dias. Duarte nunca explica demais. O final é sereno.", (), "pt")) is None


def test_near_misses():
    # a lower-case post: its tags name the book
    assert spaced_pair(["#the salt ledger", "#ada berg"],
                       Context("finished it on the bus. berg does this thing. it works.", (), "en")) \
        == ("The Salt Ledger", "Ada Berg")
    # a lower-case title tag the capitalised text names
    assert spaced_pair(["Ada Berg", "the salt ledger"],
                       Context("I read The Salt Ledger in two sittings. Berg never explains. The ending is right.",
                               (), "en")) == ("The Salt Ledger", "Ada Berg")
    # a title-cased tag on a capitalised page
    assert spaced_pair(["Ada Berg", "The Salt Ledger", "reading"], Context(_EN, (), "en")) \
        == ("The Salt Ledger", "Ada Berg")
