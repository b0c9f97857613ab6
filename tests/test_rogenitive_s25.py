"""Romanian names a book's author after the book noun in the genitive, its article "al/a/ai/ale" before the name:
"romanul de debut al Anei Blandiana", "volumul de povestiri a lui Mircea Cărtărescu"; a woman's given name declines
("Ana" → "Anei", "Ilinca" → "Ilincăi"), her family name and a man's name after "lui" stay (``bookclues._ro_owner``,
read by ``possessor``). Pages of our own invention under a headline that is the title alone; near misses: the
dative without the article ("am dat cartea Mariei Popescu", gave it to her), a book noun followed by no name, and
the same words on a page in another language."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookclues import possessor

REST = [
    "Povestea urmărește o familie dintr-un oraș de pe Dunăre, în anii de după război, și felul în care fiecare "
    "dintre ei învață să tacă despre ce s-a întâmplat. Scriitura este sobră, fără nicio grabă.",
    "Personajele secundare sunt la fel de bine construite ca protagonista, iar dialogurile sună firesc. Unele "
    "capitole din mijloc mi s-au părut prea lungi, dar finalul răsplătește răbdarea cititorului.",
    "O recomand tuturor celor care caută o proză liniștită și atentă la detalii.",
    "<strong>Nota mea:</strong> 8/10",
]


def _book(first: str, title: str = "Casa de pe mal") -> tuple[str | None, str | None]:
    body = "".join(f"<p>{p}</p>" for p in [first, *REST])
    page = (f'<html lang="ro"><head><title>{title} - Caiet de lecturi</title></head><body>'
            f'<header><a href="/">Caiet de lecturi</a></header><main><article class="post">'
            f'<h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div></article></main>'
            f'<footer>© Caiet de lecturi</footer></body></html>')
    record = extract_page(page, "https://caietdelecturi.example.ro/2026/12/casa-de-pe-mal/")
    return record.book_title, record.book_author


@pytest.mark.parametrize("first, author", [
    ("Am citit romanul de debut al Anei Blandiana într-o singură seară și m-a surprins cât de proaspăt sună.",
     "Ana Blandiana"),
    ("Volumul de povestiri a lui Mircea Cărtărescu m-a însoțit o vară întreagă, câte o poveste pe seară.",
     "Mircea Cărtărescu"),
    ("Noul roman al Ilincăi Dumitrescu are ceva din ritmul unui jurnal ținut cu grijă, zi de zi.",
     "Ilinca Dumitrescu"),
    ("Cartea cea nouă a Ioanei Pârvulescu începe cu o scrisoare găsită într-un pod.", "Ioana Pârvulescu"),
])
def test_the_genitive_owner_of_the_book_noun_is_the_author(first, author):
    assert _book(first) == ("Casa de pe mal", author)


def test_the_genitive_owner_is_given_in_the_nominative():
    text = "Romanul scurt al Mirelei Ionescu e o surpriză."
    assert possessor([text], Context(text, (), "ro")) == "Mirela Ionescu"


@pytest.mark.parametrize("first", [
    # the dative: the reviewer gave the book to a friend
    "I-am împrumutat cartea Mariei Popescu, care mi-a trimis-o înapoi cu notițe pe margine.",
    # a book noun with no owner after it
    "Romanul a fost scris în anii șaptezeci și a apărut abia după 1990, cu multe tăieturi.",
])
def test_near_misses_name_no_owner(first):
    assert possessor([first], Context(first, (), "ro")) is None


def test_the_romanian_words_on_another_languages_page_are_not_read():
    text = "Ho letto il romanul di una amica, al Gabrielei Rossi non è piaciuto."  # (an Italian page's words)
    assert possessor([text], Context(text, (), "it")) is None
