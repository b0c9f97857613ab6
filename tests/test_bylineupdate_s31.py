"""The by-word byline under a newspaper's headline with the engine's mark of an update after the date (the s31 round;
own words): "Por Ana Lee · 12/10/2026 09h30 · Atualizado há 3 horas", "By Tom Reed · 3 Dec 2026 · Updated 4 hours ago"
(``bylinelabels._UPDATE_FIELD``: the participle "updated" and a figure in a field of its own, and a clock with an "h").

Near misses: a field after the date in the writer's words (no figure), a review sentence opening on a by-word, a line
whose update field is followed by more words than a byline holds."""

import pytest
from lxml import html as lxml_html

from scraper.extract.datelines import dateline

_TEXT = ("<p>The novel follows three sisters through one winter in a harbour town; each chapter adds a small weight "
         "to their silence, and the last pages make it speak at last, quietly and without a single false note.</p>"
         "<p>What I liked best is how the town itself becomes a character, and the prose never hurries anyone.</p>")


def _rule(line: str) -> str | None:
    """What ``datelines.dateline`` says of the line under a headline that has a rubric over it."""
    body = lxml_html.fromstring(f"<div><div>Books</div><h1>Three sisters, one winter</h1><div>{line}</div>{_TEXT}</div>")
    return dateline(body[2], body, 2)


@pytest.mark.parametrize("line", [
    "Por Ana Lemos · 12/10/2026 09h30 · Atualizado há 3 horas",
    "By Tom Reed · 03.12.2026 · Updated 4 hours ago",
    "Von Jan Ruh | 2. 12. 2026 | Aktualisiert: 3. 12. 2026",
    "Par Léa Morel · 04/12/2026 18h15 · Mis à jour le 05/12/2026",
])
def test_byline_with_an_update_mark_is_a_dateline(line):
    assert _rule(line) == "dateline"


@pytest.mark.parametrize("line", [
    "Por Ana Lemos · 12/10/2026 · atualizado o mapa da cidade e reescrito o final",
    "Por fim, atualizado em 2020, o livro ganhou um prefácio novo e melhor.",
    "By Tom Reed · 03.12.2026 · Updated 4 hours ago with a long note on the new translation of the novel",
])
def test_lines_that_are_no_byline_stay(line):
    assert _rule(line) is None
