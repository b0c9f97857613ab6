"""The next post's teaser closing a weekly column (the s32 round; own words and markup): ``nextissue.NEXT_PERIOD``,
a label of the next week, month or weekday and its colon, in more languages (sl, hr, kn, en's weekday…), among the
body's last lines after the review's last paragraph.

Near misses: a review's sentence mentioning next week in prose, the reviewer's own plan after the label (first
person), a book record line naming a novel whose title has a colon, the label in the middle of the review."""

import pytest
from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.nextissue import next_issue

_PARAS = [
    "The novel follows a lighthouse keeper's daughter who inherits a failing ferry company and spends a long winter "
    "deciding whether to sell it to the mainland or to keep the island connected at any cost.",
    "The prose is plain and exact, the chapters short, and the weather does most of the talking; the storm at the "
    "midpoint is as frightening as anything I have read this year, and it never once tips into melodrama.",
    "The last third leans a little too hard on a secret letter, but the final crossing is so quiet and so right that "
    "I read it twice before closing the book and going out for a walk along the harbour wall.",
]


def _page(last: str = "", middle: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return ("<html><head><title>The Ferry Winter</title></head><body><article><h1>The Ferry Winter</h1>"
            f"<div class='entry-content'>{ps[0]}{middle}{ps[1]}{ps[2]}{last}</div></article></body></html>")


def _text(html: str) -> str:
    return extract_page(html, "https://tidewrack.example.net/2026/12/the-ferry-winter/").body_text


@pytest.mark.parametrize("line", [
    "Next Friday: two thin novels about rivers.",
    "Naslednji mesec: pesniške zbirke za zimo.",
    "Sljedeći tjedan: tri romana o otocima.",
    "ಮುಂದಿನ ತಿಂಗಳು: ಹೊಸ ಕವನ ಸಂಕಲನಗಳು.",
    "अगले हफ़्ते: नदियों पर दो उपन्यास।",
    "Dimanche prochain : deux romans sur la mer.",
])
def test_next_period_teaser_at_the_end_goes(line):
    text = _text(_page(last=f"<p><em>{line}</em></p>"))
    assert line not in text and "harbour wall" in text


@pytest.mark.parametrize("line", [
    "Next Friday I am taking the ferry myself, the book in my bag, to see whether the crossing is as bleak as she writes.",
    "Naslednji teden: bom prebrala še drugi del.",
])
def test_prose_or_own_plan_stays(line):
    assert line in _text(_page(last=f"<p>{line}</p>"))


def test_book_record_with_a_colon_title_stays():
    line = "Book: Next Sunday: Stories from the Ferry (Harbour Press, 2026)"
    assert not next_issue(lhtml.fromstring(f"<p>{line}</p>"))
    assert line in _text(_page(last=f"<p>{line}</p>"))


def test_label_in_the_middle_stays():
    line = "Next Sunday: the day the ferry sails for the last time, and the day the novel quietly builds towards."
    assert line in _text(_page(middle=f"<p>{line}</p>"))
