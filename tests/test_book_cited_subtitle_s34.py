"""A closing citation "T: S, by A (House, 2019)." whose subtitle is a descriptive phrase of five words or more: the
book is the title before the colon (bookcitedhead.cited_head, read by bookbiblio.from_citation). Near misses: a
subtitle of four words stays (it may be the title proper or a series' volume), a post that names the full title again
in its own prose keeps it whole, and a citation with no colon keeps its title as it is."""

from __future__ import annotations

from scraper.extract import extract_page

_PROSE = [
    "I picked this up at the county library after a neighbour would not stop talking about it over the fence.",
    "Ostrander walks the old river towns one by one, talking to lock keepers, barge pilots and a retired ferryman who "
    "remembers the flood of the fifties better than anyone alive.",
    "The chapters on the levee districts are the strongest, patient and full of detail about who paid for what and why "
    "the water still wins most arguments.",
    "It sags in the middle, where two chapters on freight tariffs could have been one, but the ending pulled me back.",
    "<strong>Rating:</strong> ★★★★☆",
]


def _page(citation: str, extra: str = "") -> object:
    paragraphs = [*_PROSE[:1], *([extra] if extra else []), *_PROSE[1:]]
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + f"<p><em>{citation}</em></p>"
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Slow water, long memory | Bottomland Notes</title>'
            '</head><body><main><article class="post-single"><h1 class="post-title">Slow water, long memory</h1>'
            f'<div class="post-content">{body}</div></article></main></body></html>')
    return extract_page(html, "https://bottomland.example.org/posts/2026/slow-water/")


def test_descriptive_subtitle_is_cut_from_the_citation():
    record = _page("Riverfolk: Lock Keepers, Barge Pilots and the Life of the Upper Channel, by Marta Ostrander "
                   "(Prairie Lantern Press, 2019).")
    assert (record.book_title, record.book_author) == ("Riverfolk", "Marta Ostrander")


def test_short_subtitle_stays():
    record = _page("Riverfolk: The Upper Channel Years, by Marta Ostrander (Prairie Lantern Press, 2019).")
    assert (record.book_title, record.book_author) == ("Riverfolk: The Upper Channel Years", "Marta Ostrander")


def test_full_title_named_in_the_prose_stays():
    full = "Riverfolk: Lock Keepers, Barge Pilots and the Life of the Upper Channel"
    record = _page(f"{full}, by Marta Ostrander (Prairie Lantern Press, 2019).",
                   extra=f"The full title, {full}, tells you exactly what you are in for.")
    assert (record.book_title, record.book_author) == (full, "Marta Ostrander")


def test_citation_without_colon_keeps_its_title():
    record = _page("Riverfolk and the Long Memory of the Upper Channel, by Marta Ostrander (Prairie Lantern Press, 2019).")
    assert (record.book_title, record.book_author) == ("Riverfolk and the Long Memory of the Upper Channel",
                                                       "Marta Ostrander")
