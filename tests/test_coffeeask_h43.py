"""The writer's ask for a coffee paid by a QR code, a payment service or a transfer (tipask's coffee shape, helper
bodynotes43 of the holdout43 round), in our own words and markup: a short closing line bidding the reader buy or send
the writer a coffee (en, cs, pl, de, fr, ru, es) and naming the way to pay (a QR code, PayPal, a bank transfer) goes;
near misses: a coffee in the story ("we went for a coffee"), a coffee bid with no way to pay and no widget, a payment
word in the review's own sentence, a line with a score, the ask followed by the review's long paragraph.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.tipask import tip_ask
from tests.cleaning import cleaned, paras

CS = [
    "Román sleduje noční sestru z přímořského městečka, které začnou chodit dopisy pro pacienta, jenž zemřel před lety, "
    "a ona se rozhodne proti všem pravidlům oddělení odpovídat jeho jménem.",
    "Kniha stojí na zdrženlivosti: autorka nám nikdy neříká, co si o té volbě myslet, a krátké prosté dopisy nesou víc "
    "smutku než jakákoli řeč.",
    "Uprostřed se to trochu vleče, ale posledních čtyřicet stran patří k tomu nejlepšímu, co jsem letos četl.",
]
EN = [
    "The novel follows a night-shift nurse in a coastal town who starts receiving letters addressed to a patient who "
    "died years before, and decides, against every rule of her ward, to answer them in his name.",
    "What makes it work is the restraint: the author never tells us what to think of her choice, and the letters "
    "themselves, short and plain, carry more grief than any speech could.",
    "It drags a little in the middle, but the last forty pages are as good as anything I have read this year.",
]


def _line(text: str):
    return fragment_fromstring(f"<p>{text}</p>")


def test_coffee_asks_with_a_way_to_pay_in_several_languages():
    body = fragment_fromstring("<div></div>")
    for text in (
        "Enjoying these write-ups? Buy me a coffee through PayPal, the link sits on my profile page.",
        "Baví vás můj deník? Pošlete mi něco na kávu převodem, číslo účtu je v sekci o blogu.",
        "Podoba ci się blog? Postaw mi kawę, BLIK albo przelew, dane znajdziesz w zakładce kontakt.",
        "Gefällt dir mein Blog? Spendier mir einen Kaffee per PayPal oder Überweisung.",
        "Vous aimez mes chroniques ? Offrez-moi un café par virement, les détails sont sur la page contact.",
        "Нравится блог? Можно скинуть на кофе по QR-коду со страницы об авторе.",
        "¿Te gusta el blog? Invítame a un café por Bizum, el número está en la página de contacto.",
    ):
        assert tip_ask(_line(text), body), text


def test_coffee_near_misses():
    body = fragment_fromstring("<div></div>")
    for text in (
        "After the funeral the two sisters go for a coffee and finally talk about the money.",
        "Pak spolu zajdou na kávu a poprvé si promluví o penězích.",
        "Buy me a coffee and I will tell you the ending, says the narrator's brother.",
        "She pays for everything by PayPal, which becomes a clue in the last chapter.",
        "Gefällt dir mein Blog? Spendier mir einen Kaffee per PayPal! Wertung: 4/5",
    ):
        assert not tip_ask(_line(text), body), text


def test_the_closing_coffee_ask_goes_cs_en():
    for paragraphs, ask in (
        (CS, "Líbí se vám můj čtenářský deník? Pošlete mi na kafe QR kódem, najdete ho v patičce webu."),
        (EN, "Like what you read here? Send me a coffee via Ko-fi, the link is on my about page."),
    ):
        text, rules = cleaned(paras(*paragraphs, ask), "ctenar.example.cz")
        assert ask not in text and ("tip ask" in rules or paragraphs is EN)
        assert paragraphs[-1] in text


def test_a_coffee_ask_before_the_reviews_long_paragraph_stays():
    ask = "Líbí se vám můj čtenářský deník? Pošlete mi na kafe QR kódem, najdete ho v patičce webu."
    text, _ = cleaned(paras(CS[0], ask, CS[1] + " " + CS[0]), "ctenar.example.cz")
    assert ask in text
