"""Spoiler sections of a review (scraper.extract.notes): a short block or heading announcing spoilers ("Spoilers below",
"Alerta de spoiler"), a ``<details>`` whose summary does, an element classed ``spoiler``, or an unrendered
``[spoiler]`` shortcode; "spoiler-free" and "sin spoilers" are not.
"""

from __future__ import annotations

import re
from typing import Callable

from lxml.html import HtmlElement

from .words import count_words
from .casefold import guarded

# A spoiler announcement is short; a long paragraph mentioning spoilers is prose.
SPOILER_MARKER_WORDS = 15
_SPOILER_CLASS, _NO_SPOILER_CLASS = re.compile(r"spoiler", re.I), re.compile(r"spoiler-?free|no-?spoiler", re.I)

NO_SPOILERS = re.compile(
    r"\b(no|non|sin|sans|sem|senza|ohne|keine?n?|zero|without)\s+(\w+\s+)?spoil|spoil\w*[\s-]*(free|frei|libre)|"
    r"\bwon'?t\s+spoil|\bnot\s+spoil", re.I)
SPOILER_MARKER = re.compile(
    r"^[\W_]*(spoilers?|spoiler\s+(alert|warning)|alerta\s+de\s+spoilers?|alerte\s+(au\s+)?spoilers?|"
    r"attention,?\s+(aux\s+)?spoilers?|achtung,?\s+spoiler|spoilerwarnung|attenzione,?\s+spoilers?|divulg[âa]cheur)\b"
    r"|\b(contains?|contiene|contient|enth[äa]lt|cont[ée]m|avec|con|com|mit)\s+(\w+\s+)?(spoilers?|divulg[âa]cheurs?)\b"
    r"|\bspoilers?\s+(below|ahead|follow|from\s+here|inside|abajo|debajo|ci-dessous|unten|sotto|abaixo|a\s+seguir)\b",
    re.I,
)
SPOILER_MARKER = guarded(SPOILER_MARKER)  # (casefold.Guarded: its words looked for first)
_SHORTCODE = re.compile(r"\[(su_)?spoiler\b[^\]]*\]", re.I)


def squash(text: str) -> str:
    return " ".join((text or "").split())  # as \s+ to " ", stripped, and faster


def _is_marker(text: str) -> bool:
    return (count_words(text) <= SPOILER_MARKER_WORDS and bool(SPOILER_MARKER.search(text))
            and not NO_SPOILERS.search(text))


def count_spoiler_sections(blocks: list[tuple[str, str]], markdown: str, root: HtmlElement | None, clean: Callable[[], str]) -> int:
    """Spoiler sections: announcing blocks and headings, spoiler `<details>` and classes, `[spoiler]` shortcodes."""
    markers = {text.casefold() for kind, text in blocks
               if kind != "item" and _is_marker(text) and not _SHORTCODE.search(text)}
    shortcodes = len(_SHORTCODE.findall(markdown or ""))
    if root is not None:
        for element in root.iter("details"):
            summary = element.find(".//summary")
            label = squash(summary.text_content()) if summary is not None else ""
            if _is_marker(label):
                markers.add(label.casefold())
        for element in root.iter():
            classes = (element.get("class") or "") if isinstance(element.tag, str) else ""
            if not _SPOILER_CLASS.search(classes) or _NO_SPOILER_CLASS.search(classes):
                continue
            if any(_SPOILER_CLASS.search(a.get("class") or "") for a in element.iterancestors()):
                continue  # the inside of a spoiler box is the same section
            text = squash(element.text_content())
            if text and text.casefold() in clean() and not any(m in text.casefold() for m in markers):
                markers.add(text.casefold())
    return len(markers) + shortcodes
