"""scraper.extract.others.readers_after: the review a shop shows sits in an entry box (the writer's name and date in a
line of their own, then the text); the boxes of its kind after it (other readers' reviews, each dated), with a short
heading ("Other reviews of this book", th "รีวิวอื่น ๆ") and a lone "see all" link, go. Near misses: a review's own
sections (a heading without a date), a following box of another kind, prose after the boxes.
"""

from __future__ import annotations

import pytest

from tests.cleaning import cleaned

HOST = "riverbendbooks.example"
REVIEW = [
    "I picked this up for the cover and stayed for the grandmother, who runs the ferry café and lies to everyone kindly.",
    "The middle third drags while the brothers argue about the boat, but the storm night is the best chapter I read all year.",
    "The author knows boats and kitchens equally well, and the small talk at the café counter is funnier than most comic novels.",
    "Four stars from me, and I have already lent it to my neighbour, who returned it with a note in the margins.",
]
OTHER = "Loved it, the grandmother is a treasure and I cried at the end."


def card(name: str, when: str, *paras: str, cls: str = "review-card") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<div class='{cls}'><div class='review-meta'><b>{name}</b> <span class='review-time'>{when}</span></div>"
            f"<div class='review-body'>{body}</div></div>")


@pytest.mark.parametrize("between, after", [
    ("", ""),  # en: the next card right after
    ("<h3>Other reviews of this book</h3>", "<a href='/book/77/reviews'>See all 48 reviews</a>"),
    ("<h3>รีวิวอื่น ๆ ของหนังสือเล่มนี้</h3>", "<a href='/book/77/reviews'>ดูรีวิวทั้งหมด 48 รายการ</a>"),  # th
])
def test_the_other_readers_reviews_after_the_shown_one_go(between, after):
    inner = (f"<div class='reviews'>{card('Mara K.', '3 weeks ago', *REVIEW)}{between}"
             f"{card('Tomás', '2 months ago', OTHER)}{after}</div>")
    text, rules = cleaned(inner, HOST)
    assert OTHER not in text and "Tomás" not in text
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("inner", [
    # the review's own sections: a heading and text, no date in the heading
    "".join(f"<div class='part'><h4>{h}</h4><p>{p}</p></div>" for h, p in zip(("Plot", "People", "Verdict"), REVIEW))
    + f"<div class='part'><h4>One more thing</h4><p>{OTHER}</p></div>",
    # a box of another kind after the review
    f"<div class='reviews'>{card('Mara K.', '3 weeks ago', *REVIEW)}{card('Tomás', 'May 2', OTHER, cls='author-note')}</div>",
    # the next card, then prose of the page's own
    f"<div class='reviews'>{card('Mara K.', '3 weeks ago', *REVIEW)}{card('Tomás', '2 months ago', OTHER)}"
    "<p>Our shop has stocked this author since her first book, and we are proud to host her launch next spring.</p></div>",
])
def test_the_reviews_own_sections_or_other_boxes_stay(inner):
    text, rules = cleaned(inner, HOST)
    assert OTHER in text
