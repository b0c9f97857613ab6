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
_NAME = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’.-]*$")


def _a_name(part: str) -> bool:
    words = part.split()
    return bool(_NAME.match(part)) and all(w[:1].isupper() for w in words)


def _byline(text: str) -> bool:
    if not text or count_words(text) > _MAX_WORDS or not _YEAR.search(text):
        return False
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    return 2 <= len(parts) <= 4 and any(_a_name(p) for p in parts) and _YEAR.search(" ".join(p for p in parts if not _a_name(p))) is not None


def header_bylines(body: HtmlElement) -> list[HtmlElement]:
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
    return found


def drop_header_bylines(body: HtmlElement, report) -> None:
    """Remove the byline rows of the headline's box (see the module docstring)."""
    from .boilerplate import Removal  # (boilerplate imports many rules: read here, when called)
    for line in header_bylines(body):
        if line.getparent() is not None:
            report.removed.append(Removal(RULE, text_of(line)[:200]))
            line.drop_tree()
