"""ratingglyphs.closing_grade, narrowed (rev34f): a closing "my …: B" is a grade only when its clause names a mark (a
rating's label word in any language, "mark", "Schulnote", "cote"), and not in a post that offers lettered options
("(A)", "option B", "A or B"). A possessive alone gives a choice, not a grade: "My pick for the next club: A", a book
tag's "My answer to the last one: B", Italian "Ma la mia preferita …: B" (where "Ma" is "but")."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.ratingglyphs import closing_grade


def _post(lang: str, lines: list[str]) -> str:
    body = ("<p>The novel follows a night-ferry cook through the last winter before the crossing closes. It is slow, "
            "warm and funny, and the galley is drawn with real affection.</p>"
            "<p>Vey is good on work: the knives, the rota, the passengers who never say thank you, the lorry drivers "
            "who bring him oranges at Christmas. His cook is stubborn and kind, and his niece, who wants him to "
            "retire, is drawn with the same care, so their quarrels never feel one-sided.</p>"
            "<p>The middle drags, and a subplot about a stolen cooker goes nowhere, but the ending is lovely.</p>"
            + "".join(f"<p>{line}</p>" for line in lines))
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>The Night Galley</title></head><body>'
            f'<article class="post"><h1>The Night Galley by Sam Vey</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


def test_a_choice_after_my_is_no_grade():
    for line in ("My pick for next month's club: A", "My answer to the final question: B",
                 "Ma la mia preferita resta questa: B", "Mi favorita de las dos: A", "Meine Wahl für den Winter: C",
                 "Mon choix pour la couverture : B", "My seat on the ferry, for the record: D"):
        assert closing_grade([line]) is None, line
        record = extract_page(_post("en", [line]), "https://blog.example.net/night-galley/")
        assert record.rating is None, (line, record.rating_raw)


def test_lettered_options_make_the_closing_letter_a_choice():
    lines = ["Which cover do you prefer, the blue one (A) or the green one (B)?", "My verdict on the covers: B"]
    assert closing_grade(lines) is None
    assert closing_grade(["Option A keeps the map, option B drops it.", "Our verdict: A"]) is None


def test_a_named_mark_still_reads():
    for line, raw in (("My mark, in pencil on the flyleaf: A-", "A-"), ("Ma note pour ce roman : B+", "B+"),
                      ("Il mio voto finale: C", "C"), ("Mijn cijfer voor dit boek: B", "B"),
                      ("Meine Schulnote: A", "A"), ("Mi calificación: B-", "B-")):
        found = closing_grade(["A slow, warm book.", line])
        assert found is not None and found[0] == raw, (line, found)
