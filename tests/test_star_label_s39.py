"""A label whose score follows a row of star glyphs saying the same score ("★★★★☆ Rating: 4/5") is a label at a
line's start: the row is the label's picture, not a sentence before it (``ratingglyphs.row_before``, short39)."""

import pytest

from scraper.extract import extract_page
from scraper.extract.rating import line_candidates

_URL = "https://quillmere.example.com/reviews/12345/"


def _page(box, lang="en"):
    paras = ("A retired cartographer redraws the map of the valley she grew up in, and each chapter is one place on "
             "it, a mill, a ford, a school, with the people she remembers there.",
             "It is gentle and exact, though it never quite becomes a story, and the last places feel like notes "
             "rather than chapters.",
             "I kept a pencil beside me and drew my own small map of the valley as I went, which is the best thing a "
             "book like this can ask of a reader, and I would give it to anyone who walks.")
    return extract_page(
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Valley Maps by Orla Penn | Quillmere</title></head><body>"
        "<header><a href='/'>Quillmere</a></header><main><article class='review-card'>"
        "<div class='review-card__head'><a href='/u/fernreader'>fernreader</a> <span>02.12.2026</span></div>"
        f"<h1>Valley Maps by Orla Penn</h1>{box}<div class='review-card__text'>"
        + "".join(f"<p>{p}</p>" for p in paras) + "</div></article></main></body></html>", _URL)


@pytest.mark.parametrize("line, value", [
    ("★★★★☆ Rating: 4/5", 0.8),
    ("★★★★★★★☆☆☆ Hodnocení: 7/10", 0.7),
    ("⭐⭐⭐ Bewertung: 3/5", 0.6),
])
def test_a_star_row_then_its_label_gives_the_labels_score(line, value):
    labelled = list(line_candidates(line, labelled_only=True))
    assert labelled and labelled[0].rating.value == value


@pytest.mark.parametrize("line", [
    # the row and the label disagree: the readers' average beside the row, or a row of something else
    "★★★★☆ Rating: 3.2/5",
    # words between the row and the label: a sentence, not a row's caption
    "★★★★☆ and my friend's rating: 4/5",
])
def test_a_star_row_that_is_not_the_labels_picture_gives_no_label(line):
    assert not [c for c in line_candidates(line, labelled_only=True) if c.rank == 0]


def test_a_reader_review_under_a_star_row_and_its_label_is_rated():
    record = _page("<div class='review-card__rating'><span aria-hidden='true'>★★★★☆</span> "
                   "<span class='rating-label'>Rating: </span><span>4/5</span></div>")
    assert record.rating == 0.8


# A row of stars and its own figure, saying the same score, set apart in a box the cleaning removes before the text:
# the figure labels the row ("★★★½ 3.5/5"); a row whose figure disagrees, or a row with a name (a reader's teaser) is
# not such a box (``ratingglyphs.figured_row``)
@pytest.mark.parametrize("line, value", [("★★★½ 3.5/5", 0.7), ("★★★★★★★☆☆☆ 7/10", 0.7), ("⭐⭐⭐⭐ 4/5", 0.8)])
def test_a_star_row_and_its_agreeing_figure_is_a_labelled_score(line, value):
    labelled = list(line_candidates(line, labelled_only=True))
    assert labelled and labelled[0].rank == 0 and labelled[0].rating.value == value


@pytest.mark.parametrize("line", ["★★★½ 4.2/5", "★★★★ fernreader 4/5", "★★★★ 4/5 (312 ocen)"])
def test_a_star_row_with_another_figure_or_words_is_no_labelled_score(line):
    assert not [c for c in line_candidates(line, labelled_only=True) if c.rank == 0]


def test_a_reader_review_under_a_figured_star_box_is_rated_kreyol():
    record = _page("<div class='note-box'><span aria-hidden='true'>★★★½</span> <span class='fig'>3,5/5</span></div>",
                   lang="ht")
    assert record.rating == 0.7


def test_a_haitian_label_with_sou_gives_a_score():
    labelled = list(line_candidates("Nòt mwen: 3 sou 5."))
    assert labelled and labelled[0].rating.value == 0.6
    assert not list(line_candidates("Nou rete sou 5 etaj nan bilding lan."))
