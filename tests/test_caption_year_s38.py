"""The lead picture's caption as the book's dated record, «T», de A (House, 2016), its house a bare name (detshort38:
bookcaptionyear): the title set off in quotes (its main part before a subtitle), the author one the text names again
by a surname (a Spanish name's first surname too), the caption's book replacing the body's reading of the same author.

Near misses: a photo's caption with an agency and a year, naming someone the text never names; a caption with no
quotes; a caption whose author differs from the book the text itself names; a news piece stays no review."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.bookcaptionyear import dated_caption

_ES = [
    "Hay crónicas que cambian de peso cuando se sabe lo que vino después. Ortega Bravo cerró estas páginas en un "
    "verano de incendios, y cada capítulo huele todavía a humo y a carreteras cortadas en la sierra.",
    "No es un diario sino una serie de retratos: brigadistas, pastores, alcaldes de pueblos vacíos. Ortega Bravo "
    "escribe seco, sin adjetivos, y deja que los datos pesen solos sobre la mesa del lector.",
    "A ratos se repite, y el último tercio se alarga más de la cuenta. Pero sigue siendo la mejor entrada a lo que "
    "significa vivir junto al monte, y debería leerse en cada ayuntamiento de la comarca antes del próximo verano.",
]
_CAPTION = "«Tierra quemada. Crónicas de la sierra en llamas», de Lucía Ortega Bravo (Montesur, 2019)."


def _page(caption: str, paras: list[str], title: str = "Escribir entre el humo") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>{title}</title></head><body><header><a href='/'>Diario del Valle</a></header><main>"
            f"<article><h1>{title}</h1><figure><img src='/img/portada.jpg' alt=''><figcaption>{caption}</figcaption>"
            f"</figure><div class='article-body'>{body}</div></article></main>"
            "<footer><p>© 2026 Diario del Valle</p></footer></body></html>")


def test_dated_caption_names_a_short_review_book():
    record = extract_page(_page(_CAPTION, _ES), "https://diariodelvalle.example/cultura/tierra-quemada")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("Tierra quemada", "Lucía Ortega Bravo")


def test_dated_caption_rule_alone():
    text = "\n".join(_ES)
    book = dated_caption(None, [(_CAPTION, "")], text)
    assert book is not None and (book.title, book.author, book.source) == ("Tierra quemada", "Lucía Ortega Bravo", "caption")
    body = Book("Tierra quemada. Crónicas de la sierra en llamas", "Lucía Ortega Bravo", source="body")
    assert dated_caption(body, [(_CAPTION, "")], text).source == "caption"


def test_near_miss_photo_caption_naming_no_one_again():
    text = "\n".join(_ES)
    assert dated_caption(None, [("«Amanecer en el puerto», de Marcos Ibáñez Soler (Agencia Norte, 2016).", "")], text) is None


def test_near_miss_caption_without_quotes_or_year():
    text = "\n".join(_ES)
    assert dated_caption(None, [("Tierra quemada, de Lucía Ortega Bravo (Montesur, 2019).", "")], text) is None
    assert dated_caption(None, [("«Tierra quemada», de Lucía Ortega Bravo (Montesur).", "")], text) is None


def test_near_miss_other_author_than_the_text_book():
    text = "\n".join(_ES) + "\nMarcos Ibáñez Soler lo dijo. Ibáñez lo repite."
    body = Book("Otro libro", "Marcos Ibáñez Soler", source="body")
    assert dated_caption(body, [(_CAPTION, "")], text) is None


def test_near_miss_news_piece_stays_no_review():
    news = ["La editorial presentará el sábado en la feria la nueva edición, con prólogo inédito.",
            "Ortega Bravo firmará ejemplares a partir de las seis de la tarde en la caseta 14."]
    record = extract_page(_page(_CAPTION, news, "Presentación el sábado en la feria"),
                          "https://diariodelvalle.example/cultura/presentacion")
    assert not record.is_review
