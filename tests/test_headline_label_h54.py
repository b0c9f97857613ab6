"""holdout54 round (book54b): a headline that opens on a column's label ("Tammikuun kirja:", "Book of the week:",
"Livre du mois :") names the book after it: bookheadinglabel.labelled_heading is asked of the headline too, through
bookbody.find_book, once the headline's own rules found nothing. Our own words."""

from scraper.extract.book import Context
from scraper.extract.bookpageclues import Clues
from scraper.extract.bookbody import find_book


def _find(title: str, text: str, language: str):
    return find_book(Clues(title=title, lines=text.split(". "), context=Context(text, (), language)), None)


def test_finnish_column_label_before_author_and_title():
    text = "Tällä kertaa luimme romaanin, jossa sukupolvet vaihtuvat. Koskelan kieli on tiivistä ja kaunista. Koskela kirjoittaa hyvin."
    found = _find("Tammikuun kirja: Aino Koskela – Hiljainen joki", text, "fi")
    assert found is not None and (found.title, found.author) == ("Hiljainen joki", "Aino Koskela")


def test_english_label_before_title_and_author():
    text = "This month we read a slow novel about a ferry town. Marsh writes the harbour as if it breathes. Marsh never hurries."
    found = _find("Book of the week: The Lantern Ferry – Odile Marsh", text, "en")
    assert found is not None and (found.title, found.author) == ("The Lantern Ferry", "Odile Marsh")


def test_label_headline_with_an_unnamed_author_is_left_alone():
    # the text never names the person after the label: no book from the headline
    text = "Luimme kirjan yhdessä, ja keskustelu jatkui pitkään kirjastossa. Ensi kuussa luemme runoja."
    found = _find("Tammikuun kirja: Aino Koskela – Hiljainen joki", text, "fi")
    assert found is None or found.author != "Aino Koskela"
