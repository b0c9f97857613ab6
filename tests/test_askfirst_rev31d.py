"""The ask put first is the house's only when what it asks for is (code review rev31d): ``ifhelped._asked_first`` reads
a line opening on one of the platform's acts (``ifpost.ACT_OPENS``) with the condition about the post after it only
when the words between the two are nothing or the house's (``ifpost.OWN_OBJECT``: the post, the blog, me, us, a
coffee, the platform), and no part of the line names the book as what pleased. A reviewer's advice ("Follow it with
the sequel", "Share the novel with your sister", "Siga até o fim"), a part of a series ("Deel twee …", Dutch "part")
and a clitic "it" ("Compártelo con …") are the review's.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.ifhelped import conditional_ask


def _asks(line: str) -> bool:
    return conditional_ask(fragment_fromstring(f"<p>{line}</p>"))


def test_the_house_asks_first():
    for line in ("Follow us on Instagram if you enjoyed this review!",
                 "Siga-nos no Instagram se este post te ajudou.",
                 "Volg ons op Facebook als je deze recensie leuk vond.",
                 "Trakteer me op een koffie als je deze recensie leuk vond ☕",
                 "Subscribe if you found this post useful.",
                 "Ủng hộ blog bằng một ly cà phê nếu bạn thấy bài viết hữu ích nhé"):
        assert _asks(line), line


def test_the_reviewers_advice_stays():
    for line in ("Deel drie komt in het najaar; als je deze recensie leuk vond, lees dan ook het eerste deel.",
                 "Follow it with the sequel if you found this review helpful.",
                 "Share the novel with your sister if this was helpful.",
                 "Siga a leitura até o epílogo, se este post te ajudou a decidir.",
                 "Compártelo con tus alumnos si te ha servido la reseña.",
                 "Support your local bookshop and buy this book if this review helped."):
        assert not _asks(line), line


def test_extract_page_keeps_the_reviewers_closing_advice():
    prose = ("<p>Una novela sobre un farero jubilado que enseña a su nieta a leer las mareas mientras el pueblo "
             "discute si cerrar el faro. Los capítulos alternan entre los dos y se leen muy rápido.</p>"
             "<p>Lo mejor es la voz del abuelo, seca y tierna a la vez. El final es previsible, pero está tan bien "
             "contado que no importa.</p><p>Puntuación: 4/5</p>")
    html = (f"<html lang='es'><head><title>El farero</title></head><body><article><h1>El farero</h1>"
            f"<div class='entry-content'>{prose}<p>Compártelo con tus alumnos si te ha servido la reseña.</p>"
            f"</div></article></body></html>")
    record = extract_page(html, "https://mareas.example.es/2026/farero")
    assert "Compártelo con tus alumnos" in record.body_text
