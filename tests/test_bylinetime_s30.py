"""The labelled byline under the headline with the engine's reading time after its date ("Yazan: A · 3 Aralık 2026 · 6
dk okuma", "Autor: A · 3. Dezember 2026 · 5 Min. Lesezeit"): the reading time goes with the row (datelines'
_labelled_byline reads the date's tail without it). Near misses: a review's info line with a date and no writer's name,
a labelled line whose tail after the date is words of its own."""

from __future__ import annotations

import pytest

from lxml import html as lxml_html

from scraper.extract.datelines import dateline

_TEXT = ("<p>The novel follows three sisters through one winter in a harbour town; each chapter adds a small weight "
         "to their silence, and the last pages make it speak at last, quietly and without a single false note.</p>"
         "<p>What I liked best is how the town itself becomes a character, and the prose never hurries anyone.</p>")


def _rule(line: str) -> str | None:
    """What ``datelines.dateline`` says of the line opening the post body, the text after it."""
    body = lxml_html.fromstring(f"<div><div>{line}</div>{_TEXT}</div>")
    return dateline(body[0], body, 0)


BYLINES = [
    "Yazan: Deniz Arman · 4 Aralık 2026 · 7 dk okuma",
    "Autorin: Lena Hoff · 3. 12. 2026 · 5 Min. Lesezeit",
    "Autora: Clara Morán | 03/12/2026 | 9 minutos de lectura",
    "Words: Ann Lee · 03.12.2026 · 6 min read",
]


@pytest.mark.parametrize("line", BYLINES)
def test_byline_with_reading_time_is_a_dateline(line):
    assert _rule(line) == "dateline"


# (the reviewer's reading line opening the text: a label and a date, no writer's name before it; a tail of words)
KEPT = [
    "Read: 03.12.2026 · 6 min read a night",
    "Okundu: 04.12.2026 · 7 dk okuma",
    "Yazan: Deniz Arman · 4 Aralık 2026 · uzun bir kış gecesinde okudum",
]


@pytest.mark.parametrize("line", KEPT)
def test_reading_lines_without_a_writer_stay(line):
    assert _rule(line) is None
