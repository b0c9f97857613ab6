"""The bid to forward "this letter" (forwardask), narrowed: not a line of dialogue (a dash opening it: an epistolary
novel's "– Send this letter to mother"), and the plain verbs of sending or handing over (sv "skicka", da/nb "send",
fi "lähetä", pl "przekaż") only with a friend or the newsletter named beside them; the Finnish "Välitä kirjeemme"
word order is read."""

import pytest
from lxml import html

from scraper.extract.forwardask import forward_ask


def _p(text: str):
    return html.fromstring(f"<div><p>{text}</p></div>").find("p")


@pytest.mark.parametrize("line", [
    "Välitä kirjeemme ystävällesi!",
    "Lähetä tämä kirje ystävälle, joka rakastaa kirjoja.",
    "Gillade du det? Skicka detta brev till en vän!",
    "Kunne du lide det? Send dette brev til en ven.",
    "Podobało się? Przekaż ten list znajomym!",
    "Leite diesen Brief an eine Freundin weiter!",
])
def test_the_bid_to_pass_the_letter_on(line):
    assert forward_ask(_p(line))


@pytest.mark.parametrize("line", [
    "– Skicka detta brev till pappa om jag inte kommer tillbaka, säger Karin.",
    "— Przekaż ten list ojcu, jeśli nie wrócę — powiedziała Hanna.",
    "– Leite diesen Brief an den Kapitän weiter, flüstert der Junge.",
    "Hun rejser sig. Send dette brev til min søster, siger hun, og går.",
    "Hän huutaa portilta: Lähetä tämä kirje isälle huomenna.",
    "Przekaż ten list ojcu, prosi matka w przedostatnim rozdziale.",
])
def test_a_characters_errand_stays(line):
    assert not forward_ask(_p(line))
