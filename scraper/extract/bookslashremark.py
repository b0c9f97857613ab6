"""A headline in a script without capitals that names its book "T / A", perhaps with the post's remark after a colon.

Hebrew, Arabic, Persian, Georgian and Indic blogs title a review with the book and its author set apart by a spaced
slash and no review label, the post's own remark after a colon: "T / A: the story that never ends". A slash alone
says nothing (two topics, "poetry / prose"; a pair of places): the part after it must be a person's name as these
scripts write one, two to four words (an initial counts as a word, "ע. הלל", a pen name's initial and surname) that
is no publisher's house, whose last word the review's text says again at least twice on its own, as a review calls
its writer (or once, opening a sentence as its subject, where the headline is the bare pair), and which is no word of
the title's. The order may be the other way, "A / T", a writer's name first: a
first part that is itself such a name the text calls by its last word twice leaves the pair unread (either half may be
the writer). Scripts with capitals keep their own rules (``bookheadline``).
"""

from __future__ import annotations

import re

from .bookcaselessname import caseless_name
from .bookcjkslash import _SLASH, _no_person

# the post's remark after the pair: a colon after the name, then the remark's words
_REMARK = re.compile(r"\s*[:：]\s+\S.*$")


def _opens_sentence(surname: str, text: str) -> bool:
    """The text opens a sentence on the family name alone, the writer as its subject ("X divides the building …"): once
    is enough where the headline is the bare pair "T / A", no remark after it."""
    return surname in text and bool(re.search(rf"(?:^|[.!?؟]\s+)\W?{re.escape(surname)}\s+\w", text, re.M))


def remarked_slash(text: str, context) -> tuple[str, str] | None:
    """(title, author) of an unlabelled headline "T / A" or "T / A: remark" in a script without capitals whose A is a
    name of two to four words the text calls by its last word twice (see the module's note); else None."""
    if context is None or len(text) > 120 or (" / " not in text and "／" not in text):
        return None
    parts = _SLASH.split(text.strip())
    if len(parts) != 2:
        return None
    book, named = parts[0].strip(), _REMARK.sub("", parts[1]).strip()
    name = caseless_name(named)
    if not book or not name or len(book.split()) > 8 or not 2 <= len(name.split()) <= 4 or _no_person(name):
        return None
    surname = name.split()[-1]
    if len(surname) < 3 or surname in book.split() or not (
            context.vouches_for(name, 2)
            or named == parts[1].strip() and context.vouches_for(name) and _opens_sentence(surname, context.text)):
        return None
    if (first := caseless_name(book)) and 2 <= len(first.split()) <= 4 and not _no_person(first) \
            and context.vouches_for(first, 2):
        return None  # ("רות גלבוע / ימי הים": the writer's name may come first; no telling which half is whose)
    return book, name
