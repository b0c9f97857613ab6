"""``bookcredit.plain_credit``: one author in both roles ("written and illustrated by A", "écrit et illustré par A",
"escrito e ilustrado por A", "geschrieben und illustriert von A") is a plain "by A", no second credit; a second person
after the author ("written by A and illustrated by B") is still cut. Invented titles and names."""

from __future__ import annotations

from scraper.extract.bookcredit import plain_credit


def test_both_roles_one_author():
    for text, want in (
        ("The Lost Kite, written and illustrated by Oona Frey",
         "The Lost Kite by Oona Frey"),
        ("Le Chat bleu, écrit et illustré par Lise Moreau", "Le Chat bleu by Lise Moreau"),
        ("La nube gris, escrito e ilustrado por Inés Prat", "La nube gris by Inés Prat"),
        ("Der kleine Turm, geschrieben und illustriert von Jana Vogt", "Der kleine Turm by Jana Vogt"),
        ("Il faro, scritto e illustrato da Nina Galli", "Il faro by Nina Galli"),
    ):
        assert plain_credit(text) == want, text


def test_second_person_still_cut():
    assert plain_credit("The Lost Kite, written by Oona Frey and illustrated by Sam Hale") \
        == "The Lost Kite by Oona Frey"
    assert plain_credit("Le Chat bleu de Lise Moreau et illustré par Paul Roy") == "Le Chat bleu de Lise Moreau"


def test_not_a_credit_by():
    # Russian "от", Ukrainian "від", Romanian "pe" are no credit's "by": left as they were
    for text in ("Сказка, написана и иллюстрирована от руки", "Casa pe deal, scrisă și ilustrată pe hârtie"):
        assert plain_credit(text) == text, text
