"""A warning's label addressed to the readers it warns (cwaudience): "Avertissement pour les parents :" warns whatever
it lists; a label qualified otherwise ("Attention, long read:") still needs a hard thing named after it."""

import pytest

from scraper.extract import extract_page

FILLER = {
    "fr": ("<p>Le roman suit deux frères qui traversent la France occupée pour rejoindre leur père dans le Sud. Le récit "
           "avance par petites étapes, une gare, une ferme, un passeur, et chaque étape a son ton.</p>"
           "<p>J'ai aimé la voix du cadet, drôle et têtue, et la façon dont l'auteur laisse les adultes hors champ. "
           "La fin m'a semblé un peu rapide, mais le voyage vaut la lecture.</p>"),
    "de": ("<p>Der Roman begleitet zwei Schwestern, die nach dem Tod der Großmutter deren Haus an der Küste räumen. "
           "Jedes Zimmer öffnet eine alte Geschichte, und die beiden streiten fast über jede.</p>"
           "<p>Mir gefiel der trockene Humor und wie ruhig die Autorin erzählt. Das Ende ist offen, aber stimmig.</p>"),
    "es": ("<p>La novela sigue a una maestra rural que llega a un pueblo de montaña el invierno en que cierran la mina. "
           "Los vecinos la reciben con desconfianza y los niños con curiosidad.</p>"
           "<p>Me gustó la paciencia del relato y los diálogos, secos y exactos. El final es abierto pero justo.</p>"),
    "en": ("<p>The novel follows a lighthouse keeper's daughter through the winter the ferry stops coming. Very little "
           "happens in the first hundred pages, and that is the point.</p>"
           "<p>What held me was the voice: dry, exact and often funny about the weather and the neighbours. The last "
           "third opens a family story I will not spoil here.</p>"),
}
TITLE = {"fr": "Le passeur de Vierzon, de Paul Marchand", "de": "Das Haus am Deich von Lena Kroll",
         "es": "La maestra del valle, de Inés Robledo", "en": "The Ferry Year by Ann Holt"}


def _warnings(lang: str, note: str):
    page = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{TITLE[lang]}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{TITLE[lang]}</h1><div class="entry-content">'
            f'{FILLER[lang]}{note}</div></article></body></html>')
    return extract_page(page, f"https://lecture.example.org/{lang}/2026/12/avis/").content_warnings


@pytest.mark.parametrize("lang, note", [
    ("fr", "<p><em>Avertissement pour les parents : le livre montre des arrestations et une longue scène d'interrogatoire.</em></p>"),
    ("de", "<p>Warnung für sensible Leserinnen: Verhöre, Flucht und eine lange Hungerzeit.</p>"),
    ("es", "<p>Advertencia para padres: hay escenas de persecución y un interrogatorio largo.</p>"),
    ("en", "<p><em>A warning for younger readers: arrests, a night-time raid and a frightening interrogation.</em></p>"),
])
def test_a_label_addressed_to_parents_or_sensitive_readers_warns(lang, note):
    assert _warnings(lang, note)


@pytest.mark.parametrize("lang, note", [
    # a qualified label that addresses no readers still needs a hard thing named: these are remarks
    ("fr", "<p>Avertissement pour la suite : je vais parler de la fin dans le dernier paragraphe.</p>"),
    ("de", "<p>Warnung für den Schluss: die letzten Seiten bespreche ich unten ausführlich.</p>"),
    ("es", "<p>Advertencia para adoptar el libro en clase: es largo y lento al principio.</p>"),
])
def test_a_qualified_label_that_addresses_no_readers_needs_a_hard_thing(lang, note):
    assert not _warnings(lang, note)
