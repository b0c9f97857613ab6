"""A cover's caption that says whose cover it is in a sentence: "Cover of the new edition of T by A."

``bookcover.from_caption`` reads captions set off by a dash, a comma or quotes ("T — A", "A, „T“"), and ``bookcoverof``
"Cover of T, a novel by A" (a kind word before the maker's); a paper's caption
may instead open on the word for a cover and run on in the language's own words to the book: Swahili "Jalada la toleo
jipya la T cha A", English "Cover of the new edition of T by A", French "Couverture de la réédition de T, de A",
Spanish "Portada de la nueva edición de T, de A". Read by shape: the caption opens on a cover word (``_COVER_WORD``),
a few lower-case words follow (of, the new edition, …), the title opens on the first capital and runs to the last
"by" (the page language's, as ``bookheadline._by``; Swahili's noun-class "of" included, so a title holding one, "Kisima cha
Giningi", keeps it) after which a name of two to four capitalised words, no figure, closes the caption; the text names
that name's last word. A caption with no cover word, a title in lower case, a name the text never names: nothing.
"""

from __future__ import annotations

import re

from .book import Context, is_name
from .bookheadline import _by

_LEAD = re.compile(r"^(?P<lead>\S+(?:\s+[^\W\d_A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω][\w'’-]*){1,6})\s+(?=[^\W\d_])(?P<rest>.+?)[.\s]*$")


def cover_sentence(captioned: list[tuple[str, str]], context: Context, cover_word: re.Pattern) -> tuple[str, str] | None:
    """The title and author of a cover caption "COVER of … T BY A." (see the module's docstring)."""
    for caption, _alts in captioned:
        if len(caption) > 200 or not (found := cover_word.match(caption)) or found.start() != 0:
            continue
        lead = _LEAD.match(caption)
        if not lead or not lead.group("rest")[:1].isupper() or cover_word.search(lead.group("rest")):
            continue
        rest = lead.group("rest")
        splits = [m for m in re.finditer(rf",?\s+(?:{_by(context)})\s+", rest)]
        for split in reversed(splits):  # the last "by" that leaves a name
            title, author = rest[:split.start()].strip(" ,"), rest[split.end():].strip(" .")
            if title and title[:1].isupper() and len(title.split()) <= 10 and 2 <= len(author.split()) <= 4 \
                    and is_name(author) and not re.search(r"\d", author) and author.split()[-1] in context.text \
                    and not any(author.casefold() == n.casefold() for n in context.not_authors if n):
                return title, author
    return None
