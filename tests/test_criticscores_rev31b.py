"""Code review rev31b, in our own words: classify took a post whose headline reads one book and whose only scores are
quoted ones for a round-up of other readers ("other"), even where the headline labels it a review or the writer says
they read or recommend the book: a review that quotes three critics' scores is still a review. Now the quoted-ratings
rule leaves such a post alone; a club's round-up of its members' scores, in no one's own voice, is still "other".

Fires (still a round-up): a club's members' scores (fr). Near misses: labelled reviews quoting critics (en, de), an
unlabelled review in the writer's voice reading and recommending the book (es).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page


def _page(title: str, paragraphs: list[str], lang: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><title>{title}</title></head><body class="single-post"><article class="post">'
            f'<h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div></article></body></html>'
            ).encode()


REVIEWS = [
    ("en", "Review: The Glass Orchard by Mara Quill", [
        "Mara Quill's third novel follows two sisters who inherit an orchard in a bad year: Ada, who wants to sell, "
        "and Bea, who wants to stay. I read it over a wet weekend and have mixed feelings about it.",
        "The critics could not agree, which surprised me.",
        "The Morning Post called it “her finest yet” and gave it 5/5.",
        "The Evening Ledger said “a long, grey slog” with 2/5.",
        "Northern Review found it “gentle and maddening” at 3/5.",
        "I agree with each of them on different pages. Ada's chapters are brisk and cold, Bea's warm and slow, and the "
        "frost chapter near the end is as good as anything Quill has written.",
    ]),
    ("de", "Rezension: Das Haus im Moor von Greta Feld", [
        "Greta Felds zweiter Roman erzählt von zwei Brüdern, die nach dem Tod der Mutter das alte Haus im Moor "
        "ausräumen und dabei auf Briefe stoßen, die keiner von ihnen kannte. Ein stilles, schweres Buch.",
        "Die Kritik war sich uneins.",
        "Das Morgenblatt schrieb „ein großer Wurf“ und gab 5/5.",
        "Die Abendpost fand es „zäh und grau“: 2/5.",
        "Der Nordkurier nannte es „klug, aber kalt“, 3/5.",
        "Mir ging es mit dem Buch wie allen dreien, je nach Kapitel. Die Briefe der Mutter sind das Stärkste daran, "
        "die Gegenwart der Brüder bleibt blasser, als sie sein müsste.",
    ]),
    ("es", "El cuarto del faro, de Inés Valle", [
        "La tercera novela de Inés Valle sigue a una farera jubilada que vuelve a la isla donde trabajó treinta años. "
        "La leí en dos tardes y todavía pienso en el final.",
        "La crítica se dividió mucho.",
        "El Diario del Sur escribió «su mejor libro» y le dio 5/5.",
        "La Gaceta habló de «una travesía gris» con 2/5.",
        "Revista Norte la llamó «tierna y desesperante», 3/5.",
        "Valle escribe frases cortas, casi telegráficas, y deja que el viento y el mar hagan el resto. Los capítulos "
        "del pasado, con el marido todavía vivo y la radio encendida toda la noche, son lo mejor del libro; los del "
        "presente, con el sobrino que quiere vender la casa, se alargan más de la cuenta.",
        "Os la recomiendo, con paciencia para el primer tercio: la isla tarda en despertar, pero cuando lo hace no "
        "hay quien la suelte.",
    ]),
]


@pytest.mark.parametrize("lang,title,paragraphs", REVIEWS)
def test_a_review_quoting_critics_scores_stays_a_review(lang, title, paragraphs):
    record = extract_page(_page(title, paragraphs, lang), "https://readingroom.example/2026/03/critics-split/")
    assert record.is_review, record.reason


def test_a_clubs_round_up_of_member_scores_is_still_no_review():
    paragraphs = [
        "En mars, le club s'est attaqué à Les Saisons du port de Jeanne Morel, et chacun a rendu sa petite fiche "
        "avec une note et une phrase avant le thé.",
        "Hélène : « Un livre qui sent le sel et le gasoil. » 8/10",
        "Marc : « Trop long, j'ai sauté les lettres du milieu. » 4/10",
        "Sophie : « Le dernier chapitre m'a achevée. » 9/10",
        "Paul : « Joli, mais je me suis perdu dans les cousins. » 6/10",
        "La moyenne tombe à 6,8. Le mois prochain, nous lirons un roman plus court, promis.",
    ]
    record = extract_page(_page("Le club a noté Les Saisons du port de Jeanne Morel", paragraphs, "fr"),
                          "https://clublecture.example/2026/03/saisons-du-port-notes/")
    assert not record.is_review, record.reason
