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


def owned_column(label: str, heading: str | None = None, headings: list[str] | tuple = ()) -> bool:
    """The heading's label closes on a possessive and a book noun ("This fortnight's book"); given the body's
    `headings`, the heading opens them: an issue opens on its book, a later one ("Next week's book: T", "Last week's
    book: T" closing the letter) announces or recalls another."""
    return bool(_OWNED_NOUN.search(label)) and (heading is None or bool(headings) and headings[0] == heading)


# a labelled line's label: a few words (no sentence's end), its colon, at the line's start ("Book details:", "Boek:")
_LABEL = re.compile(r"^\W{0,2}[^\W\d_][^:：.!?]{0,30}[:：]\s*$")


def opens_field(before: str) -> bool:
    """The text before a name is a line's label and its colon: the name opens a labelled record's value ("Book
    details: A, T (verse novel)"), as a citation sets the author before the title."""
    return bool(_LABEL.match(before))


def field_author(title: str, clues) -> str | None:
    """The name opening a labelled line's value before `title` ("Book details: A, T (verse novel)"), read only where
    nothing else names the author (``bookbody._author_of``'s last resort); a label that closes on a by-word ("Reviewed
    by:", "Photo by:") credits someone else's part, not the book's."""
    from .bookclues import NAME_RUN, trim_name  # (late: bookclues loads the readers this module serves)
    escaped = re.escape(title)
    for line in (line for line in clues.lines if title in line and len(line) < 300 and "," in line[: line.rfind(title)]):
        for match in re.finditer(rf"({NAME_RUN}),\s*[“‘«„\"*_]*{escaped}[”’»“\"*_]*\s*(?:[.(,:;]|$)", line):
            name = trim_name(match.group(1))
            label = line[:match.end(1) - len(name)] if name else ""
            if name and len(name.split()) > 1 and name not in clues.context.not_authors and opens_field(label) \
                    and not credit_lead(" " + label.rstrip(" :：")):
                return name
    return None
