"""A closing record written as a sentence, "T by A is published by H": the book's credit, then a clause in the
publisher's voice that credits the house with a second "by".

The headline reader takes the right-most "by" that leaves a name ("Stand by Me by Stephen King"), and a house is a
capitalised run like a name: the sentence read that way gives the title "T by A is published" and the house as its
author. Read from the left instead, the first "by" whose name is followed by nothing but a lower-case predicate (the
sentence's verb, one to five words: "is published", "is out now", "was reissued") and a second "by" or "from" before a
capitalised house is the book's credit; the house is its publisher. A title with a "by" of its own keeps it (its first
"by" leaves no name), and a line whose words after the name are capitalised or punctuated is no such sentence. The
house may be followed by the book's details in brackets, "(208pp, R260)", which a paper's closing credit adds (the
record's parts split at the bracket's comma: the bracket may be left open).
"""

from __future__ import annotations

import re

from .book import leading_author

_BY = re.compile(r"\s+by\s+")
# after the name: a lower-case predicate, then "by"/"from" and a capitalised house closing the line
_CLAUSE = re.compile(r"\s+((?:[a-z]+\s+){0,4}[a-z]+)\s+(?:by|from)\s+(?P<house>[A-Z][^.,;:!?()]*?)\s*(?:\([^()]*\)?)?\s*[.]?\s*$")


def clause_record(head: str) -> tuple[str, str, str] | None:
    """(title, author, house) of "T by A <lower-case predicate> by H", else None."""
    if not head or len(head) > 200:
        return None
    for match in _BY.finditer(head):
        title, rest = head[:match.start()].strip(), head[match.end():]
        if not title or not title[:1].isupper():
            continue
        author = leading_author(rest)
        if not author or not rest.startswith(author):
            continue
        clause = _CLAUSE.match(rest, len(author))
        if clause:
            return title, author, clause.group("house").strip()
    return None
