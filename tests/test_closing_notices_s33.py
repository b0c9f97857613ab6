"""A newsletter's forward ask after a conditional ("If you know someone who …, pass this along to a pal") and an
event's box its class names, dated by day and month with no clock (the s33 round; own words and markup).

Near misses: the reviewer passing the book on in prose, a character's order to pass a letter to a sister, a review's
paragraph about a real event in the book with its date, a boxed note with a date but no event class."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "The novel follows a retired lock-keeper who agrees to look after his granddaughter for one summer on a canal "
    "boat, and the two of them slowly learn how little they know about the woman who connects them.",
    "It is funny and sad in equal measure, with long stretches where nothing happens but the water, the engine and "
    "the old man's terrible jokes, and I loved every one of those stretches more than the plot.",
    "The last chapter, at a flight of locks in the rain, made me cry on a bus, which has not happened since school, "
    "and I have already lent my copy to my neighbour, who says she has lost it already.",
]


def _text(tail: str, middle: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    html = ("<html><head><title>The Lock-Keeper</title></head><body><article><h1>The Lock-Keeper</h1>"
            f"<div class='post-body entry-content'>{ps[0]}{middle}{ps[1]}{ps[2]}<p>Rating: 4/5</p>{tail}</div>"
            "</article></body></html>")
    return extract_page(html, "https://canalpages.example.org/2026/12/the-lock-keeper.html").body_text


def test_pass_along_ask_after_a_conditional_goes():
    line = "If you know someone who loves slow books, pass this along to a pal."
    text = _text(f"<p>{line}</p>")
    assert line not in text and "lost it already" in text


@pytest.mark.parametrize("line", [
    "I meant to pass this along to a pal from school, but I have kept it on my own shelf for now.",
    "Her mother says, pass this along to your sister, and the letter becomes the book's quiet engine.",
])
def test_reviewers_passing_on_stays(line):
    assert line in _text("", middle=f"<p>{line}</p>")


def test_event_box_dated_by_day_and_month_goes():
    line = "Canal readers: the towpath book walk sets off again on 14 January from the Lock Inn. Details on our page."
    text = _text(f"<div class='event-note'><p>{line}</p></div>")
    assert line not in text and "lost it already" in text


def test_real_event_in_the_review_stays():
    line = ("The book ends on 14 January 1963, the day the canal froze solid, and the town walks out onto the ice "
            "from the Lock Inn, an event the author's own grandmother remembered.")
    assert line in _text("", middle=f"<p>{line}</p>")


def test_dated_box_without_an_event_class_stays():
    line = "Read in one sitting on 14 January, on a boat, in the rain."
    assert line in _text(f"<div class='reading-note'><p><em>{line}</em></p></div>")
