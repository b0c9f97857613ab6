"""rev34g: the critic's fault in English (reservation._FAULT) narrowed: "didactic" and "dated" only as the reading's
impression (after feels/seems/reads, or "has dated" with no object), and the whole's parts conceded ("not every poem
lands") only with a piece of the craft right after and a verb of working (de, fr, es, it the same). A launch notice's
"by turns playful and didactic", "not all of these works have appeared in translation", a blurb's heroine who "has
never dated a musician" and a manuscript "dated to 1450" grant no fault. Sentences of our own."""

from __future__ import annotations

import pytest

from scraper.extract.reservation import reserves


@pytest.mark.parametrize("text", [
    "The middle section feels a little dated, though the ending shines.",
    "Some of the essays feel didactic, but the prose is clean throughout.",
    "A few of the jokes have dated, though the sketches of village life still shine.",
    "Not every story quite lands, but the collection is warm.",
    "Nicht alle Gedichte zünden, aber der Band ist stark.",
    "Tous les poèmes ne fonctionnent pas, mais le recueil est beau.",
    "No todos los cuentos convencen, pero el libro vale la pena.",
    "Non tutti i racconti convincono, ma la raccolta è preziosa.",
])
def test_fault_granted(text):
    assert reserves([text])


@pytest.mark.parametrize("text", [
    "The book gathers twelve stories, by turns playful and didactic, but always warm.",
    "Not all of these works have appeared in English before, but several stories are new.",
    "Our heroine has never dated a musician, but the summer tour changes everything.",
    "The manuscript has been dated to 1450, though some pages were added later.",
    "Not every entry works for the prize, but the jury read all the stories.",
    "Nicht alle Texte sind neu, aber die Geschichten wurden überarbeitet.",
])
def test_no_fault(text):
    assert not reserves([text])


def test_french_nouvelles_as_news_is_no_craft():
    assert reserves(["Certaines nouvelles sont un peu répétitives, mais le recueil est beau."])
    assert not reserves(["Bonnes nouvelles : le tome 2 est un peu répétitif par endroits, mais il avance."])
