"""scraper.extract.notes: a copy received through a reading platform's partnership (fr "partenariat", pt "parceria") and
an Esperanto review copy ("recenza ekzemplero", sent or received) are free-copy disclosures; a German warning note naming
an addiction by its substance, neglect or a death in the family ("Drogensucht", "Verwahrlosung", "Todesfall") warns.
Near misses: a partnership inside the story, a present from family, longing and jealousy."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

_BEFORE = "Premier paragraphe de la critique, assez long pour être un vrai paragraphe du billet."
_AFTER = "Dernier paragraphe de la critique, sur les personnages et la fin du roman."


def _notes(line: str):
    return read_notes(f"{_BEFORE}\n\n{line}\n\n{_AFTER}")


@pytest.mark.parametrize("line", [
    "Roman reçu grâce à un partenariat entre le site Lectures Vives et les éditions du Phare, merci !",  # fr
    "Exemplar? Não: livro recebido em parceria com a editora Aurora, obrigada pelo envio!",  # pt
    "La eldonejo sendis al mi recenzan ekzempleron de la romano.",  # eo
    "Mi ricevis senpagan ekzempleron de la aŭtoro.",  # eo, a free copy
])
def test_disclosures(line):
    assert _notes(line).disclosure


@pytest.mark.parametrize("line", [
    "Le partenariat des deux détectives, merci à l'autrice pour ce duo, porte tout le roman.",
    "Mi ricevis la libron de mia onklino kiel donacon por Kristnasko.",
    "A parceria entre as duas irmãs é o coração da história.",
])
def test_not_disclosures(line):
    assert not _notes(line).disclosure


@pytest.mark.parametrize("line", [
    "*Hinweis: Im Roman geht es um die Drogensucht der Mutter, Verwahrlosung und einen Todesfall.*",
    "*Hinweis: Das Buch thematisiert Magersucht und die Vernachlässigung eines Kindes.*",
])
def test_german_warnings(line):
    assert _notes(line).content_warnings


@pytest.mark.parametrize("line", [
    "*Hinweis: Im Roman geht es um Sehnsucht, Eifersucht und einen langen Sommer.*",
    "*Hinweis: Die Fortsetzung erscheint im Herbst.*",
])
def test_not_german_warnings(line):
    assert not _notes(line).content_warnings
