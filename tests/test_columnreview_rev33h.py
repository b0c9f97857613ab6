"""bookbody._column_tail: a body heading led by a review's or a recommendation's label names the book (rev33h)."""
from scraper.extract.bookbody import _COLUMN_WORD, _LABEL_ONLY


def _column(label):
    return bool(_COLUMN_WORD.search(label) or _LABEL_ONLY.fullmatch(label))


def test_review_and_recommendation_labels_are_a_columns():
    for label in ("Rezension", "Review", "Critique", "Recensione", "Рецензия", "서평", "书评", "Lesetipp", "Empfehlung",
                  "Leseempfehlung", "Aanrader", "Polecam"):
        assert _column(label), label


def test_chapter_event_and_schedule_labels_are_not():
    for label in ("Chapter one", "Event", "Tour dates", "Schedule", "Kapitel zwei", "Veranstaltung"):
        assert not _column(label), label
