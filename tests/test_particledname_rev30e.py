"""A name with an Arabic article inside it after a quoted title and its "by" (bookarticlename.particled): read only
when no institution's noun opens it and the text names the family again. Headlines and texts of our own words."""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title


def _author(headline: str, text: str) -> str | None:
    book = from_title(headline, Context(text))
    return book.author if book else None


def test_the_writer_the_text_names_again():
    assert _author("Ressenya: «La casa de sal», de Samira El Idrissi",
                   "El Idrissi escriu amb una calma que enganya.") == "Samira El Idrissi"
    assert _author("« Le Vent du sud » de Karima El Mansouri", "Le style d'El Mansouri est sobre.") \
        == "Karima El Mansouri"
    assert _author("‘The Date Palms’ by Omar Al Rashidi — a slow burn", "Al Rashidi keeps the prose plain.") \
        == "Omar Al Rashidi"
    assert _author("Reseña: «Arena», de Yusuf El-Amrani", "La prosa de El-Amrani es seca.") == "Yusuf El-Amrani"


def test_an_institution_is_no_author():
    text = "Una edición preciosa de esta novela de Mario Benedetti; El Ateneo y El País la venden en sus tiendas."
    for headline in ('"La tregua" de Editorial El Ateneo: una edición para regalar',
                     '"La tregua" de Diario El País, la colección del domingo',
                     '"La tregua" de Librería El Ateneo', '« Nada » de Radio El Mundo',
                     '"Soledad" de Teatro El Círculo', '‘Dune’ by Cinema El Dorado'):
        assert (_author(headline, text) or "").split()[:1] not in (["Editorial"], ["Diario"], ["Librería"], ["Radio"],
                                                                  ["Teatro"], ["Cinema"]), headline


def test_a_family_the_text_never_names_is_no_author():
    assert _author("Ressenya: «La casa de sal», de Samira El Idrissi", "Una novel·la breu i lluminosa.") is None
    assert _author("« Le Vent du sud » de Karima El Mansouri", "Un roman bref et lumineux.") is None
