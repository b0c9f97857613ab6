"""scraper.extract.notes, round s12: a free-copy note whose giver is named with its book or house before the giving
("the publisher of this reprint posted me a copy", "the publicist at Northway mailed us a proof"); the same shape in
German and Spanish, read by their copy words. Near misses: the giver gave someone else a copy, or me something else;
a friend's gift.
"""

from __future__ import annotations

from scraper.extract.notes import find_disclosure

REVIEW = [("para", "The novel opens in a rain-soaked harbour town where nobody has left for forty years."),
          ("para", "The middle drags, but the last chapter is worth the wait, and the widow at the ferry is unforgettable."),
          ("para", "It would make a fine winter read for anyone who likes slow books about small places.")]


def _with_note(note: str) -> list[tuple[str, str]]:
    return [("para", note), *REVIEW]


def test_the_giver_named_with_its_book_then_the_copy_mailed():
    assert find_disclosure(_with_note("A note first: the publisher of this reprint posted me a copy, unasked, after I complained online."))
    assert find_disclosure(_with_note("The publicist at Northway Books mailed us a proof in May; the opinions are mine."))
    assert find_disclosure(_with_note("Vorweg: Der Verlag dieser Neuausgabe hat mir ein Exemplar geschickt."))
    assert find_disclosure(_with_note("Antes de nada: la editorial de esta reedición me envió un ejemplar."))


def test_near_misses_no_copy_to_me():
    assert find_disclosure(_with_note("The publisher of the first edition sent the author a copy of every review.")) is None
    assert find_disclosure(_with_note("The author of the foreword gave me a headache with all those footnotes, though the print is lovely.")) is None
    assert find_disclosure(_with_note("A friend from the book club posted me a copy when she heard I was ill.")) is None


# --- notegift: a short note at the edge where the giver gave the writer's own copy, with no word for "free"

from scraper.extract.notegift import edge_gift  # noqa: E402


def test_an_edge_note_the_copy_i_read_was_the_publishers_gift():
    assert edge_gift("Ang kopyang binasa ko ay bigay ng publisher ng aklat. Walang kapalit ang pagbibigay.", 0, 8)
    assert edge_gift("Издательство прислало мне экземпляр до выхода книги.", 7, 8)


def test_near_misses_a_copy_given_to_someone_else_or_no_copy():
    assert edge_gift("Ang publisher ay nagbigay ng bagong pabalat sa kopya ng aklatan.", 0, 8) is None
    assert edge_gift("Издательство прислало автору экземпляр первого тиража.", 0, 8) is None
    # a note in the middle of the review is none, whatever it says
    assert edge_gift("Ang kopyang binasa ko ay bigay ng publisher ng aklat.", 4, 9) is None
