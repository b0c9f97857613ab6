"""ratingglyphs.closing_grade, widened again (rev34h): a closing "my …: B+" whose clause names a verdict or an opinion
(en "verdict", "take", fr "avis", it "verdetto", es "veredicto", pt "veredito", de "Urteil", nl "oordeel",
pt "opinião") is the review's grade, as one naming a mark is; a choice ("My pick …: A") and lettered options stay no
grade (rev34f)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.ratingglyphs import closing_grade


def _post(lang: str, line: str) -> str:
    body = ("<p>The story follows a lighthouse keeper's daughter through the summer the lamp is automated, and "
            "the family has to decide whether to leave the rock for the mainland town.</p>"
            "<p>Ide writes the small routines beautifully: the logbook, the brass, the supply boat on Thursdays. "
            "The daughter is sharp and funny, and her father's silences say more than his letters.</p>"
            "<p>The last third hurries, and one storm too many, but I closed it happy.</p>"
            f"<p>{line}</p>")
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>The Keeper’s Summer</title></head><body>'
            f'<article class="post"><h1>The Keeper’s Summer by Mara Ide</h1><div class="entry-content">{body}'
            '</div></article></body></html>')


@pytest.mark.parametrize("line,raw", [
    ("Mon avis final : A-", "A-"), ("Il mio verdetto: B+", "B+"), ("My take: B+", "B+"),
    ("Mein Urteil: B", "B"), ("Mi veredicto final: A", "A"), ("Mijn oordeel: C+", "C+"),
    ("Minha opinião: B-", "B-"), ("Il mio giudizio: A-", "A-"), ("Our verdict, after two meetings: B", "B"),
])
def test_a_verdict_or_opinion_clause_gives_the_grade(line, raw):
    found = closing_grade(["A quiet, exact book.", line])
    assert found is not None and found[0] == raw, (line, found)
    record = extract_page(_post("en", line), "https://keeper.example.org/keepers-summer/")
    assert record.rating_raw == raw, (line, record.rating_raw)


def test_choices_and_options_stay_no_grade():
    for line in ("My pick for the next meeting: A", "My answer to the last question: B", "Mon choix : C"):
        assert closing_grade([line]) is None, line
    assert closing_grade(["Which map do you like, (A) or (B)?", "My take on the maps: B"]) is None
