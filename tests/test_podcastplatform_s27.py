"""The house's podcast pressed on the reader by where it is heard, closing the review ("Listen to <Show> on Spotify,
Apple Podcasts and wherever you listen", "Escucha <Show> en Spotify y en todas las plataformas"):
``houseads.listen_there`` reads a line opening on the imperative of listening that names an audio platform and a the
house's show: all of them, the site's name, or "our" podcast; ``houseads.mark`` takes it among the last lines after the
review's prose. Near misses: the reviewer's "Listen to the audiobook on Spotify" (one platform), a line that does not
open on listening.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.houseads import listen_there


def test_lines_pressing_the_show():
    for line in ("Listen to Margins Radio on Spotify, Apple Podcasts and wherever you listen.",
                 "Escucha Tinta Lenta en Spotify y en todas las plataformas.",
                 "Écoutez notre podcast sur Deezer et Apple Podcasts.",
                 "Hör dir Lesezeichen auf Spotify und in allen Podcast-Apps an.",
                 "Ascolta il nostro podcast su Spotify.",
                 "Слушайте наш подкаст на Яндекс Музыке и в Apple Podcasts."):
        assert listen_there(line), line
    assert listen_there("Écoutez Page Blanche sur Deezer et Apple Podcasts.", ["page blanche"])  # (the site's name)


def test_near_misses():
    assert not listen_there("Listen to the audiobook on Spotify, the narrator is superb.")  # (one platform)
    assert not listen_there("The author reads the whole novel on Spotify and Deezer.")  # (no imperative opening it)
    assert not listen_there("Escucha cómo suena el mar en el último capítulo.")  # (no platform)


_PROSE_ES = ("<p>Una novela coral sobre un pueblo de pescadores que se queda sin mar cuando una presa cambia el curso "
             "del río. Cada capítulo lo cuenta un vecino distinto, y poco a poco se arma el mapa de lo que se "
             "perdió.</p><p>Lo mejor es el oído de la autora para las voces: nadie habla igual, y los silencios dicen "
             "tanto como los diálogos. Algunos capítulos del medio sobran, pero el cierre es de los que no se "
             "olvidan.</p><p>Puntuación: 4/5</p>")


def test_extract_page_drops_the_closing_line():
    html = (f"<html lang='es'><head><title>El pueblo sin mar</title></head><body><article><h1>El pueblo sin mar</h1>"
            f"<div class='entry-content'>{_PROSE_ES}<p>Escucha Tinta Lenta en Spotify y en todas las plataformas.</p>"
            f"</div></article></body></html>")
    record = extract_page(html, "https://tintalenta.example.es/resenas/pueblo-sin-mar")
    assert "Tinta Lenta en Spotify" not in record.body_text
    assert "el cierre es de los que no se olvidan" in record.body_text


def test_a_reviewers_closing_line_with_one_platform_stays():
    html = (f"<html lang='es'><head><title>El pueblo sin mar</title></head><body><article><h1>El pueblo sin mar</h1>"
            f"<div class='entry-content'>{_PROSE_ES}<p>Escucha el audiolibro en Spotify: la narradora lo borda.</p>"
            f"</div></article></body></html>")
    record = extract_page(html, "https://tintalenta.example.es/resenas/pueblo-sin-mar-2")
    assert "Escucha el audiolibro en Spotify" in record.body_text
