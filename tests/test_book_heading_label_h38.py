"""A heading in a newsletter or a column that opens on its own label and then names the book as a headline does ("Book
of the month: A – T", "Kniha měsíce: A – T", "Libro del mes: T, de A"): read without the label
(``bookheadinglabel.labelled_heading``). Near misses: a title's main part before the colon that the text names again
("Harbour Lights: A Novel – …"), a person's name before the colon, a label with a figure, no author the text vouches for.

Every line here is invented for these tests (invented books, people and houses, in our own words).
"""

from scraper.extract.book import Context
from scraper.extract.bookheadinglabel import labelled_heading

CS_TEXT = ("Kniha měsíce: Hana Krejčová – Tichá zátoka\nVybrali jsme knihu měsíce. Krejčová píše krátce a přesně. "
           "Krejčová nikdy nevysvětluje víc, než musí.")
EN_TEXT = ("Book of the month: Mira Holt – The Tide Ledger\nOur book of the month is a quiet one. Holt writes in short "
           "chapters. Holt never explains twice.")


def _pair(book):
    return (book.title, book.author) if book else None


def test_a_label_then_author_dash_title():
    assert _pair(labelled_heading("Kniha měsíce: Hana Krejčová – Tichá zátoka", Context(CS_TEXT))) == ("Tichá zátoka", "Hana Krejčová")
    assert _pair(labelled_heading("Book of the month: Mira Holt – The Tide Ledger", Context(EN_TEXT))) == ("The Tide Ledger", "Mira Holt")


def test_near_misses():
    # the part before the colon is the title's main part, which the text names again
    text = "Harbour Lights: A Winter Tale – Mira Holt\nHarbour Lights is short. Holt writes well. Holt again. Harbour Lights."
    assert labelled_heading("Harbour Lights: A Winter Tale – Mira Holt", Context(text)) is None
    # a person's name before the colon ("Mira Holt: The Tide Ledger" is the headline rules' reading, not a label's)
    assert labelled_heading("Mira Holt: Ann Lee – The Tide Ledger", Context(EN_TEXT + " Lee.")) is None
    # a label with a figure (an issue's number)
    assert labelled_heading("Issue 12: Mira Holt – The Tide Ledger", Context(EN_TEXT)) is None
    # no author the text vouches for
    assert labelled_heading("Book of the month: Mira Holt – The Tide Ledger", Context("Our book of the month is a quiet one.")) is None
