"""The news site's "all the news on <Site>" sentence before the app bidding (``applines._NEWS_FIRST``) narrowed after
review rev32d: the sentence must name where the news is, the site ("on <Site>", fr "sur <Site>", de "bei uns": a
preposition of place, then a name in capitals or "us"); a review's "All the news in this village travels by ferry."
names no site, and the app its next sentence names stays the review's.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract.applines import app_line


def test_the_sites_news_then_the_app():
    for line in ("Read all the latest arts news on The Herald. Download the Herald app for alerts.",
                 "Toute l'actualité des livres sur Le Matin. Téléchargez l'application du Matin.",
                 "Tutte le notizie di cultura su Il Faro. Scarica l'app del Faro.",
                 "Alle Nachrichten aus der Region bei uns. Laden Sie sich die Bote-App herunter."):
        assert app_line(line), line


def test_a_reviews_news_stays():
    for line in ("All the news in this valley comes by bus. Download the audiobook app and hear it on the bus too.",
                 "Toute l'actualité du village passe par la boulangère. Téléchargez l'application de lecture, et lisez-le.",
                 "Todas las noticias del pueblo llegan tarde. Descarga la app de la biblioteca y léelo gratis."):
        assert not app_line(line), line
