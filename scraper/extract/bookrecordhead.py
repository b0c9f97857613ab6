"""The person a short record line opens on before the quoted title: "A B, «T», Publisher" (book9b's record head).

Papers close a review with the book's record, its author first, a comma or a colon, then the quoted title and the
publisher: "Name Surname, “T”, Publisher". Where the script has no capitals (Hebrew, Arabic, the Indian scripts) the
tags beside the post can look as much like a name as the author does (a category of two words, its second said again
in the prose); the record line's head is the stronger sign, read first: a line of at most twelve words that opens on
two to four words, then the separator, then the title in quotes.
"""

from __future__ import annotations

import re

_OPEN = "«„“\"”『「《‹'"


def record_heads(title: str, lines: list[str], words) -> list[str]:
    """The two to four words opening a short line before ", «title»" or ": «title»" (`words` splits a text into words)."""
    heads = []
    for line in lines:
        if len(line.split()) > 12 or title not in line:
            continue
        match = re.match(rf"^\s*([^,:;،，、：«»„“”\"\n]{{3,60}}?)\s*[,:،，、：]\s*[{re.escape(_OPEN)}]\s*{re.escape(title)}\s*[»“”\"』」》›']", line)
        if match and 2 <= len(words(match.group(1))) <= 4 and len(match.group(1).split()) == len(words(match.group(1))):
            heads.append(" ".join(match.group(1).split()))
    return heads
