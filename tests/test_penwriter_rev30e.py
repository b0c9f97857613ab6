"""A record's one-word head "Name, Title, House, Year" read as a pen name only where the text uses it as its writer's:
before a writing verb, after "by", or after a book noun and a by-word (bookbiblio._published, bookcaselessname.
pen_writer); a place, a label or a character the text only names is no author. Lines of our own words."""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography


def _read(record: str, text: str) -> tuple[str, str] | None:
    lines = [text, record]
    return from_bibliography(lines, Context("\n".join(lines), (), None))


def test_a_pen_name_the_text_has_write():
    assert _read("Azafrán, El huerto de sal, Ediciones del Sur, 2018",
                 "Azafrán escribe despacio. Me gustó mucho esta novela.") == ("El huerto de sal", "Azafrán")
    assert _read("Ramuz, La grande peur, Éditions du Lac, 2019", "Le roman de Ramuz est sombre. Ramuz décrit la nuit.") \
        == ("La grande peur", "Ramuz")
    assert _read("Vettore, Il ponte di vetro, Edizioni del Lago, 2019",
                 "Il romanzo di Vettore è breve. Vettore scrive di acqua.") == ("Il ponte di vetro", "Vettore")
    assert _read("Lindgrün, Der stille Hafen, Verlag Nord, 2017",
                 "Das Buch von Lindgrün ist leise. Lindgrün erzählt knapp.") == ("Der stille Hafen", "Lindgrün")


def test_a_place_a_label_or_a_character_is_no_author():
    assert _read("Valencia, El huerto de sal, Ediciones del Sur, 2018",
                 "La novela transcurre en Valencia. Valencia huele a naranja en cada página.") is None
    assert _read("Reseña, El huerto de sal, Ediciones del Sur, 2018, 212 págs.",
                 "Reseña de una novela luminosa. Esta reseña es breve.") is None
    assert _read("Lucía, El huerto de sal, Ediciones del Sur, 2018",
                 "Lucía vuelve al pueblo. Lucía no sabe qué hacer con la casa de su madre.") is None
