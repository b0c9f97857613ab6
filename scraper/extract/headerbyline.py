"""A magazine's byline row in the article's header box: "Ana Lee | Issue #82, March 2026", "Jan Ruh · 3. 12. 2026".

A magazine or newspaper sets its article's header as a box of its own over the text's box: a rubric, the headline,
the standfirst, then one row naming the writer beside the issue or the date. When the post body found is the wrapper
around both boxes, that row is read as the review's first line; a dateline rule reads only the first block or the one
under the headline, and here the standfirst stands between.

What marks it: a short line (twelve words at most) in the headline's box (the box holding the ``h1``, which holds no
paragraph of the text: none of twenty words or more besides the standfirst right under the headline), after the
headline, holding a year, split by a separator (| · • — /) into two to four parts, one of them a person's name
(two to four words, each capitalised, no figure). A book's record line in the text's box ("<title> | <author> | 2026")
is not in the headline's box and stays.

The writer's name may stand alone after a by-word on its line, the date an element of its own beside it ("<h1>…</h1>
<p>Av <strong>Kari Nes</strong></p><time>…</time>"): a line of two to five words in the same box after the headline,
its first word one of the languages' by-words (``_BY_WORD``), the rest a person's name, the box dated (a ``time``
element or another short line with a year), and the name not in the headline (a review's header line "by <author>"
under a headline naming the book and its author is the book's, and stays; so is one in a box with no date). Its name
is handed on (``drop_header_bylines`` returns it): the writer's bio closing the body opens with it (``sitelines``). A
name the review's own prose speaks of (its last word in a paragraph of 20 words or more not opening with it) is the
book's author's or translator's ("<h1>L'Événement</h1><p>par Annie Ernaux</p>" over "… Ernaux écrit …"), and stays.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

RULE = "byline in the header box"
_MAX_WORDS = 12
_PROSE_WORDS = 20
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SEPARATOR = re.compile(r"\s+[|·•—–/]\s+")
# the word before a maker's name: en by, de von, nl door, af deur, fr par, es/pt por, it di (not de/da: a title's article), sv/no/da av/af,
# is eftir, pl/cs/sk/sl/hr przez/od, ru/bg/uk от/від, id/ms oleh, tr/az (none: a postposition), fi (none)
_BY_WORD = frozenset("by von door deur par por di av af eftir przez od от від oleh".split())
_NAME = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’.-]*$")


def _a_name(part: str) -> bool:
    words = part.split()
    return bool(_NAME.match(part)) and all(w[:1].isupper() for w in words)


def _byline(text: str) -> bool:
    if not text or count_words(text) > _MAX_WORDS or not _YEAR.search(text):
        return False
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    return 2 <= len(parts) <= 4 and any(_a_name(p) for p in parts) and _YEAR.search(" ".join(p for p in parts if not _a_name(p))) is not None


def _named_after_by(text: str, headline: str) -> str | None:
    """The name of a line "<by-word> <name>" (module docstring), the name not in the headline."""
    words = text.split()
    if not 3 <= len(words) <= 5 or words[0].casefold() not in _BY_WORD:
        return None
    name = " ".join(words[1:])
    return name if _a_name(name) and name.casefold() not in headline.casefold() else None


def _spoken_of(body: HtmlElement, box: HtmlElement, name: str) -> bool:
    """The name's last word in a paragraph of the text's prose (20 words or more, outside the headline's box, not opening
    with the name, as the writer's bio does): the review speaks of the book's author (or its translator), and so the name
    after the by-word is theirs, not the writer's."""
    surname = re.compile(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)", re.I)
    for p in body.iter("p"):
        text = " ".join(text_of(p).split())
        if count_words(text) >= _PROSE_WORDS and not text.casefold().startswith(name.casefold()) \
                and box not in p.iterancestors() and surname.search(text):
            return True
    return False


def _dated(lines: list[HtmlElement], line: HtmlElement) -> bool:
    return any(c.tag == "time" or c is not line and count_words(text_of(c)) <= _MAX_WORDS and _YEAR.search(text_of(c))
               for c in lines) or next(line.iterdescendants("time"), None) is not None


def header_bylines(body: HtmlElement, names: list[str] | None = None) -> list[HtmlElement]:
    found = []
    for headline in body.iter("h1"):
        box = headline.getparent()
        if box is None or box is body or box.tag not in ("div", "header", "section", "hgroup"):
            continue
        lines = [c for c in box if isinstance(c.tag, str)]
        prose = [c for c in lines if c.tag in ("p", "div") and count_words(text_of(c)) >= _PROSE_WORDS]
        if len(prose) > 1 or box.xpath(".//img"):
            continue
        after = lines[lines.index(headline) + 1:]
        found += [c for c in after if c.tag in ("p", "div", "span") and _byline(text_of(c))]
        for c in after[:3]:  # (a by-word and a name alone, the box dated: its name handed on)
            if c.tag in ("p", "div", "span") and c not in found and (name := _named_after_by(text_of(c), text_of(headline))) \
                    and _dated(lines, c) and not _spoken_of(body, box, name):
                found.append(c)
                if names is not None:
                    names.append(name)
    return found


def drop_header_bylines(body: HtmlElement, report) -> tuple[str, ...]:
    """Remove the byline rows of the headline's box (see the module docstring); the names after a by-word."""
    from .boilerplate import Removal  # (boilerplate imports many rules: read here, when called)
    names: list[str] = []
    for line in header_bylines(body, names):
        if line.getparent() is not None:
            report.removed.append(Removal(RULE, text_of(line)[:200]))
            line.drop_tree()
    return tuple(names)
