"""A newsletter's closing bid to forward "this letter", the word it calls itself by (forwardask._FORWARD_LETTER), as a
bidding that opens its sentence; a review's plot sentence about a character forwarding a letter is not one."""

import pytest
from lxml import html

from scraper.extract.forwardask import forward_ask


def _p(text: str):
    return html.fromstring(f"<div><p>{text}</p></div>").find("p")


@pytest.mark.parametrize("line", [
    "Hat Ihnen das gefallen? Leiten Sie diesen Brief an einen Freund weiter!",
    "Vond je dit leuk? Stuur deze brief door naar een vriendin.",
    "Tyckte du om det här? Skicka vidare detta brev till en vän!",
    "Kunne du lide det? Videresend dette brev til en ven.",
    "Ti è piaciuta? Inoltra questa lettera a un'amica.",
    "¿Te gustó? Reenvía esta carta a quien quieras.",
    "Líbilo se vám? Přepošlete tento dopis kamarádce.",
    "Podobało się? Prześlij ten list znajomym.",
    "Svidjelo vam se? Proslijedite ovo pismo prijatelju.",
    "Piditkö? Välitä tämä kirje ystävällesi.",
])
def test_the_bid_to_forward_this_letter(line):
    assert forward_ask(_p(line))


@pytest.mark.parametrize("line", [
    # a plot sentence: the verb after its subject, not opening the sentence
    "Am Ende leitet sie diesen Brief an ihre Schwester weiter.",
    "Daarna stuurt Anna deze brief door naar de politie.",
    "Alla fine Marta inoltra questa lettera al giudice.",
    # the same words the reviewer uses of the book's letters
    "Die Briefe in diesem Roman leiten die Handlung weiter, einer nach dem anderen.",
])
def test_a_reviews_sentence_about_a_letter_stays(line):
    assert not forward_ask(_p(line))
