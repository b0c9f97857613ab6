"""A critic's fault granted, hedged or conceded, in more languages and forms (reservation.reserves): the whole's parts
conceded ("not every poem lands", "nicht jede Geschichte zündet", "tous les poèmes ne fonctionnent pas", "no todos
los cuentos convencen", "non tutti i racconti convincono"), preachy or dated passages, Tagalog, Marathi, the Arabic
"repetitive pages", the Tamil ending. Sentences of our own; near misses: the same words as praise or negated, a
reported judgement, a blurb's praise by negation."""

from __future__ import annotations

import pytest

from scraper.extract.reservation import reserves


@pytest.mark.parametrize("sentence", [
    "Not every story lands, and a couple of the shorter pieces read like sketches.",
    "Nicht jede Geschichte zündet, aber die langen Erzählungen tragen den Band.",
    "Tous les poèmes ne fonctionnent pas, mais l'ensemble reste d'une grande justesse.",
    "No todos los cuentos convencen, aunque los mejores son memorables.",
    "Non tutti i racconti convincono, ma la raccolta resta preziosa.",
    "Some chapters are a little preachy, but the heart of the novel is generous.",
    "A few of the jokes have dated, though the sketches of village life still shine.",
    "Medyo mabagal ang simula ng kuwento, pero sulit ang wakas.",
    "Paminsan-minsan parang sermon ang mga usapan ng mga tauhan, ngunit tapat ang nobela.",
    "कथानक काही ठिकाणी संथ होतं, पण शेवट जबरदस्त आहे.",
    "काही विनोद आज थोडे बोथट वाटतात, तरीही पुस्तक वाचनीय आहे.",
    "قد تبدو بعض الفصول متكررة، لكن اللغة آسرة.",
    "நாவலின் முடிவு சற்று அவசரமாக எழுதப்பட்டது போலத் தோன்றுகிறது, ஆனால் நாவல் முக்கியமானது.",
])
def test_reserves(sentence):
    assert reserves([sentence])


@pytest.mark.parametrize("sentence", [
    "Every story lands, and some of them hit harder than anything I read this year.",  # praise
    "The critics said not every poem lands, but the jury disagreed.",  # reported
    "Hindi mabagal ang kuwento, pero minsan nakakatawa.",  # tl negated: not slow
    "काही विनोद अजिबात बोथट नाहीत, उलट आजही ताजे आहेत.",  # mr negated
    "Some readers will love the preachers in this town, but the story is about their daughters.",  # no fault word
    "The novel never feels dated, and some chapters are wonderful.",  # negated
    "சில மையங்களில் முடிவுகள் மெதுவாக வந்தன, ஆனால் இன்று அறிவிக்கப்படும்.",  # ta: results (not the ending) came slowly
])
def test_does_not_reserve(sentence):
    assert not reserves([sentence])
