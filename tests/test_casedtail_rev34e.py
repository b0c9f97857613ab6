"""A title-case head cut off a lower-case phrase only where the headline leaves the title's end unmarked (rev34e):
``bookheadtail._cased`` fires for "T and a phrase" and "A's T and a phrase" ending a headline, not where the headline
marks the end itself ("T by A", "T, de A", "A: T", "T di A"), where the whole title is in sentence case; a hyphenated
word counts once as a long word, and case is read in every Latin script, not in ASCII alone."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.bookheadtail import headline_tail

TEXT = "I read it slowly over a month. The author writes about the sea, the war and the waiting."


def _cut(title: str, headline: str, source: str = "title") -> str:
    return headline_tail(Book(title, "Mara Quill", source=source), TEXT, None, lambda: ["Reading notes", headline]).title


def test_an_unmarked_headline_s_phrase_still_comes_off():
    for title, headline, head in (
        ("The Salt Orchard and the quiet ruin of fishing towns", "Mara Quill’s The Salt Orchard and the quiet ruin of "
         "fishing towns", "The Salt Orchard"),  # (en, its owner before it)
        ("Le Jardin des Pierres et la mémoire des villages perdus", "Le Jardin des Pierres et la mémoire des villages "
         "perdus", "Le Jardin des Pierres"),  # (fr, the headline alone)
        ("La Casa de las Brisas y la memoria de una familia chilena", "La Casa de las Brisas y la memoria de una familia "
         "chilena", "La Casa de las Brisas"),  # (es)
        ("Il Giardino dei Limoni e la lunga estate della memoria", "Il Giardino dei Limoni e la lunga estate della "
         "memoria", "Il Giardino dei Limoni"),  # (it)
    ):
        assert _cut(title, headline, "heading") == head, (title, headline)
    # (the headline as read: the heading's, no other given)
    assert headline_tail(Book("Glass Weather and the slow patience of winter", "Tomas Berg", source="heading"),
                         TEXT).title == "Glass Weather"


def test_a_headline_that_marks_the_title_s_end_keeps_the_whole_title():
    for title, headline in (
        ("Captain Barnacle and the revenge of the singing lighthouse", "Captain Barnacle and the revenge of the "
         "singing lighthouse by Mara Quill"),  # (en: "T by A")
        ("Le Petit Prince et la rose du désert oublié", "Le Petit Prince et la rose du désert oublié, de Mara Quill"),
        ("El Capitán Alatriste y el oro de las colonias perdidas", "Mara Quill: El Capitán Alatriste y el oro de las "
         "colonias perdidas"),  # (es: "A: T")
        ("Il Barone Rampante e la lunga estate sugli alberi", "Il Barone Rampante e la lunga estate sugli alberi di "
         "Mara Quill"),  # (it)
        ("Anna Karenina och den långa vintern i Moskva", "«Anna Karenina och den långa vintern i Moskva» av Mara "
         "Quill"),  # (sv: quoted)
    ):
        assert _cut(title, headline) == title, (title, headline)


def test_a_hyphenated_word_is_one_long_word_and_case_is_read_beyond_ascii():
    # (two long words after the name, "half-blood" one of them: a sentence-case title, not a phrase; a capital with an
    # accent in the run after the head is a capital: the run is no lower-case phrase)
    for title in ("Harry Potter and the half-blood prince", "Tintin et le temple du soleil-levant",
                  "Castles of Steel and the long winters of Östergötland",
                  "Les Années Folles et la plage d'Étretat sous la pluie"):
        assert headline_tail(Book(title, "Mara Quill", source="title"), TEXT).title == title, title


def _post(lang: str, headline: str, html: str) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{html}'
            '</div></article></body></html>')


def test_a_post_headed_t_by_a_keeps_its_sentence_case_title():
    html = ("<p>My nephew, who is eight, laughed so hard at the first chapter that he had to put the book down. Two "
            "boys, a treehouse and a science project that goes badly wrong: the school is overrun by giant jellies "
            "that wobble after everyone.</p><p>The drawings in the margins are the best part, and the little comic "
            "strips the boys make inside the story made him start drawing his own at the kitchen table.</p><p>Silly, "
            "loud and very kind underneath. It turned a boy who hated reading into one who asks for the next book, "
            "which is all I wanted from it.</p><p>Rating: 5/5</p>")
    headline = "Professor Wobble and the revenge of the jiggling jellies by Sam Reed"
    record = extract_page(_post("en", headline, html), "https://blog.example.net/2026/11/wobble/")
    assert record.is_review, (record.kind, record.reason)
    assert record.book_title == "Professor Wobble and the revenge of the jiggling jellies", record.book_title
