"""A closing record line read without its label in more languages (bookinfo's "book" words: wo "Téere bi", yo "Ìwé",
zu/xh "Incwadi", ig "Akwụkwọ"), and a record whose author carries the work's year in brackets ("T, A (1979), 418
pages": bookbiblio). Near misses: a title whose own first part sits before a colon (no label word), a label word
inside a title, and a place with a year in brackets where no name stands."""

from __future__ import annotations

from scraper.extract import extract_page

_TEXT = [
    "Ma ngi jàng téere bii ci weeru nowambar, te neex na ma lool ndax kàddu yi dañoo leer.",
    "Ndiaye dafa wone ni dëkk bi di soppeeku, te xale yi di dem ca réew yu sori.",
    "Su ngeen bëggee xam sunu cosaan, jàngleen ko, ndax dafa am solo ci ndaw ñi.",
]


def _book(record: str, lang: str = "wo", text: list[str] = _TEXT, headline: str = "Ndaw ñi ak dëkk bi"):
    body = "".join(f"<p>{p}</p>" for p in text) + f"<p><em>{record}</em></p><p>★★★★☆</p>"
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            "</article></body></html>")
    page = extract_page(html, "https://jang.example.sn/2026/12/ndaw-ni")
    return page.book_title, page.book_author


def test_wolof_book_label_is_no_part_of_the_title():
    assert _book("Téere bi: Dëkk bu bees, Awa Ndiaye, Éditions Xamxam, 2019.") == ("Dëkk bu bees", "Awa Ndiaye")


def test_title_with_its_own_colon_keeps_it():
    title, author = _book("Ndar: dëkk bu bees, Awa Ndiaye, Éditions Xamxam, 2019.")
    assert author == "Awa Ndiaye" and title.startswith("Ndar")


def test_label_word_inside_a_title_stays():
    title, _author = _book("Téere bi ci géej gi, Awa Ndiaye, Éditions Xamxam, 2019.")
    assert title == "Téere bi ci géej gi"


_EN = [
    "Our reading group chose this because most of us had met one chapter at school and never finished the rest.",
    "Marlow writes the harbour town as if it were breathing, and the families in it argue like real ones do.",
    "It is long and it asks for patience, but the last part repays every slow evening we spent on it.",
]


def test_name_with_its_year_in_brackets():
    assert _book("Salt in the Rafters, Hemi Marlow (1984), borrowed from the town library, 402 pages.", "en", _EN,
                 "Three families by the harbour") == ("Salt in the Rafters", "Hemi Marlow")


def test_place_with_a_year_is_no_author():
    _title, author = _book("Notes from the reading room, Wellington (1984), 402 pages.", "en", _EN,
                           "Three families by the harbour")
    assert author != "Wellington"
