"""A record line "A, T (House, Year)" may close on one more part after a comma, a detail of three words at most holding
its figure (the pages or the price in the page's own words: "…, kurasa 212."): the book's record still, its title the
one the page names the book by, over a headline in the post's own words (bookbracketrecord). Near misses: a part
after the bracket with no figure ("…, my mother's copy."), and a sentence going on after it with a figure in it."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbracketrecord import bracket_record

_PROSE = [
    "Nilikumbuka jinsi bibi yangu alivyokuwa akisimulia hadithi usiku, nasi tukijibu kabla hajaanza kusimulia.",
    "Hivyo ndivyo nilivyojisikia nilipokuwa nikisoma kitabu cha Mwakasege wiki hii, kuhusu mvuvi anayepoteza mashua "
    "yake na kuanza safari ndefu kando ya pwani kuitafuta.",
    "Mwakasege haelezi kila kitu; viumbe wa bahari na majini wanajitokeza kana kwamba ni wageni wa kawaida tu.",
    "Sehemu ya kati inajirudia kidogo, safari moja baada ya nyingine bila sababu ya wazi, lakini mwisho wake ni "
    "mzuri sana na sitausahau kwa muda mrefu.",
]


def _page(record: str):
    body = "".join(f"<p>{p}</p>" for p in _PROSE) + "<p><b>Alama yangu:</b> ★★★★☆</p>" + f"<p><i>{record}</i></p>"
    html = ('<html lang="sw"><head><meta charset="utf-8"><title>Mvuvi na bahari ya wafu</title></head>'
            '<body><div class="post hentry"><h3 class="post-title entry-title">Mvuvi na bahari ya wafu</h3>'
            f'<div class="post-body entry-content">{body}</div></div></body></html>')
    return extract_page(html, "https://rafuyavitabu.example.co.tz/2026/12/mvuvi-na-bahari.html")


_CONTEXT = Context("Mwakasege haelezi kila kitu. Kitabu cha Mwakasege.", (), "sw")


def test_record_with_pages_after_the_bracket():
    line = "Daudi Mwakasege, The Fisherman's Long Walk (Heron Books, 1964), kurasa 212."
    assert bracket_record([line], _CONTEXT) == ("The Fisherman's Long Walk", "Daudi Mwakasege")
    record = _page(line)
    assert (record.book_title, record.book_author) == ("The Fisherman's Long Walk", "Daudi Mwakasege")


def test_near_miss_part_without_a_figure():
    line = "Daudi Mwakasege, The Fisherman's Long Walk (Heron Books, 1964), my mother's copy."
    assert bracket_record([line], _CONTEXT) is None


def test_near_miss_sentence_going_on():
    line = "Daudi Mwakasege, The Fisherman's Long Walk (Heron Books, 1964), which I first read 30 years ago at school."
    assert bracket_record([line], _CONTEXT) is None
