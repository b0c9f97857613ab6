"""A heading that names a collection of posts, not a book: a diary's, a log's or a course's name with the numbered part
it is at ("Diário de leituras — 3º semestre", "Reading log – week 9", "Lesetagebuch: 4. Woche", "Dziennik | cz. 12").
Such a heading, never named in the text, is no title; the book is then the one title the post sets in italics
(``<em>``/``<i>``/``<cite>``), as prose names works. Read by ``bookrescue.rescue``.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

# the heading's parts: a spaced dash, a pipe or a colon between them
_PARTS = re.compile(r"\s+[-–—|·]\s+|:\s+")
# a numbered part: a few words around a number, an ordinal ("3º", "4.", "9th", "IX.") or a year ("2026")
_NUMBERED = re.compile(r"^(?:[^\W\d_]+\.?\s+){0,2}(?:\d{1,4}(?:[ºª°.]|st|nd|rd|th|e|er|ème)?|[IVX]{1,5}\.)(?:\s+[^\W\d_]+\.?){0,2}$")


def collection_heading(headline: str) -> bool:
    """The heading is a collection's name and a numbered part of it (two parts, one of two to four words without a
    figure, the other a short numbered label): "Mes lectures – 12e semaine", not "Fahrenheit 451" or "Catch-22"."""
    parts = [p.strip() for p in _PARTS.split(re.sub(r"\s+", " ", headline or "").strip())]
    if len(parts) != 2 or not all(parts):
        return False
    named = [p for p in parts if not re.search(r"\d", p)]
    numbered = [p for p in parts if _NUMBERED.fullmatch(p)]
    return len(named) == 1 and len(numbered) == 1 and 1 <= len(named[0].split()) <= 4


def series_heading(headline: str | None) -> str | None:
    """The collection's heading a page title starts with, the site's name after it or not."""
    bare = re.sub(r"\s+[-–—|]\s+[^-–—|]+$", "", headline or "")  # (the site's name after the heading)
    return next((h for h in (headline or "", bare) if collection_heading(h)), None)


_ITALIC = ("em", "i", "cite")


def italic_title(tree: HtmlElement | None, text: str) -> str | None:
    """The one title the post sets in italics: capitalised, one to eight words, no sentence's end, named in the text
    (`text`, the cleaned post: a sidebar's italics are gone); two different ones, and no telling which."""
    if tree is None:
        return None
    found = set()
    for element in tree.iter(*_ITALIC):
        words = re.sub(r"\s+", " ", element.text_content()).strip(" ,;")
        if not words or not words[0].isupper() or not 1 <= len(words.split()) <= 8 or re.search(r"[.!?:]$", words):
            continue
        if words in text:
            found.add(words)
    return found.pop() if len(found) == 1 else None


def series_free(candidates: list[tuple[str, bool]], headline: str, tree: HtmlElement | None, text: str) -> list[tuple[str, bool]]:
    """The headline's title candidates, or, when the headline is a collection's and the text never names it, the one
    title the post sets in italics instead."""
    heading = series_heading(headline)
    if heading is None or heading in text:
        return candidates
    italic = italic_title(tree, text)
    return [(italic, True)] if italic else []
