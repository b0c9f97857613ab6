"""readeractions' comment bidding narrowed (review rev32e), in our own words.

Leaving a comment is bidden by the plural, a clitic turned to the blogger, the reader's own comment or the place
("lasciate un commento", "déjame un comentario", "deja tu comentario", "lascia un commento qui sotto", sw "acha maoni
yako"); the third person telling the story ("il narratore lascia un commento ironico", "el abuelo deja un comentario
mordaz") is none.
"""

from __future__ import annotations

import pytest

from scraper.extract.platforms import READER_ACTIONS

COMMENT = READER_ACTIONS["comment"]


@pytest.mark.parametrize("text", [
    "Lasciate un commento se l'avete letto!", "Lasciami un commento con la tua opinione.",
    "Lascia un commento qui sotto.", "Déjame un comentario con tu opinión.", "Dejad un comentario abajo.",
    "Deja tu comentario y cuéntame.", "Deja un comentario aquí si lo leíste.", "Acha maoni yako hapa chini.",
    "Tafadhali uache maoni.",
])
def test_leaving_a_comment_is_bidden(text):
    assert COMMENT.search(text)


@pytest.mark.parametrize("text", [
    "Alla fine il narratore lascia un commento ironico sul destino del paese.",
    "El abuelo deja un comentario mordaz en cada cena.", "La vecina deja un comentario cruel sobre su vestido.",
    "Il padre lascia un commento sul giornale e se ne va.",
])
def test_the_storys_comment_is_no_ask(text):
    assert not COMMENT.search(text)
