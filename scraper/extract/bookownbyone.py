"""A news headline "T Karya A, <the desk's tagline>" (id/ms "karya", "oleh", "tulisan": a by-word that credits only a
work, ``bookownby``), A one name (Indonesian and Malay writers often go by one: a pen name, an acronym, a given name),
read before the page's other titles are: the desk sets its own remark after a comma or a colon, and the page's <title>
tail after it is the site's name ("Liputan"), which a reading of "<headline> - Site" would otherwise take for the
author. The headline is cut after the name and read as ``bookpenname.by_pen_name`` reads "T <by> A": A must be named in
the review's text in a writer's place, never in lower case, nor be the blog's. Languages whose "by" is an everyday
preposition too ("de", "di", "von") are not read here: a remark after "T de A," may be A's own phrase.

A capitalised by-word after a title of one word is not read either: "Karya" is also the noun "works", and a headline
that capitalises every word says "Mengenal Karya A" (getting to know A's works), "Lukisan Karya A" (A's paintings) in
the same shape; a one-word title is read only before a lower-case by-word ("Saman karya A"). Nor is a title that opens
with another medium's noun ("Film T Karya A", medium's): "karya" credits a director or a painter as well as a writer."""

from __future__ import annotations

import re

from .book import Book, Context
from .bookownby import own_by
from .bookpenname import _ONE_NAME, by_pen_name
from .medium import _OTHER_NOUN

_OTHER_MEDIUM = re.compile(rf"(?:{_OTHER_NOUN})\s", re.I)  # ("Film Malam Jumat": the kind before the title)

_CACHE: dict[str, re.Pattern] = {}


def _shape(words: str) -> re.Pattern:
    if words not in _CACHE:
        # the by-word, one capitalised name, then the tagline after a comma or a colon (or nothing)
        _CACHE[words] = re.compile(rf"^(?P<head>.{{2,160}}?\s(?:{words})\s+{_ONE_NAME})(?:\s*[,:]\s+\S.*)?$")
    return _CACHE[words]


def own_by_one(book: Book | None, heading: str | None, context: Context) -> Book | None:
    """The headline's "T <own by> A[, tagline]" with A one name (see the module's docstring), where the headline's
    reading found no author; else None."""
    words = own_by(context.language)
    if book is not None and book.author or not heading or words == r"(?!)":
        return None
    match = _shape(words).match(heading.strip())
    if not match:
        return None
    found = by_pen_name(None, match.group("head"), context.text, context.not_authors, context.language)
    if found is None or not found.author:
        return None
    by = re.search(rf"\s(?:{words})\s+\S+$", match.group("head"))
    # (a capitalised "Karya" after a one-word title: the noun "works", see the module's docstring)
    if by and by.group(0).lstrip()[0].isupper() and len(found.title.split()) < 2 or _OTHER_MEDIUM.match(found.title):
        return None
    return found
