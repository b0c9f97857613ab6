"""A record line closing a review, "<b>Label:</b> A, <i>T o Subtitle</i>. City, House.": the bold span that closes on
a colon is the line's label, not a set-off title opening the line (bookopening.info_line), and the name opening the
record right before a comma and the title is its writer (bookrecordfront.record_front, read by bookrescueauthor),
over a house the prose names in passing ("the edition of House"). Near misses: a bold span with no colon still opens
an info line as a title, a name before a comma and the title inside a sentence is not the record's front, and a
record's front name followed by something other than the title gets no credit."""

from __future__ import annotations

from scraper.extract import extract_page

_ES = [
    "Leí <i>La casa del farero</i> por primera vez en la escuela y la detesté como se detesta todo lo obligatorio. "
    "Veinte años después la encontré en la edición de Ediciones Marea que guardaba mi tía, llena de subrayados.",
    "Olivares quiso retratar el puerto entero de su juventud: muelles, tabernas, astilleros, calles con nombre propio. "
    "Esa ambición de inventario vuelve la novela lenta por momentos, pero debajo late una historia durísima.",
    "Lo que más me impresionó esta vez fueron los capítulos del naufragio, contados sin ningún adorno. El final, en "
    "cambio, me sigue pareciendo apresurado. Es un clásico desigual, pero necesario.",
]


def _page(last: str, paragraphs: list[str] = _ES, headline: str = "Volviendo a un clásico del puerto"):
    body = "".join(f"<p>{p}</p>" for p in [*paragraphs, last])
    html = (f'<html lang="es"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<table><tr><td><h1>{headline}</h1><div id="texto">{body}</div></td></tr></table></body></html>')
    return extract_page(html, "https://puertodepapel.example.cu/lecturas/farero.html")


def test_label_span_is_no_title_and_record_front_names_the_writer():
    record = _page("<b>Ficha:</b> Ramiro Olivares, <i>La casa del farero o El último invierno</i>. La Serena, "
                   "Ediciones Marea.")
    assert (record.book_title, record.book_author) == ("La casa del farero", "Ramiro Olivares")


def test_record_without_label_names_the_writer():
    record = _page("Ramiro Olivares, <i>La casa del farero o El último invierno</i>. Santiago, Ediciones Marea.")
    assert record.book_author == "Ramiro Olivares"


def test_bold_title_without_colon_still_opens_an_info_line():
    record = _page("<b>La casa del farero</b> – Ramiro Olivares (Ediciones Marea)")
    assert (record.book_title, record.book_author) == ("La casa del farero", "Ramiro Olivares")


def test_name_before_comma_and_title_inside_a_sentence_is_no_record_front():
    paragraphs = [*_ES[:2], "Como escribió una vez Marisa Quintero, La casa del farero es un libro sobre el tiempo."]
    record = _page("Una lectura para el invierno.", paragraphs)
    assert record.book_author != "Marisa Quintero"


def test_front_name_not_followed_by_the_title_gets_no_credit():
    record = _page("<b>Nota:</b> Marisa Quintero, amiga del blog, me prestó su ejemplar.")
    assert record.book_author != "Marisa Quintero"
