"""standfirst (holdout38 round, helper body38), in our own words and markup, with near misses: a paragraph classed as
a lead ("chapeau", "perex") but set in bold by hand that opens the box of the review's own paragraphs, two of prose
after it beside it, is the writer's opening and stays (fr, cs); the same line in a box of its own before the body's
box, or in the header, or set apart by its class alone (no bold: test_boilerplate_round24), goes.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

FR_LEAD = "Vingt ans après sa parution, le roman de la gardienne d'écluse revient en poche. Nous l'avons relu."
FR = [
    "La narratrice garde une écluse sur un canal du Nord et remarque qu'une même péniche remonte chaque semaine sans "
    "jamais redescendre ; elle commence alors à tenir un carnet sur le marinier et sur les caisses de son pont.",
    "Ce qui porte le livre, c'est la patience : le soupçon grandit sur deux cents pages sans un seul éclat de voix, et "
    "la météo sur l'eau raconte la moitié de l'histoire, brouillard, neige fondue et un dernier gel très dur.",
    "Le dernier chapitre est le plus faible, une avalanche d'explications après tant de silence, mais je le conseille "
    "à tous ceux qui aiment les énigmes lentes dans les pays froids.",
]
CS_LEAD = "Román o strážkyni zdymadla vychází po dvaceti letech znovu. Přečetli jsme ho ještě jednou."
CS = [
    "Vypravěčka hlídá zdymadlo na severním kanálu a všimne si, že tatáž loď pluje každý týden proti proudu, ale nikdy "
    "se nevrací, a tak si začne psát sešit o lodníkovi a o bednách na jeho palubě, den za dnem, celou zimu.",
    "Knihu nese trpělivost: podezření roste na dvou stech stranách bez jediného zvýšeného hlasu a počasí nad vodou "
    "vypráví polovinu příběhu, mlha, plískanice a jeden tvrdý mráz v posledních kapitolách románu.",
    "Poslední kapitola je nejslabší, příval vysvětlení po tolika tichých stranách, ale přesto ji doporučím všem, kdo "
    "mají rádi pomalé hádanky v chladných krajích.",
]


def test_lead_paragraph_opening_the_text_box_stays_fr_cs():
    text, rules = cleaned(f"<p class='chapeau'><strong>{FR_LEAD}</strong></p>" + paras(*FR), "journal.example.dz")
    assert FR_LEAD in text and "standfirst" not in rules
    text, rules = cleaned(f"<p class='article-perex'><b>{CS_LEAD}</b></p>" + paras(*CS), "noviny.example.cz")
    assert CS_LEAD in text and "standfirst" not in rules


def test_lead_in_a_box_of_its_own_goes_fr_cs():
    _, rules = cleaned(f"<p class='chapeau'>{FR_LEAD}</p>" + paras(*FR), "journal.example.dz")
    assert "standfirst" in rules  # (its class alone sets it apart: the publishing system's field)
    page = f"<div class='chapeau'><p><strong>{FR_LEAD}</strong></p></div><div class='texte'>{paras(*FR)}</div>"
    _, rules = cleaned(page, "journal.example.dz")
    assert "standfirst" in rules
    page = f"<header class='head'><h1>Zdymadlo</h1><p class='perex'>{CS_LEAD}</p></header><div class='body'>{paras(*CS)}</div>"
    _, rules = cleaned(page, "noviny.example.cz")
    assert "standfirst" in rules


def test_lead_with_one_paragraph_beside_it_goes():
    # the lead beside one paragraph only, the rest of the text in a box after them: not the text's own box
    page = f"<div class='top'><p class='chapeau'><strong>{FR_LEAD}</strong></p>{paras(FR[0])}</div><div class='texte'>{paras(*FR[1:], FR[0])}</div>"
    _, rules = cleaned(page, "journal.example.dz")
    assert "standfirst" in rules
