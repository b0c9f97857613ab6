"""Where a page's own title stands in its text, found without compiling a pattern that holds the title.

``bookbody._author_of`` looked for "Title by Author" and "Name's Title" with ``re.search``/``re.finditer`` of
``rf"{re.escape(title)}…"``: a new pattern for every page's title (``re`` keeps 512 compiled patterns, first in
dropped first, so each also pushed a rule's pattern out). Here the title is found by ``str.find`` and the fixed part
of each pattern, compiled once, is matched beside it. Each function gives what the old search gave, match for match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .book import BY

# the old pattern rf"{escaped}[”’»\"'*_]*\s*,?\s*(?:\s{BY}\s+|d[’']\s*)(.+)" less the title
_BY_AFTER = re.compile(rf"[”’»\"'*_]*\s*,?\s*(?:\s{BY}\s+|d[’']\s*)(.+)")
# the old pattern rf"['’]s?\s+[“‘«\"*_]*{escaped}" less the title
_OWNER_BEFORE = re.compile(r"['’]s?\s+[“‘«\"*_]*")
_OWNER_CHARS = frozenset("“‘«\"*_")


def by_after(title: str, text: str) -> re.Match | None:
    r"""What ``re.search(rf"{re.escape(title)}[”’»\"'*_]*\s*,?\s*(?:\s{BY}\s+|d[’']\s*)(.+)", text)`` found, as
    a match of the part after the title (its group 1 is the same): the first place the title stands (overlapping
    places too, as re.search tries each start) where the rest matches right after it."""
    at = text.find(title)
    while at != -1:
        match = _BY_AFTER.match(text, at + len(title))
        if match:
            return match
        at = text.find(title, at + 1) if at < len(text) else -1
    return None


def owner_starts(title: str, text: str) -> Iterator[int]:
    r"""The starts of ``re.finditer(rf"['’]s?\s+[“‘«\"*_]*{re.escape(title)}", text)``'s matches. The fixed part
    is matched at each apostrophe and the title must stand where it ends (greedy runs of spaces and quote marks,
    the title opening on neither: it cannot take back a character of theirs); non-overlapping as finditer."""
    if not title or title[0].isspace() or title[0] in _OWNER_CHARS:
        yield from (match.start() for match in re.finditer(rf"['’]s?\s+[“‘«\"*_]*{re.escape(title)}", text))
        return
    pos = 0
    while (match := _OWNER_BEFORE.search(text, pos)):
        if text.startswith(title, match.end()):
            yield match.start()
            pos = match.end() + len(title)
        else:
            pos = match.start() + 1
