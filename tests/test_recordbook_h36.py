"""A record page's book read from its record after recordreview took the record out of the body's text
(scraper.extract.recordreview.put_back): the record's heading and author field name the book."""

import json

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.boilerplate import CleanReport
from scraper.extract.recordreview import drop_record_around, put_back

DE_REVIEW = (
    "<p>Der Glasgarten ist der zweite Roman von Marten, und man merkt ihm an, wie viel ruhiger ihre Hand geworden ist.</p>"
    "<p>Ich habe den Roman in zwei Abenden gelesen und war danach eine Weile still, weil mich das Ende so erwischt hat.</p>"
    "<p>Erzählt wird von einer Gärtnerin, die nach dem Tod ihres Bruders das alte Gewächshaus der Familie wieder aufbaut.</p>"
    "<p>Manche Nebenfiguren bleiben blass, aber die Sprache ist so genau, dass man die feuchte Luft unter dem Glas riecht.</p>"
    "<p>Für unseren Lesekreis war das Buch ein Glücksgriff: selten haben wir so lange über ein einziges Kapitel gestritten.</p>"
    "<p>Wer ruhige Familienromane mag, in denen sich alles langsam und ohne große Worte verschiebt, wird hier glücklich.</p>")
ES_REVIEW = (
    "<p>La farera del norte es la segunda novela de Salcedo, y se nota cuánto ha ganado en oficio desde la primera.</p>"
    "<p>Lo empecé en el tren de vuelta a casa y me pasé dos paradas sin darme cuenta, atrapada por la voz de la narradora.</p>"
    "<p>La novela sigue a una farera que, tras la muerte de su padre, decide quedarse sola en la isla durante todo el invierno.</p>"
    "<p>Algunos capítulos centrales se alargan más de la cuenta, pero el tramo final compensa con creces cada página lenta.</p>"
    "<p>En nuestro club de lectura discutimos durante horas sobre la última carta, y nadie se puso de acuerdo sobre su sentido.</p>"
    "<p>Se lo recomendaría a quien disfrute de historias tranquilas, con mucho mar, mucho viento y pocos personajes a la vez.</p>")


def _shop(title: str, heading: str, author: str, blurb: str, review: str, ld: dict) -> str:
    return (f'<html><head><title>{title}</title><script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
            '<nav><a href="/">Start</a> <a href="/b">Bücher</a></nav><main>'
            f'<div class="prod-head"><h1 class="prod-title">{heading}</h1><div class="prod-authors">{author}</div>'
            '<div class="prod-meta">Verlag: Nordlicht · 2024 · 288 S.</div></div>'
            f'<section class="prod-blurb"><h2>Info</h2><p>{blurb}</p></section>'
            '<section class="prod-facts"><h2>Details</h2><ul><li>ISBN: 9780000000024</li><li>Format: 13 x 21 cm</li></ul></section>'
            f'<section class="prod-review"><div class="rv"><div class="rv-stars">4/5</div><h3>Un libro muy bueno</h3>'
            f'<p class="rv-by">Marta L., 3.3.2026</p><div class="rv-text">{review}</div></div></section>'
            '</main><footer>© Shop</footer></body></html>')


def test_record_heading_names_the_book_after_the_record_went_de():
    ld = {"@context": "https://schema.org", "@type": "Product", "name": "Der Glasgarten",
          "offers": {"@type": "Offer", "price": "22.00", "priceCurrency": "EUR"}}
    page = _shop("Der Glasgarten - Ilse Marten - Buch - Nordlicht | Buchhaus", "Der Glasgarten", "Ilse Marten",
                 "Eine Gärtnerin, ein Gewächshaus, ein Sommer voller Abschiede.", DE_REVIEW, ld)
    record = extract_page(page, "https://buchhaus.example.de/der-glasgarten/p/1")
    assert "Gewächshaus der Familie" in record.body_text and "ISBN" not in record.body_text  # (the record still out)
    assert (record.book_title, record.book_author) == ("Der Glasgarten", "Ilse Marten")


def test_record_heading_names_the_book_after_the_record_went_es():
    ld = {"@context": "https://schema.org", "@type": "Product", "name": "La farera del norte",
          "offers": {"@type": "Offer", "price": "19.90", "priceCurrency": "EUR"}}
    page = _shop("La farera del norte - Nuria Salcedo - Libro - Nordlicht | Librería Ola", "La farera del norte",
                 "Nuria Salcedo", "Una isla, un faro y un invierno entero de soledad.", ES_REVIEW, ld)
    record = extract_page(page, "https://libreria-ola.example.es/la-farera-del-norte/e/2")
    assert "club de lectura" in record.body_text and "ISBN" not in record.body_text
    assert (record.book_title, record.book_author) == ("La farera del norte", "Nuria Salcedo")


def test_a_book_found_already_is_kept_and_the_record_stays_out():
    # near miss: the page's schema.org data names the book and its author: the record's own heading (an edition's
    # longer name) does not replace it, and the record is not put back
    ld = {"@context": "https://schema.org", "@type": "Book", "name": "Der Glasgarten",
          "author": {"@type": "Person", "name": "Ilse Marten"}}
    page = _shop("Der Glasgarten - Buchhaus", "Der Glasgarten (Sonderausgabe mit Farbschnitt)", "Ilse Marten",
                 "Eine Gärtnerin, ein Gewächshaus, ein Sommer voller Abschiede.", DE_REVIEW, ld)
    record = extract_page(page, "https://buchhaus.example.de/der-glasgarten/p/3")
    assert (record.book_title, record.book_author) == ("Der Glasgarten", "Ilse Marten")
    assert "Farbschnitt" not in record.body_text


def _dropped(markup: str) -> tuple:
    root = lxml_html.fromstring(f"<div><main>{markup}</main></div>")
    body = root.find("main")
    report = CleanReport()
    drop_record_around(body, [{"@type": "Product", "name": "x"}], report)
    return body, report


def test_put_back_restores_the_record_in_its_places_in_order():
    body, report = _dropped('<div class="head"><h1>La farera del norte</h1><p>Nuria Salcedo</p></div>tail-a'
                            f'<div class="rv">{ES_REVIEW}</div><ul class="facts"><li>Páginas: 288</li></ul>')
    assert [c.get("class") for c in body] == ["rv"] and report.record_dropped
    put_back(report, Book("La farera del norte", None))
    assert [c.get("class") for c in body] == ["head", "rv", "facts"]
    assert body.text_content().count("tail-a") == 1 and not report.record_dropped


def test_put_back_leaves_the_tree_when_the_book_has_its_author():
    # near miss: a book with its author needs no record: the body stays as the cleaning left it
    body, report = _dropped(f'<div class="head"><h1>Der Glasgarten</h1></div><div class="rv">{DE_REVIEW}</div>')
    put_back(report, Book("Der Glasgarten", "Ilse Marten"))
    assert [c.get("class") for c in body] == ["rv"]
