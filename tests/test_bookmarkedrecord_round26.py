"""A record line that sets its title in italics beside the author's name (bookmarkedrecord), read when the line credits
the author (bookbody's credit-line candidate): the italic part is the title, not the publisher after it."""

import lxml.html

from scraper.extract.book import Context
from scraper.extract.bookmarkedrecord import marked_record


def _body(*paragraphs: str):
    return lxml.html.fromstring("<div>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>")


def test_polish_record_at_the_end():
    body = _body("Kowalczyk pisze o mieście, które zasypia.", "Druga myśl o książce i jej bohaterach.",
                 "Zofia Kowalczyk, <em>Szklany przystanek</em>, Mewa, Gdańsk 2025, 312 s.")
    assert marked_record(body, Context("Kowalczyk")) == ("Szklany przystanek", "Zofia Kowalczyk")


def test_czech_record_with_cite_and_an_edition_remark():
    body = _body("Dvořák vypráví pomalu a přesně.",
                 "Marek Dvořák, <cite>Dům u tří lip</cite>, druhé vydání, Host, Brno 2023, 208 stran.")
    assert marked_record(body, Context("Dvořák")) == ("Dům u tří lip", "Marek Dvořák")


def test_german_record_at_the_top():
    body = _body("Lena Albers: <i>Die stille Fähre</i>. Roman. Kranich Verlag, Hamburg 2022, 240 Seiten.",
                 "Albers erzählt von einem Fährmann, der nicht mehr redet.")
    assert marked_record(body, Context("Albers")) == ("Die stille Fähre", "Lena Albers")


def test_near_miss_italic_in_a_sentence_is_no_record():
    body = _body("Zofia Kowalczyk, autorka <em>Szklanego przystanku</em>, mówiła o tym w 2025 roku na festiwalu.")
    assert marked_record(body, Context("Kowalczyk")) is None


def test_near_miss_record_without_italics_is_left_to_the_plain_readings():
    body = _body("Zofia Kowalczyk, Mewa, Gdańsk 2025.")
    assert marked_record(body, Context("Kowalczyk")) is None


def test_near_miss_the_blogger_signing_with_an_italic_blog_name():
    body = _body("Ana Novak, <em>Zápisky z police</em>, 2024.")
    assert marked_record(body, Context("Novak", not_authors=("Ana Novak",))) is None
