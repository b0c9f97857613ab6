"""A book box closing a post on two lines: the bare title over the record that opens on its author's name ("T" over
"A. House, 512 pages, $ 20"), as papers set a reviewed book's box under the review. Joined "T, A. details" for
``bookbiblio.from_bibliography`` to read like a one-line record.

The title line is short and no sentence (no full stop, colon or question closing it, no figure), and no person the text names
again (a name over "T. House, …" is the other order, ``bookstackedname``); the record line opens on a personal name and its
full stop or comma, and gives pages, a price or an ISBN (`detail`, the details a book's record gives); the text calls
the person by family name again (the record is one mention), and the person is not the blog's or the blogger's.
The box is the two lines alone: not a pair under a bare label line or another bare title ("Also by her" or "Next week",
"The Wolf Border", then the record: a labelled box, another book's as often as the review's), and its title line is no
label of a related post ("Leia também" over a record, ``edges.READ_ALSO``).
"""

from __future__ import annotations

import re

from .book import Context, is_name, leading_author
from .bookcaselessname import named_again
from .edges import READ_ALSO

# (the name ends at the record line's first full stop or comma that is no initial's: "A. B. Name. House, …")
_RECORD_HEAD = re.compile(r"^(.{3,60}?)(?<!\b[A-Z])\s*[.,]\s+(?=\S)")


def titled_over(lines: list[str], context: Context | None, detail: re.Pattern) -> list[str]:
    """Each "T" line over an "A. details" line, joined "T, A. details"."""
    found = []
    for before, title, record in zip([""] + lines, lines, lines[1:]) if context is not None else ():
        title = title.strip("*_ ")
        if _bare(before.strip("*_ ")) or READ_ALSO.match(title):
            continue  # (a labelled box, or a list of books: the label says whose)
        head = _RECORD_HEAD.match(record.strip())
        if not head or not 1 <= len(title.split()) <= 10 or len(title) > 100 or len(record) > 160 \
                or re.search(r"\d|[.:;!?。]$", title) or not (title[:1].isupper() or title[:1] in "\"“«„") \
                or is_name(title) and named_again(title, context) or not detail.search(record[head.end():]):
            continue
        name = head.group(1)
        if is_name(name) and leading_author(name) == name and named_again(name, context) \
                and name.casefold() not in {n.casefold() for n in context.not_authors if n}:
            found.append(f"{title}, {name}. {record.strip()[head.end():]}")
    return found


def _bare(line: str) -> bool:
    """A short line with no figure and no sentence's end: a box's label or a bare title."""
    return 0 < len(line.split()) <= 10 and not re.search(r"\d|[.:;!?。…)\]]$", line)
