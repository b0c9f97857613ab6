"""reviewed.product_record exempts from its first-person test only the sentence of a line that bids the reader to sign
up for a newsletter (the shop's ask), not the whole line: a bookseller's pick told in the same line ("My favourite
novel this autumn: I read it in one sitting. Sign up for our newsletter for more of my picks.") still keeps the product
page from being read as a bare record. A line that is the ask alone is still exempt. Our own lines in en, de, nl, fr."""

from __future__ import annotations

from types import SimpleNamespace

from scraper.extract import reviewed


def _evidence(lines: list[str]):
    return SimpleNamespace(product_page=True, jsonld_review=False, work_clues=None, body=(tuple(lines), "\n".join(lines)))


def _page(ask: str, details: tuple[str, str, str, str], stars: str) -> list[str]:
    return ["About", "A ferryman's daughter keeps the crossing running through one hard winter on the river.", ask,
            "Details", "- " + details[0], "- " + details[1], "- " + details[2], "- " + details[3], "Reviews", stars]


PICKS = [
    ("My favourite novel this winter: I read it in one sitting. Sign up for our newsletter for more of my picks.",
     ("Publisher", "River Books", "ISBN", "9781234509876"), "★★★★☆ Lovely."),
    ("Mein Lieblingsroman in diesem Winter, ich habe ihn in einer Nacht gelesen. Melde dich an für unseren Newsletter!",
     ("Verlag", "Flussverlag", "ISBN", "9783123456780"), "★★★★★ Toll."),
    ("Ik heb dit boek in één avond uitgelezen. Schrijf je in voor onze nieuwsbrief en mis geen tips.",
     ("Uitgeverij", "Het Veer", "EAN", "9789012345672"), "★★★★☆ Mooi."),
    ("Je l'ai lu d'une traite, mon coup de cœur de l'hiver. Inscrivez-vous à notre infolettre pour nos choix.",
     ("Éditeur", "Éditions du Fleuve", "ISBN", "9782123456789"), "★★★★☆ Très beau."),
]


def test_a_booksellers_pick_beside_the_newsletter_ask_in_one_line_keeps_the_page_from_being_a_record():
    for ask, details, stars in PICKS:
        assert reviewed.product_record(_evidence(_page(ask, details, stars)), True) is None, ask


def test_the_ask_alone_in_its_line_is_still_the_shops():
    for ask, details, stars in (
            ("Sign up for our newsletter for more picks every month.", PICKS[0][1], PICKS[0][2]),
            ("Inscrivez-vous à notre infolettre : je vous envoie chaque mois nos nouveautés.", PICKS[3][1], PICKS[3][2]),
            ("Blurb over. Meld je aan voor onze nieuwsbrief: ik stuur je elke week tips.", PICKS[2][1], PICKS[2][2])):
        found = reviewed.product_record(_evidence(_page(ask, details, stars)), True)
        assert found and found[0] == "listing", ask
