"""bookpenname.by_pen_name (rev32c): "Label: T <by> A" with a one-word A reads A as the author where the text names A
in a writer's place (a by-word or an author's noun: "die Autorin A", "l'écrivain A", "a novel by A"), or as a writing or
telling verb's subject only where the text gives writing to no one else: an epistolary plot's letter writer, a
character, opens sentences so ("Clara erzählt …", "Grace writes about …"). Our own words."""

from __future__ import annotations

import pytest

from scraper.extract.bookpenname import by_pen_name


@pytest.mark.parametrize("heading, text, expected", [
    ("Rezension: Die Fähre von Lindqvar", "Die Autorin Lindqvar lebt am See. Ein ruhiges Buch.",
     ("Die Fähre", "Lindqvar")),
    ("Critique : Le Phare de Morvane", "L'écrivain Morvane vit en Bretagne. Un livre lent.", ("Le Phare", "Morvane")),
    ("Recensione: Il molo di Ardesio", "È un romanzo di Ardesio, breve e freddo.", ("Il molo", "Ardesio")),
    ("Review: The Ice Road by Quillon", "Quillon, the author, grew up by the sea.", ("The Ice Road", "Quillon")),
    # a telling verb where no one else in the text writes
    ("Rezension: Der Schiffbruch von Marenbach", "Marenbach erzählt davon ohne Scheu. Das Floß treibt dreizehn Tage.",
     ("Der Schiffbruch", "Marenbach")),
])
def test_a_one_word_name_in_a_writers_place(heading, text, expected):
    book = by_pen_name(None, heading, text)
    assert book is not None and (book.title, book.author) == expected


@pytest.mark.parametrize("heading, text", [
    ("Rezension: Die Briefe von Henrike", "Ein Briefroman: ab 1914 schreibt eine Näherin an ihre Schwester. Henrike "
     "erzählt vom Hunger und von der Fabrik."),
    ("Review: Kept by Mercy", "A widow starts writing to her late son every night. Mercy writes about the orchard and "
     "the neighbours."),
    ("Critique : Les Cahiers de Solène", "Une adolescente se met à écrire un journal. Solène raconte le lycée et la "
     "mer."),
    ("Reseña: Las cartas de Amparo", "Una maestra empieza a escribir a su hermano. Amparo cuenta la escuela y el "
     "frío."),
])
def test_a_letter_writing_character_is_no_author(heading, text):
    assert by_pen_name(None, heading, text) is None
