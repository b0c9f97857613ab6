"""A record line "Name, Title, House, Year." whose third part carries a publisher's word (Press, Books, Verlag,
Ediciones …: bookleadcaption's house words) is the book's record though it gives no pages, price or ISBN
(bookdescribedrecord); a descriptive subtitle after the title's colon is cut (bookcitedhead). Near misses: a
signature "Name, Town, Month Year" with no house word, a line whose second part is the house itself, and a record
whose person the text never calls by surname."""

from __future__ import annotations

from scraper.extract import extract_page

_PROSE = [
    "My aunt kept this on the windowsill of the farmhouse for as long as I can remember, its spine bleached by the sun.",
    "Okonjo writes about the delta as one long argument with the river: the fishing camps, the oil, the churches, the "
    "markets that move when the water does.",
    "Some chapters have aged badly, and the statistics on the ports are long out of date, but the portraits of the boat "
    "builders are as alive as anything I have read this year.",
    "Okonjo is at her best when she lets people talk, and she lets them talk a great deal.",
    "Verdict: four out of five",
]


def _page(record: str, prose: list[str] = _PROSE):
    body = "".join(f"<p>{p}</p>" for p in prose) + f"<p><i>{record}</i></p>"
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Water all the way down | Creek Shelf</title></head>'
            '<body><div class="post hentry"><h3 class="post-title entry-title">Water all the way down</h3>'
            f'<div class="post-body entry-content">{body}</div></div></body></html>')
    return extract_page(html, "https://creekshelf.example.net/2026/11/water-all-the-way-down.html")


def test_house_word_makes_the_record():
    record = _page("The book: Adaeze Okonjo, River of Many Mouths, Harbourlight Press, 1991.")
    assert (record.book_title, record.book_author) == ("River of Many Mouths", "Adaeze Okonjo")


def test_descriptive_subtitle_is_cut():
    record = _page("Adaeze Okonjo, River of Many Mouths: Boatbuilders and Preachers on the Lower Delta, "
                   "Harbourlight Books, 1991.")
    assert (record.book_title, record.book_author) == ("River of Many Mouths", "Adaeze Okonjo")


def test_signature_without_house_word_is_no_record():
    record = _page("Adaeze Okonjo, Port Harcourt, November 2026.")
    assert record.book_title != "Port Harcourt"


def test_house_in_the_title_place_is_no_title():
    record = _page("Adaeze Okonjo, Harbourlight Press, Lagos, 1991.")
    assert record.book_title != "Harbourlight Press"


def test_person_never_named_again_gives_no_record():
    prose = [p.replace("Okonjo", "The author") for p in _PROSE]
    record = _page("Adaeze Okonjo, River of Many Mouths, Harbourlight Press, 1991.", prose)
    assert record.book_author != "Adaeze Okonjo"
