"""Whether the head of a headline "head: remark" may be read as an unmarked shape the text vouches for.

A name before a quoted title may be a genitive in a declining language ("Erbenovy „T“: …", bookgenitivefront), so
there the head is read only where a comma sets a nominative name apart ("A, «T»: …") — or where a spaced dash sets a
whole name apart after the title and the remark after the colon opens in lower case ("T – Given Family: a tagline"):
a dash between two parts is no declension, a title's own subtitle would open on a capital, and a name after the title
is in the nominative in every declining language (the genitive owner stands before the work).
"""

from __future__ import annotations

import re

from .book import DASH, QUOTES, is_name

# (a name before a quoted title may be a genitive: bookgenitivefront)
DECLINING = frozenset("lt lv pl cs sk ru uk be sl hr sr bs bg el ka".split())


def open_head(head: str, text: str, language: str | None) -> bool:
    """May `head`, the part of headline `text` before its closing colon, be read as "T – A" / "A – T" and vouched?"""
    if (language or "")[:2].lower() not in DECLINING:
        return True
    if re.match(r"[^\W\d_][^,«»„“\"]*,\s*[«„“\"]", head):  # "A, «T»": the comma sets a nominative name apart
        return True
    parts = re.split(DASH, head)
    remark = text[len(head):].lstrip(": ")
    return (
        len(parts) == 2
        and not any(q in head for q in QUOTES)
        and is_name(parts[1])
        and not is_name(parts[0])
        and remark[:1].islower()
    )
