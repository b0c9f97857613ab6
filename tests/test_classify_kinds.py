"""scraper.extract.classify: interviews, lists, announcements, events and other media, by title, section and layout.

Titles in several languages, book headings and scored lines, quoted ratings, tour sections, a book mentioned in
passing; each beside the near miss that is still a review (a list title naming one book, a rated book on a blog
tour, media words inside a book's title). The plain single post the tests change, evidence(), is in
test_classify.py.
"""

from __future__ import annotations

import pytest

from scraper.extract.classify import classify
from tests.test_classify import REVIEW, evidence, kind


# -- interviews, lists, announcements, events ----------------------------------------------------------------------


def test_interview_by_qa_blocks():
    k, reason = classify(evidence(qa_blocks=3, **REVIEW))
    assert k == "interview" and "questions and answers" in reason
    assert kind(qa_blocks=2, rating=True, **REVIEW) == "review"


@pytest.mark.parametrize("title", ["An interview with Ines Marlow", "Q&A: Ines Marlow", "Entrevista a Lucía Ferrer", "In conversation with two translators"])
def test_interview_by_title(title):
    k, reason = classify(evidence(title=title))
    assert k == "interview" and "title" in reason


@pytest.mark.parametrize("title", ["Our best books of 2025", "Top 10 sea novels", "March wrap-up", "My favourite reads", "Los mejores libros del año", "12 books for a long winter"])
def test_list_by_title(title):
    k, reason = classify(evidence(title=title))
    assert k == "list" and "list" in reason


def test_list_title_with_a_single_book_is_a_review():
    assert kind(title="The best book I read this year: The Glass Road by Ines Marlow", book_source="title", book_has_author=True) == "review"


def test_list_by_books_named():
    k, reason = classify(evidence(title="What the winter held", books_named=4))
    assert k == "list" and "4 books" in reason
    assert kind(title="What the winter held", books_named=3) != "list"


@pytest.mark.parametrize("title", ["Cover reveal: The Salt Archive", "Blog tour stop", "Giveaway time!", "A short hiatus", "News from the shelf"])
def test_announcement_by_title(title):
    k, reason = classify(evidence(title=title))
    assert k == "announcement" and "announces" in reason


def test_announcement_title_with_a_rated_book_is_a_review():
    assert kind(title="Blog tour: The Glass Road by Ines Marlow", book_source="title", book_has_author=True, rating=True) == "review"
    assert kind(title="Blog tour: The Glass Road by Ines Marlow", book_source="title", book_has_author=True) == "announcement"


@pytest.mark.parametrize("title", ["Festival recap", "Live at the harbour library", "A reading night in Porto", "An evening of readings at the library"])
def test_event_by_title(title):
    k, reason = classify(evidence(title=title))
    assert k == "event" and "event" in reason


def test_event_by_section():
    k, reason = classify(evidence(title="Saturday at the harbour", categories=["Live music"]))
    assert k == "event" and "event" in reason
    assert kind(title="Saturday at the harbour", categories=["Essays"]) != "event"


def test_event_title_with_a_book_is_not_an_event():
    assert kind(title="Festival recap", book_source="citation", book_has_author=True, rating=True) == "review"


# -- layout: book headings, quoted ratings, tour sections, other media, books in passing ---------------------------


def test_list_by_book_headings_even_when_a_heading_gave_the_book():
    k, reason = classify(evidence(title="What got me through February", book_source="heading", book_has_author=True, book_headings=3, rating=True))
    assert k == "list" and "3 books" in reason
    assert kind(title="What got me through February", book_source="heading", book_has_author=True, book_headings=1, rating=True) == "review"


def test_round_up_of_quoted_ratings():
    k, reason = classify(evidence(title="The club on Harbour Lights", book_source="body", book_has_author=True, rating=True, quoted_ratings=4))
    assert k == "other" and "4 people" in reason
    # a review titled after its book may quote a blurb or two with stars
    assert kind(quoted_ratings=4, rating=True, **REVIEW) == "review"


def test_tour_stop_by_its_sections():
    k, reason = classify(evidence(title="Harbour Lights, Ivo Brandt", book_source="title", book_has_author=True, promo_sections=2))
    assert k == "announcement" and "extract" in reason
    assert kind(title="Harbour Lights, Ivo Brandt", book_source="title", book_has_author=True, promo_sections=2, rating=True) == "review"


@pytest.mark.parametrize("title", ["Album notes: The Harbour Choir, “Low Tide”", "Film review | The Salt Archive", "Podcast: two hours on lighthouses", "Película: El faro"])
def test_other_media_by_their_label(title):
    k, reason = classify(evidence(title=title, book_source="title", book_has_author=True, rating=True))
    assert k == "other" and "medium" in reason


@pytest.mark.parametrize("title", ["The Fifth Season by N. K. Jemisin", "A Game of Thrones by George R. R. Martin", "Record of a Spaceborn Few by Becky Chambers"])
def test_media_words_inside_book_titles_are_not_labels(title):
    assert kind(title=title, book_source="title", book_has_author=True, rating=True) == "review"


def test_a_book_mentioned_in_passing():
    k, reason = classify(evidence(title="Why I read on trains", book_source="body", book_has_author=True, book_mentions=2))
    assert k == "other" and "neither rates it" in reason
    assert kind(title="Why I read on trains", book_source="body", book_has_author=True, book_mentions=3) == "review"
    assert kind(title="Why I read on trains", book_source="body", book_has_author=True, book_mentions=2, rating=True) == "review"
    # set apart in an info box or a bibliographic line, it is the post's subject
    assert kind(title="A summer by the dyke", book_source="details", book_has_author=True) == "review"


def test_events_still_win_over_a_book_in_passing():
    assert kind(title="Notes from the harbour book fair", book_source="body", book_has_author=True, book_mentions=4) == "event"


def test_three_scored_books_are_short_takes():
    k, reason = classify(evidence(title="Short takes", books_named=3, scored_lines=3))
    assert k == "list" and "3 books" in reason
    assert kind(title="Short takes", books_named=3, scored_lines=1, rating=True, **{k: v for k, v in REVIEW.items() if k != "title"}) == "review"


def test_words_of_the_book_title_are_not_the_posts():
    # "evening", "welcome", "best" inside the reviewed book's title
    for title, book in [("The Evening Ferry by Mara Holt", "The Evening Ferry"), ("Welcome to Saltmarsh by Ivo Brandt", "Welcome to Saltmarsh"),
                        ("The Best of Tides by Rosa de la Cruz", "The Best of Tides")]:
        assert kind(title=title, book_title=book, book_source="title", book_has_author=True) == "review", title
    # a leading label stays the post's own, even when a sloppy title swallowed it
    assert kind(title="Cover reveal: The Evening Ferry by Mara Holt", book_title="Cover reveal: The Evening Ferry",
                book_source="title", book_has_author=True) == "announcement"
    assert kind(title="Presentazione: Il traghetto di Mara Holt", book_title="Il traghetto", book_source="title", book_has_author=True) == "event"


# -- titles in other languages -------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Revelación de portada: La casa del faro", "Révélation de couverture : Les Cendres", "Cover-Enthüllung: Das Haus am Deich",
                                   "Rivelazione della copertina: Il traghetto", "Revelação de capa: O rio escuro", "Gewinnspiel: drei Bücher"])
def test_announcements_in_other_languages(title):
    assert kind(title=title, book_source="title", book_has_author=True) == "announcement"


@pytest.mark.parametrize("title", [
    "Recenzja gry: Ostatni Zimowy Port",  # pl: "review of the game"
    "Сериал «Северный ветер»: восемь серий спустя",  # ru: the series
    "映画『冬の灯台』を二十年ぶりに観た",  # ja: the film, no separator after the label
    "电影《北方的灯》观后感",  # zh: the film
])
def test_a_title_labelling_another_medium_in_other_languages_is_not_a_book_review(title):
    assert kind(title=title, rating=True) == "other"


@pytest.mark.parametrize("title", ["Một ngày ở Hội sách mùa thu", "Relacja z targi książki w Krakowie", "북토크 후기: 겨울의 작가들"])
def test_event_titles_in_other_languages(title):
    assert kind(title=title) == "event"


def test_a_book_whose_title_has_no_medium_label_is_still_reviewed():
    assert kind(title="『冬の灯台』を読んだ", book_source="title", book_has_author=True, rating=True) == "review"
