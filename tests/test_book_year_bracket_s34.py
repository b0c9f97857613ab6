"""A record line "Name, Title (Year); a note on the copy read." at the post's edge: the first edition's year alone in
the bracket (bookbracketrecord), the title two words at least, a name-shaped title kept unless the text calls it by
its last word as it calls people, and left to other clues where the text calls the book by the title's opening words
only ("T and Other Stories" called "T"). Near misses: a one-word part beside the year (a place as often as a title), a
second person beside the year whom the text calls by surname, and a name the text never calls by surname."""

from __future__ import annotations

from scraper.extract import extract_page

_PROSE = [
    "I found my old school copy in a box in the loft and read it again over three wet evenings.",
    "Wharton's heroine is trapped by money and by manners in equal measure, and at nineteen I only saw the manners.",
    "This time the cruelty of the mother came through much more clearly, and the son-in-law she chooses is worse than "
    "I remembered.",
    "It is a short book and Wharton wastes nothing in it; the ballroom chapter alone is worth the price.",
    "The ending still lands like a door closing in another room, quietly, and I sat with it for a long while afterwards.",
    "Rating: 4/5",
]


def _page(record: str, prose: list[str] = _PROSE):
    body = "".join(f"<p>{p}</p>" for p in prose) + f'<p class="record"><em>{record}</em></p>'
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Rereading in the loft | Attic Cards</title></head>'
            '<body><article class="post h-entry"><h1 class="post-title p-name">Rereading in the loft</h1>'
            f'<div class="post-content e-content">{body}</div></article></body></html>')
    return extract_page(html, "https://atticcards.example.org/2026/11/30/rereading-in-the-loft.html")


def test_year_alone_in_the_bracket():
    record = _page("Edith Wharton, The Salt Ballroom (1911); read in a battered school edition.")
    assert (record.book_title, record.book_author) == ("The Salt Ballroom", "Edith Wharton")


def test_name_shaped_title_beside_the_year():
    record = _page("Edith Wharton, Gramercy Terrace (1911); read in the library's copy.")
    assert (record.book_title, record.book_author) == ("Gramercy Terrace", "Edith Wharton")


def test_one_word_part_beside_the_year_is_no_title():
    record = _page("Edith Wharton, Lenox (1911); read in the library's copy.")
    assert record.book_title != "Lenox"


def test_second_person_beside_the_year_is_no_title():
    prose = [*_PROSE, "Hollis, her editor, cut the ending twice, and Hollis was right both times."]
    record = _page("Edith Wharton, Maud Hollis (1911); read in the library's copy.", prose)
    assert record.book_title != "Maud Hollis"


def test_name_never_called_by_surname_is_no_record():
    prose = [p.replace("Wharton's", "The author's").replace("Wharton", "the author") for p in _PROSE]
    record = _page("Edith Wharton, The Salt Ballroom (1911); read in the library's copy.", prose)
    assert record.book_author != "Edith Wharton"


def test_collection_called_by_its_title_story_keeps_no_full_record_title():
    prose = [*_PROSE, "I first read The Salt Ballroom itself in an anthology, long before the rest of the book."]
    record = _page("Edith Wharton, The Salt Ballroom and Other Stories (1911); read in the library's copy.", prose)
    assert record.book_title != "The Salt Ballroom and Other Stories"
