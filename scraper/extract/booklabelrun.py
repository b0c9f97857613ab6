"""Two readings of a short label beside a title, for ``bookbody``'s list of the titles a post may be about.

- a set-off run (bold, italics) that closes on a lower-case "by" (en, de, fr, es/pt, nl, pl, sv/da/no, cs/sk) is a
  credit's or a sponsor's label the sentence runs on from into its name ("**Sponsored by** House, …", "**Präsentiert
  von** …", "**Brought to you by** …"): no title, however capitalised (a title does not end on its preposition);
- a body heading's label that closes on a possessive of the issue's time and a book noun ("This week's book: T",
  "Tonight's novel: T") says which book the issue is about: its title needs no second mention in the text (a newsletter
  names the book once, in that heading, and the author after it). A column's other labels ("Book news: …", "Books of
  the year: …") have no possessive before the noun and still need the text to name the title again.
"""

from __future__ import annotations

import re

from .booklonewriter import BOOK_NOUN

_CREDIT_LEAD = re.compile(r"\s(?:by|von|par|por|door|przez|av|af|od)\s*$")
# "This week's book", "Today’s novel" (the noun closing the label, one word after the possessive's -s)
_OWNED_NOUN = re.compile(rf"\w['’]s\s+(?:{BOOK_NOUN.pattern})\w*\s*$", re.I)


def credit_lead(run: str) -> bool:
    """The set-off run closes on a by-word: a credit's label, no title."""
    return bool(_CREDIT_LEAD.search(run))


def owned_column(label: str) -> bool:
    """The heading's label closes on a possessive and a book noun ("This fortnight's book")."""
    return bool(_OWNED_NOUN.search(label))


# a labelled line's label: a few words (no sentence's end), its colon, at the line's start ("Book details:", "Boek:")
_LABEL = re.compile(r"^\W{0,2}[^\W\d_][^:：.!?]{0,30}[:：]\s*$")


def opens_field(before: str) -> bool:
    """The text before a name is a line's label and its colon: the name opens a labelled record's value ("Book
    details: A, T (verse novel)"), as a citation sets the author before the title."""
    return bool(_LABEL.match(before))
