"""A headline that names the book and its author in the genitive with no quotes, the sentence going on after them, as
Czech, Slovak, Polish and other Slavic papers title a review: "Sestra Jana Nováka po letech stále bolí" ("Nováková's
Sister still hurts after years"), "Dom Anny Kowal wciąż straszy". The words before the two capitalised genitive words
are the title, the genitive words the author, given back in the form the text names them ("Jan Novák").

Read only when no rule found an author and the book's title is the headline's own words, in the languages that decline
names so: the text must name the person in another form that shares each word's stem
(``bookgenitivefront.is_declined``), the form it names most often winning, and name the title too (its words, or its
last word, in a form of the same stem: "Sestru"). A headline whose head the text never names ("Nový román Jana
Nováka …") is left as it was.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .book import Book, Context, letters_of
from .bookgenitivefront import is_declined
from .bookgenitiveod import od_headline
from .casefold import CAPITALS

_LANGUAGES = frozenset("cs sk pl sl hr sr bs ru uk be lt lv".split())
_CAP = f"[{CAPITALS}]"
_LOW = r"[a-zß-öø-ÿā-žа-яёіїєґ]"
# the title (one to four words, the first capitalised), two capitalised words, then the rest of the sentence in lower case
_HEADLINE = re.compile(rf"^(?P<title>{_CAP}[\w'’\-]*(?:\s+[\w'’\-]+){{0,3}}?)\s+(?P<first>{_CAP}{_LOW}+)\s+(?P<family>{_CAP}{_LOW}+)"
                       rf"(?P<rest>(?:\s+{_LOW}[\w'’\-]*|\s+\d+[\w.]*)*)\s*[.!?]?$")


def headline_genitive(book: Book | None, context: Context) -> Book | None:
    """`book` (its title a whole headline, no author) split into the title and the genitive author; else as it was."""
    if book is None or book.author or (context.language or "")[:2].lower() not in _LANGUAGES:
        return book
    if (od := od_headline(book.title, context)):  # "T od Jany Novákové. A remark" (bookgenitiveod)
        return replace(book, title=od[0], author=od[1])
    match = _HEADLINE.match(book.title)
    if not match:
        return book
    title, first, family = match.group("title"), match.group("first"), match.group("family")
    if any(w[:1].isupper() for w in title.split()[1:]):
        return book  # (a run of capitalised words: where the name begins is no telling)
    names: Counter[str] = Counter()
    for found in re.finditer(rf"(?<![\w\-])({re.escape(first[:3])}[\w'’\-]*)\s+({re.escape(family[:3])}[\w'’\-]*)(?![\w\-])", context.text):
        given, surname = found.groups()
        if (given, surname) != (first, family) and is_declined(first, given) and is_declined(family, surname):
            names[f"{given} {surname}"] += 1
    ranked = names.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return book
    author = ranked[0][0]
    if any(n and letters_of(author) == letters_of(n) for n in context.not_authors) or not _named(title, context.text):
        return book
    return replace(book, title=title, author=author)


def _named(title: str, text: str) -> bool:
    """The text names the title: whole, or its last word in a form of the same stem ("Sestra" as "Sestru")."""
    if re.search(rf"(?<![\w\-]){re.escape(title)}(?![\w\-])", text):
        return True
    head, last = title.rsplit(" ", 1) if " " in title else ("", title)
    lead = re.escape(head) + r"\s+" if head else ""
    pattern = rf"(?<![\w\-]){lead}({re.escape(last[:3])}[\w\-]*)(?![\w\-])"
    return len(last) >= 4 and any(is_declined(last, m.group(1)) for m in re.finditer(pattern, text))
