"""A closing record line with only an edition's note after the title (bookdescribedrecord, mendleft s33): "Name, Title,
first edition 1994." names the book, though no publisher follows. Near misses: a signature's dateline ("Name, City, month
year"), an edition's note in prose, a record of a person the text never names.
"""

from __future__ import annotations

from scraper.extract import extract_page

_SR = [
    "Marković je ovu knjigu napisao veoma mlad, i to se vidi u svakoj rečenici: brza je, ljuta i puna gorčine prema gradu.",
    "Junak i njegova sestra žive u Novom Sadu dok se oko njih sve menja, prijatelji odlaze, a reka se ledi.",
    "Danas čitana, knjiga ima slabosti, ali niko nije tako dobro uhvatio tu hladnu godinu i njen strah.",
    "Ženski likovi su tanki, a ironija ponekad zamara, ali roman se čita u jednom dahu i dugo ostaje u glavi.",
]


def _book(closing: str, headline: str = "Novi Sad, jedne hladne godine", paras: list[str] = _SR):
    body = "".join(f"<p>{p}</p>" for p in paras) + f"<p><em>{closing}</em></p><p>★★★★☆</p>"
    html = (f'<html lang="sr"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            "</article></body></html>")
    page = extract_page(html, "https://reka.example.rs/2026/12/hladna-godina")
    return page.book_title, page.book_author


def test_a_closing_record_with_an_edition_note_names_the_book():
    assert _book("Petar Marković, Led na Dunavu, prvo izdanje 1997.") == ("Led na Dunavu", "Petar Marković")


def test_an_english_edition_note_after_the_title():
    paras = ["Marsh wrote this in her twenties and it shows: quick, angry, bitter about the town she grew up in.",
             "The narrator and her sister live by the river while friends leave one by one and the water freezes.",
             "Read today it has its weaknesses, but nobody caught that cold year better than Marsh did.",
             "The sister is thinly drawn and the irony tires at times, but I read it in one sitting and still think of it."]
    assert _book("Nora Marsh, Ice on the River, first edition 1997.", "A cold year by the river", paras) \
        == ("Ice on the River", "Nora Marsh")


def test_a_signatures_dateline_is_no_record():
    # "Name, City, month year": a month is no edition's word
    assert _book("Petar Marković, Beograd, decembar 1997.")[0] != "Beograd"


def test_an_edition_note_in_prose_is_no_record():
    book = _book("Čitao sam, naravno, prvo izdanje iz 1997, sa žutim koricama.")
    assert book[0] is None or "izdanje" not in book[0]


def test_a_record_of_a_person_the_text_never_names():
    assert _book("Ivan Ilić, Zima u gradu, prvo izdanje 1991.")[0] != "Zima u gradu"
