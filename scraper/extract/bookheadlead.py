"""A headline that puts a person in front of the quoted title and goes on ("A — „T“ read again"), where the page's
<title> (or og:title) is the same headline without the person ("„T“ read again — a reader's review | Site"): the part the
post's heading adds in front is the author's name, as "Author — Title" headlines go, in any script.

Read by ``booknamedtwice`` after its own headline pair (which wants the title said again in the prose and no more words
after it). Both page titles agree on the quoted title; the person's family name (the name's last word) is said in the
prose, bare or with a case ending, and so is every other word of it, while the prose never says the whole name (a
name is shortened in the text; a label or a phrase is repeated whole).
"""

from __future__ import annotations

import re

from .book import Book

_LEAD = re.compile(r"^\s*([^\d,:;|«»“”„\"()]{3,50}?)\s+[–—-]\s*$")


def lead_pair(headline: str | None, page_titles: list[str], prose: str, words, stem_match, cased: bool, quoted: re.Pattern) -> Book | None:
    """(title, author) from the heading's person in front of the quoted title that the other page titles open with."""
    match = quoted.search(headline or "") if headline else None
    if not match:
        return None
    lead = _LEAD.match(headline[:match.start()])
    title = match.group(match.lastindex).strip()
    tail = headline[match.start():].strip()
    if not lead or not 1 <= len(words(title)) <= 6:
        return None
    name = lead.group(1).strip()
    parts = words(name)
    if not 2 <= len(parts) <= 3 or any(len(p) < 3 for p in parts) or name in prose:
        return None
    # the page's other title: the same headline without the name in front
    if not any(t.strip().startswith(tail) and name not in t for t in page_titles if t):
        return None
    said = words(prose)
    for part in parts:
        forms = [w for w in said if stem_match(part, w)]
        if not forms or cased and not all(w[0].isupper() for w in forms):
            return None
    return Book(title, name, source="title")
