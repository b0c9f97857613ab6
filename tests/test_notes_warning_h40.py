"""Content warnings, holdout40 round (helper notes40), in our own words:

- the hard things a warning names, in es/pt/gl/ca (abortion, murder, kidnapping, ill-treatment, rape, eating disorders)
  and abortion in fr/de/it/nl (notewords.HARD_THING), so that a qualified notice label ("Aviso para quien lo vaya a
  leer:") warns when it names one;
- the South Slavic languages (sr/bs in both scripts, hr, mk, bg, sl): their hard things (violence, abuse, torture, rape)
  and their words for a mention or a depiction (notewords.HARD, DEPICT), so that a note under any label on top
  ("Напомена:", "Napomena:", "Бележка:") warns when it says the text mentions hard things;
- a plot summary's label on top ("Plot:", "Sinopsis:", "Радња:") opens no note (notewarnings.plot_label).

Near misses: a plot summary naming violence with no label, a notice of length, a summary labelled as one, a note saying
there is none.
"""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes
from scraper.extract.notewarnings import plot_label
from scraper.extract.notewords import names_hard_thing

ES_BODY = ("La novela sigue a dos hermanas que heredan una casa en la sierra y deciden pasar allí el invierno, entre "
           "discusiones, cartas viejas y visitas de vecinos que saben más de lo que dicen.")
SR_BODY = ("Роман прати две сестре које наслеђују кућу на планини и одлучују да ту проведу зиму, између свађа, старих "
           "писама и посета суседа који знају више него што говоре.")


def _opening(note: str, body: str) -> str | None:
    return read_notes("\n\n".join([note, body, body, body])).content_warnings


@pytest.mark.parametrize("note", [
    "Aviso para quien vaya a leerla: hay un aborto clandestino y una muerte muy dura en el tercer capítulo.",  # es
    "Advertencia para lectores sensibles: la novela incluye malos tratos a una niña.",  # es
    "Aviso para quem vai ler: há um sequestro e maus-tratos descritos com algum pormenor.",  # pt
    "Aviso para quen o vaia ler: hai un asasinato e unha agresión sexual no medio do libro.",  # gl
    "Avís per a qui el llegeixi: hi ha un avortament i un segrest narrats sense estalviar res.",  # ca
])
def test_iberian_qualified_notice_names_hard_things(note):
    assert _opening(note, ES_BODY) == note.split(":", 1)[1].strip()


@pytest.mark.parametrize("word", ["aborto", "avortement", "Abtreibung", "abortus", "asesinato", "maltrato", "secuestro",
                                  "violació", "anorexia"])
def test_hard_things_in_latin_languages(word):
    assert names_hard_thing(f"hay {word} en el libro")


@pytest.mark.parametrize("note", [
    "Напомена: у роману се помињу насиље у породици и злостављање детета.",  # sr Cyrillic
    "Napomena: u romanu se spominju nasilje u obitelji i mučenje zatvorenika.",  # hr
    "Napomena: u knjizi se opisuje silovanje i ubistvo.",  # bs
    "Забелешка: во книгата се споменува насилство и самоубиство.",  # mk
    "Бележка: в романа се описва насилие и смърт на дете.",  # bg
    "Opomba: v romanu se omenja nasilje in samomor.",  # sl
])
def test_south_slavic_note_on_top_warns(note):
    assert _opening(note, SR_BODY) == note.split(":", 1)[1].strip()


@pytest.mark.parametrize("note, body", [
    # a plot summary naming violence, no label: the review's own paragraph
    ("Роман описује насиље у логору и смрт једног младог човека, а прича се прича из три угла.", SR_BODY),
    ("La novela narra un aborto clandestino en el Madrid de posguerra y la miseria de las chabolas.", ES_BODY),
    # a plot summary under its label
    ("Радња: роман описује насиље у логору и смрт једног младог човека.", SR_BODY),
    ("Radnja: roman opisuje nasilje u logoru i smrt mladog čovjeka.", SR_BODY),
    ("Sinopsis: la novela describe la violencia en un campo de prisioneros.", ES_BODY),
    ("Plot: the novel depicts violence in a camp and the death of a young man.", ES_BODY),
    # a notice of length, a note saying there is none
    ("Aviso para quien vaya a leerla: son casi ochocientas páginas y conviene tomárselo con calma.", ES_BODY),
    ("Напомена: у роману нема описа насиља, упркос корицама.", SR_BODY),
    ("Бележка: в романа няма описания на насилие.", SR_BODY),
])
def test_near_misses_warn_of_nothing(note, body):
    assert _opening(note, body) is None


def test_plot_label_is_a_whole_label():
    assert plot_label("Handlung: ein Krieg")
    assert not plot_label("Inhaltswarnung: Gewalt")
    assert not plot_label("Напомена: насиље")
