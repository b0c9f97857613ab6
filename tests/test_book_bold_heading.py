"""A paragraph set all in bold that reads as a phrase with a clause break is a heading (a reader review's own title), not
a book's title the opening sets off; a bold title alone, or a quoted title inside prose, still is one."""

from lxml import html

from scraper.extract.book import Context
from scraper.extract.bookpageclues import Clues
from scraper.extract.bookbody import _titles


def _clues(body_html: str, language: str) -> Clues:
    body = html.fromstring(f"<div>{body_html}</div>")
    text = "\n".join(p.text_content() for p in body.iter("p"))
    return Clues(title="Gartenlicht", other_titles=["Gartenlicht | Buchladen am Markt"], body=body,
                 context=Context(text, language=language), language=language, lines=text.split("\n"))


def test_german_bold_phrase_heading_is_no_title():
    clues = _clues("<p><strong>Kurz, aber es wirkt lange nach</strong></p><p>Ich habe es an einem Abend gelesen.</p>", "de")
    assert "Kurz, aber es wirkt lange nach" not in _titles(clues, None)


def test_english_bold_phrase_heading_is_no_title():
    clues = _clues("<p><b>Short, but it stays with you</b></p><p>I read it in one evening on the train.</p>", "en")
    assert "Short, but it stays with you" not in _titles(clues, None)


def test_near_miss_bold_title_alone_stays():
    clues = _clues("<p><strong>Ein Garten im Winter</strong></p><p>Ich habe es an einem Abend gelesen.</p>", "de")
    assert "Ein Garten im Winter" in _titles(clues, None)


def test_near_miss_quoted_title_in_prose_stays():
    clues = _clues("<p>Ich habe “Liebe, Rosie” an einem Abend gelesen und danach lange nachgedacht.</p>", "de")
    assert "Liebe, Rosie" in _titles(clues, None)


def test_spanish_bold_phrase_heading_is_no_title():
    clues = _clues("<p><strong>Corto, pero se queda contigo</strong></p><p>Lo leí en una sola tarde de lluvia.</p>", "es")
    assert "Corto, pero se queda contigo" not in _titles(clues, None)
