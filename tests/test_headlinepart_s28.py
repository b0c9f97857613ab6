"""An English headline's part set off by its colon or comma alone is a title only in title case (round s28), in our own
words and markup.

- bookrescue.rescue: "Winter reading: a slim book about waiting", "Letters that cross the strait, and come back" are a
  column's label or the post's own phrase over a sentence: the part before the colon or comma, in sentence case and
  never named in the text, is no book's title, however plainly the text names a writer (a wrong book is worse than
  none). Quotes still mark a title ("“The quiet crossing”: a late review"); a title-cased part ("Salt Crossing: a late
  review", "Piranesi: a quiet marvel") is still read; the text naming the part keeps it; other languages, which write
  titles in sentence case, are left as they were.
"""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = [
    "Marta Ellison piloted ferries across the northern strait for twenty years, and the nine essays here are about "
    "that work: the waiting, the weather, the same crossing made ten thousand times.",
    "Ellison is good on boredom, which is harder to write than danger, and on the small rituals of a crew that knows "
    "each other too well to talk much.",
    "Some essays drift, and the last third leans on memories that feel polished for the page. But Ellison has an ear "
    "for how sailors speak, and I read it in an evening.",
]
URL = "https://lowtidenotes.example/2026/12/a-post/"


def _wordpress(h1: str, lang: str = "en", paras: list[str] = PARAS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{h1} – Low Tide Notes</title></head>"
            f"<body><article class='post'><h1 class='entry-title'>{h1}</h1><div class='entry-content'>{body}"
            "<p>Rating: 4/5</p></div></article></body></html>")


def _blogger(h1: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html lang='en-GB'><head><meta charset='utf-8'><title>Harbour Desk: {h1}</title></head><body>"
            f"<div class='post hentry'><h3 class='post-title entry-title'>{h1}</h3>"
            f"<div class='post-body entry-content'>{body}<p>Four stars.</p></div>"
            "<div class='post-footer'>Posted by Tom at 9:02 AM</div></div></body></html>")


def _paper(h1: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{h1} | The Evening Post</title></head><body>"
            f"<main><article class='story'><h1 class='headline'>{h1}</h1><div class='byline'>Ann Moss</div>"
            f"<div class='story-body'>{body}</div></article></main></body></html>")


def test_a_sentence_case_headline_part_is_no_title_in_several_layouts():
    for html in (
        _wordpress("Winter reading: a slim book about waiting"),
        _wordpress("Letters that cross the strait, and come back"),
        _blogger("Weekend pages: nine essays from the ferry"),
        _paper("Sea stories, told from the wheelhouse"),
    ):
        record = extract_page(html, URL)
        assert (record.book_title, record.book_author) == (None, None), (record.book_title, record.book_author)


def test_a_title_cased_or_quoted_part_is_still_read():
    for h1, title in (
        ("Salt Crossing: a late review", "Salt Crossing"),
        ("Piranesi: a quiet marvel", "Piranesi"),
        ("“The quiet crossing”: a late review", "The quiet crossing"),
        ("Harbour Light, and other crossings", "Harbour Light"),
    ):
        record = extract_page(_wordpress(h1), URL)
        assert (record.book_title, record.book_author) == (title, "Marta Ellison"), h1


def test_a_sentence_case_part_the_text_names_is_still_read():
    paras = PARAS[:2] + [PARAS[2] + " Winter reading is what she calls the whole collection, and it fits."]
    record = extract_page(_wordpress("Winter reading: a slim book about waiting", paras=paras), URL)
    assert (record.book_title, record.book_author) == ("Winter reading", "Marta Ellison")
