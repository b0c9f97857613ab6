"""A bare mark after an article ("le pongo un 6,5") on the school scale of the page's country where that is not ten
(ratingpoints.school_scaled: Chile 1-7, Paraguay 1-5, Uruguay 1-12, by the host's country domain). Sentences of our
own; near misses: the same sentence on a page of another country, a mark above the scale, stars, a fraction."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.rating import Rating, find_rating
from scraper.extract.ratingpoints import school_scaled

_LINES = ["La novela sigue a una familia de pescadores durante tres inviernos en el sur.",
          "El final me dejó pensando varios días. Le pongo un {mark} porque el comienzo cuesta."]


@pytest.mark.parametrize("host, mark, value", [
    ("www.librosdelsur.cl", "6,5", 0.929),  # Chile: 1 to 7
    ("lecturas.com.py", "4", 0.8),  # Paraguay: 1 to 5
    ("blog.montevideolee.com.uy", "9", 0.75),  # Uruguay: 1 to 12
])
def test_bare_mark_on_the_country_scale(host, mark, value):
    rating = school_scaled(find_rating([_LINES[0], _LINES[1].format(mark=mark)]), host)
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("host, raw, value", [
    ("www.librosdelsur.es", "un 6,5", 0.65),  # Spain: of ten
    ("www.librosdelsur.com.ar", "un 6,5", 0.65),  # Argentina: of ten
    ("www.librosdelsur.cl", "un 8", 0.8),  # above Chile's scale: of ten still
    ("www.librosdelsur.cl", "4 estrellas", 0.8),  # stars, not a mark
    ("www.librosdelsur.cl", "6/7", 0.857),  # a fraction says its scale
    ("www.leituras.com.py", "4", 0.8),  # a bare number without its article (a widget's count): as read
])
def test_other_ratings_unchanged(host, raw, value):
    assert school_scaled(Rating(raw, value), host) == Rating(raw, value)


def test_page_on_a_chilean_host():
    prose = ["Leí esta novela en dos tardes de lluvia, y la historia de los pescadores me acompañó toda la semana.",
             "Los capítulos del segundo invierno son los mejores: la autora escribe el frío, el hambre y la espera con una calma admirable.",
             "Los personajes secundarios, en cambio, quedan apenas esbozados y algunos diálogos suenan forzados.",
             _LINES[1].format(mark="6,5")]
    body = "".join(f"<p>{line}</p>" for line in [_LINES[0], *prose])
    html = f"<html lang='es'><head><title>Reseña: «El invierno largo», de Marta Quiroga</title></head><body><article><h1>Reseña: «El invierno largo», de Marta Quiroga</h1>{body}</article></body></html>"
    assert extract_page(html, "https://www.librosdelsur.cl/2026/resena-el-invierno-largo/").rating == 0.929
    assert extract_page(html, "https://www.librosdelsur.es/2026/resena-el-invierno-largo/").rating == 0.65
