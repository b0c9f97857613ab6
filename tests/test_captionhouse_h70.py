"""Helper det70 of the holdout70 round: a cover's caption that is the book's record, the author first with an initial,
the title quoted, then the house behind its shortened word ("A. Name, «T», abbr. House").

bookleadcaption read "A, «T», House" only when the house part held a publisher's word written out, and took "M. Name"
for a sentence (a stop then a long word). A record abbreviates the word ("изд.", "wyd.", "yay.", "Ed."), and a stop after
a one-letter word is an initial's.

Near misses: a stop after a whole word (a sentence), a photographer after the title, a lower-case "ed." (an edition's
number, no house), a caption with no quoted title.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookleadcaption import lead_caption_book


def _book(caption: str, text: str):
    found = lead_caption_book([(caption, "")], Context(text, (), None))
    return (found.title, found.author) if found else None


def test_abbreviated_house_after_a_quoted_title():
    assert _book("И. Светлова, «Тихая пристань», изд. Север",
                 "Светлова пишет о маленьком порте.") == ("Тихая пристань", "И. Светлова")
    assert _book("J. Nowakowska, „Zimowy port”, wyd. Znak",
                 "Nowakowska opisuje port zimą.") == ("Zimowy port", "J. Nowakowska")
    assert _book("A. Yılmazer, “Sessiz Liman”, yay. Deniz",
                 "Yılmazer bu romanda limanı anlatıyor.") == ("Sessiz Liman", "A. Yılmazer")
    assert _book("M. Ruizola, «El puerto vacío», Ed. Anagrama",
                 "Ruizola vuelve al puerto.") == ("El puerto vacío", "M. Ruizola")


def test_captions_that_are_no_record():
    # a sentence before the title, a photographer after it, an edition's number, no quoted title
    assert _book("Die Autorin. Schreibt gern, «Der Hafen», Verl. Hanser", "Die Autorin schreibt.") is None
    assert _book("J. Nowakowska, „Zimowy port”, fot. Adam Kowal", "Nowakowska opisuje port.") is None
    assert _book("M. Ruizola, «El puerto vacío», ed. 2", "Ruizola vuelve al puerto.") is None
    assert _book("J. Nowakowska przy biurku, wyd. Znak", "Nowakowska opisuje port.") is None
