"""Code review rev31b, in our own words: book.is_name took "das" as a name's particle in any language ("Warum das
Buch" a name); settitles' telling verbs held Italian "conta" (it counts, it matters) and Croatian/Serbian "priča" (also
the noun "story"); settitles.named_work and bookcaselessname.script_name built their patterns per call.

Fires: Portuguese names with "das" (two shapes); a surname before a telling verb (it, hr) or a writing verb (de), up to
one word between; a segment between quotation marks. Near misses: German titles with the article "das" after a question
word, a preposition, a verb; "conta" and "priča" after a surname; a surname two words before the verb; an unquoted
segment.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from scraper.extract.book import is_name
from scraper.extract.bookcaselessname import _quoted_in
from scraper.extract.settitles import AUTHOR_AGAIN, named_work


@pytest.mark.parametrize("text", ["Maria das Dores", "Rui das Neves Pinto"])
def test_das_between_a_given_and_a_family_name_is_a_particle(text):
    assert is_name(text)


@pytest.mark.parametrize("text", ["Warum das Buch", "Über das Meer", "Ist das Kunst", "Wie das Leben"])
def test_das_after_a_german_word_is_the_article(text):
    assert not is_name(text)


def _ev(headline: str, author: str, title: str, lines: list[str]) -> SimpleNamespace:
    return SimpleNamespace(book_title=title, book_author=author, title=headline, book_has_author=True,
                           book_source="title", body=(lines, "\n".join(lines)))


@pytest.mark.parametrize("headline,author,title,line", [
    ("«Il mare d'inverno» di Paola Riva", "Paola Riva", "Il mare d'inverno", "Riva racconta un'estate al porto."),
    ("Tiha luka, Ivana Horvat", "Ivana Horvat", "Tiha luka", "Horvat pripovijeda o jednoj obitelji."),
    ("„Das Moorhaus“ von Greta Feldmann", "Greta Feldmann", "Das Moorhaus", "Feldmann schreibt knapp und kühl."),
    ("„Das Moorhaus“ von Greta Feldmann", "Greta Feldmann", "Das Moorhaus", "Feldmann selbst schreibt knapp."),
])
def test_the_headlines_author_telling_or_writing_again_is_a_mark(headline, author, title, line):
    assert named_work(_ev(headline, author, title, [line])) == (AUTHOR_AGAIN,)


@pytest.mark.parametrize("headline,author,title,line", [
    ("«Il mare d'inverno» di Paola Riva", "Paola Riva", "Il mare d'inverno", "Per Riva conta solo il porto."),
    ("Tiha luka, Ivana Horvat", "Ivana Horvat", "Tiha luka", "Horvat priča nije nova, ali je dobra."),
    ("„Das Moorhaus“ von Greta Feldmann", "Greta Feldmann", "Das Moorhaus", "Feldmann und ihr Verlag schreiben."),
])
def test_counting_a_story_or_a_far_subject_is_no_mark(headline, author, title, line):
    assert named_work(_ev(headline, author, title, [line])) == ()


def test_a_segment_between_quotation_marks_is_quoted():
    assert _quoted_in("صادق هدایت", "بوف کور، «صادق هدایت»، نشر")
    assert _quoted_in("Ta", "A, „Ta“. House")
    assert not _quoted_in("صادق هدایت", "بوف کور، صادق هدایت، نشر")
