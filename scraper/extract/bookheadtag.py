"""A headline in two parts, "T — of A's timeless novel" / "A's novel: T", where one part holds a tag of the post that
names a person (two to four words, tagged with the author's name as blogs do) and the other, short, is the title the body
names again. Written for scripts without capitals (Ethiopic, Indic, Georgian, Arabic …), where no capital says "name",
so the tag does: a headline that inflects the name ("የ" + name, "-ის", "-का") still holds it whole.
"""

from __future__ import annotations

import re

from .book import Context, clean_title, is_name
from .bookcaselessname import caseless_name

_SPLIT = re.compile(r"\s+[—–-]\s+|\s*:\s+|\s+\|\s+")


def headline_tag_book(headline: str | None, tags: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) from a headline of two parts, one holding the one person tag, the other a short title that the
    text names; None when two person tags fit, or the title part is long, or the text never names it."""
    parts = [p.strip() for p in _SPLIT.split(headline or "") if p.strip()]
    if len(parts) != 2:
        return None
    not_authors = {n.casefold() for n in context.not_authors if n}
    people = {t.strip().lstrip("#") for t in tags}
    people = {p for p in people if 2 <= len(p.split()) <= 4 and (is_name(p) or caseless_name(p)) and p.casefold() not in not_authors}
    found = set()
    for i, part in enumerate(parts):
        title = clean_title(parts[1 - i])
        for person in people:
            # the tag inside the other part, with more words around it (an inflected name, "of A's novel"); the title
            # short, without the name, and named by the text (maybe inflected: a suffix after it)
            if person in part and part != person and person not in title and 1 <= len(title.split()) <= 6 \
                    and title in context.text:
                found.add((title, person))
    return found.pop() if len(found) == 1 else None
