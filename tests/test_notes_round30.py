"""Notes (round 30, NOTES4): a Russian disclosure with the giver after its verb, a warning label opening on an article
or a "small" (pt, es, it, sv), Greek and Scandinavian ways of saying what a book deals with, Scandinavian hard things,
and Portuguese "no" ("in the"), which is no negation. Our own words and markup; near misses after each."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes
from scraper.extract.notewords import names_hard_thing

_REVIEW = (
    "\n\nПервый абзац рецензии: сюжет, герои и город, где всё происходит, с парой наблюдений о языке и ритме прозы.\n\n"
    "Второй абзац рецензии о том, что получилось у автора хуже, и почему середина книги провисает на сотню страниц.\n\n"
    "Третий абзац с выводом: кому книгу советовать и что читать после неё, если понравится такая интонация."
)
_LATIN = (
    "\n\nThe first paragraph of the review tells what happens in the novel, who the people are and where it is set.\n\n"
    "The second paragraph weighs the prose and the pacing, the middle that sags and the ending that pays off.\n\n"
    "The third paragraph says who should read it and what to pick up next if its tone appeals."
)


@pytest.mark.parametrize("note", [
    "Честно предупреждаю: книгу мне прислало издательство «Полка», бесплатно.",
    "Признаюсь сразу: экземпляр нам любезно выслало издательство.",
    "Оговорюсь: издательство мне подарило эту книгу, но мнение моё.",
    "Книгу прислало мне издательство «Северный ветер» в октябре.",
    "Відверто кажучи: книжку мені надіслало видавництво безкоштовно.",
])
def test_russian_giver_after_its_verb_is_a_disclosure(note):
    assert read_notes(note + _REVIEW).disclosure


@pytest.mark.parametrize("note", [
    "Мне кажется, издательство поспешило с тиражом и корректурой.",
    "Мне прислала книгу подруга, которая работает корректором.",
    "Нам прислали анкету из издательства, но книгу мы купили сами.",
    "Издательство: «Полка», 2026, 380 страниц.",
])
def test_russian_near_misses_are_no_disclosure(note):
    assert read_notes(note + _REVIEW).disclosure is None


@pytest.mark.parametrize("note", [
    "*Um aviso a quem for ler: o livro tem cenas de violência doméstica e um suicídio.*",
    "Um pequeno aviso: há no livro uma descrição longa de tortura.",
    "Una advertencia para lectores sensibles: hay escenas de tortura y violencia.",
    "Un'avvertenza per chi legge: il romanzo descrive uno stupro.",
    "En varning till känsliga läsare: boken skildrar en mammas död i cancer.",
    "Advarsel til sensitive lesere: boka handler om alkoholisme og selvskading.",
    "OBS: boken handlar om självmord och sorg.",
    "**Προσοχή:** στο μυθιστόρημα γίνεται λόγος για κακοποίηση παιδιών.",
    "Προσοχή: το βιβλίο πραγματεύεται την αυτοκτονία ενός εφήβου.",
    "Eine kleine Warnung vorab: Das Buch beschreibt Gewalt gegen Kinder.",
    "Warnung: Suizid, Trauer, Krieg.",
])
def test_warning_labels_and_their_ways_of_saying(note):
    assert read_notes(note + _LATIN).content_warnings


@pytest.mark.parametrize("note", [
    "Um aviso: este livro é longo demais para as férias.",
    "Una advertencia: no hay violencia explícita en todo el libro.",
    "Aviso aos leitores: não há violência no livro, apesar do título.",
    "En varning till den som har bråttom: kapitlen är väldigt långa.",
    "OBS: boken handlar om en sommar i skärgården.",
    "Προσοχή: δεν γίνεται λόγος για βία, παρά τον τίτλο.",
    "Προσοχή: γίνεται λόγος για ένα νησί και τους ανθρώπους του.",
    "Un avis rapide : le livre est long mais se lit vite.",
    "Warnung: Das Buch hat neunhundert Seiten und keinen Stammbaum.",
    "Eine Warnung an Ungeduldige: die ersten Kapitel ziehen sich.",
])
def test_warning_near_misses(note):
    assert read_notes(note + _LATIN).content_warnings is None


def test_portuguese_in_the_is_no_negation_but_spanish_no_is():
    assert names_hard_thing("há no romance cenas de violência")
    assert names_hard_thing("no capítulo final há um suicídio")
    assert not names_hard_thing("no hay violencia en el libro")
    assert not names_hard_thing("there is no violence at all")
    assert not names_hard_thing("não há violência no romance")
