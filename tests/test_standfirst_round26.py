"""The standfirst under the book's card (standfirst.py), on pages of our own words and markup.

Under the headline, a review magazine may set the book's card (author, title, publisher: short lines) and only then the
standfirst in the box the publishing system names for it ("perex", "chapeau"): that standfirst is left out of the
body's text like one right under the headline; the card's lines stay, and an unclassed sentence after the card stays.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body

CS = ["Román sleduje jednu zimu v malém horském městě, kde se po zavření pily všichni pomalu rozjíždějí a zůstávají jen staří lidé a jejich psi, kteří si pamatují lepší časy.",
      "Autorka píše úsporně, ale každá věta má váhu, a dialogy mezi sousedy jsou vtipné i smutné zároveň, jak to v malých místech bývá, když se všichni znají odmala.",
      "Prostřední část je trochu rozvláčná, přesto jsem knihu dočetla za dva večery a ještě dlouho na ni myslela, hlavně na starou pošťačku a její sešit dluhů."]
FR = ["Le roman suit un hiver dans une petite ville de montagne où, après la fermeture de la scierie, tout le monde s'en va peu à peu et seuls restent les vieux et leurs chiens.",
      "L'autrice écrit avec économie, mais chaque phrase porte, et les dialogues entre voisins sont drôles et tristes à la fois, comme souvent dans les petits endroits.",
      "La partie centrale traîne un peu, pourtant j'ai lu le livre en deux soirées et j'y ai longtemps repensé, surtout à la vieille factrice et à son carnet de dettes."]


def _cleaned(card: list[str], lead: str, lead_class: str, review: list[str]) -> tuple[str, list[str]]:
    inner = ("<h1>Zima v horách</h1><div class='book'>" + "".join(f"<p>{t}</p>" for t in card) + "</div>"
             f"<p class='{lead_class}'>{lead}</p><div class='text'>" + "".join(f"<p>{t}</p>" for t in review) + "</div>")
    body = lxml.html.fromstring(f"<html><body><div class='article'>{inner}</div></body></html>").cssselect(".article")[0]
    report = CleanReport()
    clean_body(body, "revue.example", report)
    return [r.text for r in report.removed if r.rule == "standfirst"], [r.rule for r in report.removed]


def test_a_classed_standfirst_under_the_books_card_is_left_out():
    for card, lead, name, review in ((["Eva Malá", "Zima v horách", "Host, Brno 2026, 280 s."], "Tichý román o lidech, kteří zůstali, když všichni odešli.", "perex", CS),
                                     (["Ève Petit", "L'Hiver en montagne", "Verdier, 2026, 280 p."], "Un roman discret sur ceux qui restent quand tout le monde part.", "chapeau", FR)):
        standfirsts, rules = _cleaned(card, lead, name, review)
        assert standfirsts == [lead], rules
        assert not any(line in standfirsts for line in card)


def test_an_unclassed_sentence_after_the_card_stays():
    lead = "Tichý román o lidech, kteří zůstali, když všichni odešli."
    standfirsts, rules = _cleaned(["Eva Malá", "Zima v horách"], lead, "note", CS)
    assert standfirsts == [], rules
