"""Review of detshort38's rules (rev-detshort38): misfires on pages they were not written for.

- bookclosingfacts: a closing thanks line "Many thanks, A, for the copy" is no 'T, A, House' record (a part running
  on in lower case is a clause's, not a record's);
- bookcaptionyear: a lead caption of the same writer's earlier book does not replace the book the review is about
  (the body's title another, the headline a title the text names again, or another title quoted in the text);
- headedrecord: a headed plea box ("Before you go": share, comment) whose lower-case last words the review happens to
  use is no record box.
"""

from __future__ import annotations

from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.bookcaptionyear import dated_caption
from scraper.extract.bookclosingfacts import closing_facts
from scraper.extract.headedrecord import headed_facts

_EN = [
    "Every summer the harbour town fills with tourists and empties again, and this memoir is about the one "
    "winter Okonkwo-Bright stayed, fixing nets on the quay while the sea took the old pier apart plank by plank.",
    "Delacroix-Mbeki writes about the fishermen without pity and without romance. He is good on money, on the "
    "debts that pass from father to son, and on the long silences of men who work in the cold before dawn.",
    "It sags in the middle, where the storms repeat themselves, but the last chapters, about the pier's final night, "
    "are as good as anything I have read about the sea in years, and I will give it to every friend who fishes.",
]


def _page(paras: list[str], title: str = "Notes from a cold quay", figure: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>{title}</title></head><body><header><a href='/'>Harbour Pages</a></header>"
            f"<main><article><h1>{title}</h1>{figure}<div class='entry-content'>{body}</div></article></main>"
            "<footer><p>© 2026 Harbour Pages</p></footer></body></html>")


def test_closing_thanks_line_is_no_record():
    assert closing_facts(_EN + ["Many thanks, Tomas Delacroix-Mbeki, for the copy"]) is None
    assert closing_facts(_EN + ["Gracias, Tomas Delacroix-Mbeki, por el ejemplar y la paciencia"]) is None
    record = extract_page(_page(_EN + ["Many thanks, Tomas Delacroix-Mbeki, for the copy"]),
                          "https://harbourpages.example/reviews/quay")
    assert record.book_title != "Many thanks"


def test_closing_record_line_still_read():
    book = closing_facts(_EN + ["The Pier at Night, Tomas Delacroix-Mbeki, Gullwing Press, 2026"])
    assert book is not None and (book.title, book.author) == ("The Pier at Night", "Tomas Delacroix-Mbeki")


_ES = ["Ceniza blanca, de Lucía Ortega Bravo, llega tres años después de su libro de crónicas sobre los incendios.",
       "Ortega Bravo cambia de registro: aquí hay una familia, una casa en la sierra y un secreto que nadie nombra.",
       "No todo funciona, y el final se precipita. Pero la prosa sigue seca y exacta, y Ceniza blanca se queda."]
_CAPTION = "«Tierra quemada», de Lucía Ortega Bravo (Montesur, 2019)."


def test_caption_of_an_earlier_book_does_not_replace_the_body_book():
    body = Book("Ceniza blanca", "Lucía Ortega Bravo", source="body")
    assert dated_caption(body, [(_CAPTION, "")], "\n".join(_ES)) is None


def test_caption_of_an_earlier_book_under_a_headline_the_text_repeats():
    figure = f"<figure><img src='/img/portada.jpg' alt=''><figcaption>{_CAPTION}</figcaption></figure>"
    record = extract_page(_page(_ES, "Ceniza blanca", figure), "https://diariodelvalle.example/cultura/ceniza")
    assert record.book_title != "Tierra quemada"


def test_caption_of_an_earlier_book_when_the_text_quotes_another_title():
    text = "\n".join(p.replace("Ceniza blanca", "«Ceniza blanca»") for p in _ES)
    assert dated_caption(None, [(_CAPTION, "")], text) is None
    assert dated_caption(None, [(_CAPTION, "")], text.replace("Ceniza blanca", "Tierra quemada")) is not None


def test_headed_plea_box_is_no_record():
    before = " ".join(_EN + ["Read it with friends, below deck if you can."])
    plea = lhtml.fromstring("<div><h3>Before you go</h3><ul><li>Share this post with friends</li>"
                            "<li>Leave a comment below</li></ul></div>")
    assert not headed_facts(plea.find(".//ul"), before)
    record = lhtml.fromstring("<div><h3>About the book</h3><ul><li>The Pier at Night</li>"
                              "<li>Tomas Delacroix-Mbeki</li></ul></div>")
    assert headed_facts(record.find(".//ul"), before)
