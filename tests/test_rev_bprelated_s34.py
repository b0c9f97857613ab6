"""Misfires of the s34 bprelated rules found by review (rev-bprelated), each a page the rules were not written for.

- ``taillinklist`` (colon shape): a lead that holds a sentence of the review before its label ("Loved it. The first
  book in the series: <a>…</a>") is the review's line; an unaddressed link whose text is another site's address or
  an account ("<a>harbourlight.example.com/keepers-log</a>", "<a>@inesmarlow</a>") is not the site's own.
- ``taillinklist`` (break shape): a quotation closed by its stop and a closing quote ("“… given.”") is a sentence.
- ``namedbyline`` (the name set in bold): "by <b>NAME</b>" right under the book's title line credits the book.
- ``issuesections``: a newsletter post that is one review in sections of its own (no greeting over them) stays whole.
"""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "The novel follows a lighthouse keeper's daughter who inherits her father's radio logs and tries to work out why "
    "he stopped answering the coast guard in the winter of 1962.",
    "The prose is patient and quiet, and the writer lets whole chapters pass with nothing but wind, gulls and the hum "
    "of the generator, which I found oddly gripping for a book this slow.",
    "My one complaint is the final act, which wraps up the mystery in a hurry, but I will be recommending it to "
    "everyone in my book club and I plan to read it again next winter.",
]
_URL = "https://keeperlog.example.net/2026/11/30/the-keepers-log/"
_TITLE = "Review: The Keeper's Log"


def _page(tail="", middle="", head="", title=_TITLE + " by Ines Marlow"):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body><article>"
            f"<h1 class='entry-title'>{title}</h1><div class='entry-content'>{head}{ps[0]}{ps[1]}{middle}{ps[2]}"
            f"{tail}</div></article></body></html>")


@pytest.mark.parametrize("line, kept", [
    ("<p>Loved it. The first book in the series: <a>The Salt Road</a></p>", "Loved it"),
    ("<p>The publisher's page for the novel: <a>harbourlight.example.com/keepers-log</a></p>", "publisher's page"),
    ("<p>Ines Marlow's own website and newsletter: <a>inesmarlow.com</a></p>", "own website"),
    ("<p>Find the author online at: <a>www.inesmarlow.com</a> · <a>@inesmarlow</a></p>", "Find the author"),
])
def test_review_lines_ending_in_a_labelled_link_stay(line, kept):
    assert kept in extract_page(_page(tail=line), _URL).body_text


def test_a_quotation_over_its_link_is_a_sentence():
    line = ("<p>“The sea keeps what it is given.”<br><a href='/2025/03/14/interview-ines-marlow/'>Ines Marlow, in "
            "conversation with this blog</a></p>")
    assert "The sea keeps" in extract_page(_page(middle=line), _URL).body_text


def test_the_bold_lead_and_own_link_still_go():
    line = "<p><strong>Keep walking the shoreline:</strong> <a>Three winter novels about lakes</a></p>"
    text = extract_page(_page(tail=line), _URL).body_text
    assert "Keep walking" not in text and "next winter" in text


@pytest.mark.parametrize("head", [
    "<p><strong>The Keeper's Log</strong></p><p>by <strong>Ines Marlow</strong></p>",
    "<p><strong>The Keeper's Log</strong></p><p>by <a href='https://inesmarlow.example.com/'>Ines Marlow</a></p>",
    "<h2>The Keeper's Log</h2><p>by <b>Ines Marlow</b></p>",
])
def test_a_bold_by_line_under_the_books_title_credits_the_book(head):
    record = extract_page(_page(head=head, title=_TITLE), _URL)
    assert "Ines Marlow" in record.body_text and record.book_author == "Ines Marlow"


def test_a_bold_by_line_over_the_text_still_goes():
    record = extract_page(_page(head="<p>By <strong>Tom Reyes</strong></p>", title=_TITLE), _URL)
    assert "Tom Reyes" not in record.body_text and "next winter" in record.body_text


def _issue(sections, greeting=""):
    review = "".join(f"<p>{p}</p>" for p in _PARAS)
    return ("<html lang='en'><head><meta charset='utf-8'><title>Review: The Keeper's Log by Ines Marlow</title></head>"
            "<body><article class='newsletter-post post'><h1 class='post-title'>Review: The Keeper's Log by Ines "
            "Marlow</h1><div class='available-content'><div class='body markup'>"
            f"{greeting}{sections.format(review=review)}</div></div></article></body></html>")


def test_a_newsletter_review_in_its_own_sections_stays_whole():
    page = _issue("<h2>The story</h2><div>{review}</div><h2>Verdict</h2><p>A slow, strange, lovely book.</p>"
                  "<h2>Who it is for</h2><p>Anyone who likes the sea in winter.</p>")
    text = extract_page(page, "https://keeperletter.example.com/p/keepers-log").body_text
    assert "slow, strange" in text and "likes the sea" in text


def test_an_issue_with_a_greeting_still_loses_its_other_sections():
    page = _issue("<h2>This week's novel</h2><div>{review}</div><h2>Club news</h2><p>The reading group moves to "
                  "Thursdays from January.</p><h2>Links I liked</h2><ul><li>An essay on lighthouses.</li></ul>",
                  greeting="<p>Good morning from a windy harbour. Two things today: a novel and some news.</p>")
    text = extract_page(page, "https://keeperletter.example.com/p/issue-12").body_text
    assert "Good morning" not in text and "Club news" not in text and "next winter" in text
