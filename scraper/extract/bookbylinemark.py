"""A name set in bold or a link in the post's byline line, "By **Ana Souza** · 29/11/2026 07h00", is the writer's.

``bookbody`` reads a title-like mark in the opening paragraphs (bold, italics, a link) as a title the post may be
about. A theme's byline sits among those paragraphs: a by-word opening the line (any of our languages': "By", "Por",
"Von", "Par", "Oleh", "От"), the marked name, then nothing or the byline's parts after a separator, a date or a time
(figures). That mark is the post's writer, never the book's title. Not a mark after a by-word inside a sentence
("Por “Rayuela” me enamoré …": words after it), nor a one-word mark ("De «Amras», 1964": a title's shape too), nor a
sentence that goes on past its figures ("Por “Dom Casmurro”, de 1899, Machado ficou conhecido …": a byline ends on its
date or time, with three words at most after the last figure, "… 5 min de leitura").
"""

from __future__ import annotations

import re

from .book import BY_RECORD, is_name

# after the mark: nothing, or a separator, then the byline's date, time or updated note (figures among them)
_REST = re.compile(r"\s*(?:$|[·•|,–—\-/]\s*.{0,60}\d)")
# after the byline's last figure: a unit or a clock's word at most ("08h30", "10:12 am", "5 min de leitura")
_AFTER_FIGURES = re.compile(r"\D*$")


def byline_mark(paragraph: str, mark: str) -> bool:
    """`mark` (wrapped in “ ” by ``bookopening.marked_paragraphs``) is the name a byline line opens with."""
    found = re.match(rf"\W*(?:{BY_RECORD})\s*:?\s+“{re.escape(mark)}”", paragraph, re.I)
    return bool(found) and len(mark.split()) >= 2 and is_name(mark) and bool(_REST.match(paragraph, found.end())) \
        and len(paragraph.split()) <= 25 and len(_AFTER_FIGURES.search(paragraph, found.end()).group().split()) <= 3
