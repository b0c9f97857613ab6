"""Helper fields69 of the holdout69 round, in our own markup: a bare byline ("Name · date") under the headline's
standfirst (datelines.date_only through _under_heading and bylinelabels.under_standfirst).

The news engines' head is headline, standfirst, then the writer's name and the date with no label or by-word; the line
stood fourth among the body's blocks (after a kicker), past the first three, so it stayed. It must go in any language
or date form, with the standfirst in a paragraph or a box; a dated line after the text has begun, or a sentence, stays.
"""

from __future__ import annotations

from scraper.extract import extract_page

_PARAS = [
    "The novel follows a lighthouse keeper's daughter through the winter her father falls ill, and every chapter opens "
    "with an entry from the station's log that she is now the one to write.",
    "The prose is plain and exact, and the storms are written without any show; what stays is the routine, the lamp "
    "trimmed at dusk and the tea kept warm on the stove for whoever comes in from the rocks.",
    "The middle drags a little and the supply-boat captain is never more than a sketch, but the last pages are quietly "
    "perfect and I sat with the book closed for a while after reading them.",
]


def _page(head: str, lang: str = "en", before: str = "") -> object:
    html = (f"<html lang='{lang}'><head><title>The keeper's winter | Harbour Weekly</title></head><body>"
            "<main><article class='story'><p class='kicker'><a href='/books'>Books</a> · Review</p>"
            "<h1>The keeper's winter</h1>" + head + "<div class='story-body'>" + before
            + "".join(f"<p>{p}</p>" for p in _PARAS)
            + "</div></article></main><footer>Harbour Weekly</footer></body></html>")
    return extract_page(html, "https://harbour.example/books/the-keepers-winter")


_LEAD = "<p class='lead'>A quiet first novel about a lighthouse, a log book and the winter nobody came.</p>"


def test_bare_byline_under_standfirst_goes():
    record = _page(_LEAD + "<div class='writer'>Martha Quill · 2026/11/28</div>")
    assert "Martha Quill" not in record.body_text
    assert "lighthouse keeper's daughter" in record.body_text


def test_other_languages_and_date_forms():
    lead = _LEAD.replace("A quiet", "Ein stiller")
    record = _page(lead + "<div class='autor'>Jonas Berger · 28.11.2026</div>", lang="de")
    assert "Jonas Berger" not in record.body_text
    record = _page(_LEAD + "<p class='firma'>Lucía Ferrer Vidal · 28 noviembre 2026</p>", lang="es")
    assert "Lucía Ferrer" not in record.body_text
    # (the standfirst in a box of its own paragraph)
    record = _page("<div class='dek'>" + _LEAD + "</div><div class='byline'>Tomasz Nowak · 2026-11-28</div>", lang="pl")
    assert "Tomasz Nowak" not in record.body_text


def test_dated_line_after_the_text_has_begun_stays():
    # (under the standfirst, but after the review's first paragraph, far from the end: the text has begun, and the
    # line is its own)
    html = ("<html lang='en'><head><title>The keeper's winter | Harbour Weekly</title></head><body><main><article>"
            "<h1>The keeper's winter</h1>" + _LEAD + "<div class='story-body'><p>" + _PARAS[0] + "</p>"
            "<p>Harbour Reading Circle · 2026/11/28</p>" + "".join(f"<p>{p}</p>" for p in _PARAS[1:] + _PARAS[:2])
            + "</div></article></main></body></html>")
    record = extract_page(html, "https://harbour.example/books/the-keepers-winter")
    assert "Harbour Reading Circle" in record.body_text


def test_sentence_under_standfirst_stays():
    record = _page(_LEAD + "<p>I read it on the ferry to Skye · 2026/11/28.</p>")
    assert "I read it on the ferry" in record.body_text


def test_labelled_info_line_under_standfirst_stays():
    # (a label and a date under the standfirst: the book's facts, not the writer's byline)
    record = _page(_LEAD + "<p class='facts'>First Published: 28.11.2026 · Harbour Press</p>")
    assert "First Published: 28.11.2026" in record.body_text
