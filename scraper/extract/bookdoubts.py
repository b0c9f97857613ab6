"""Names a book rule found that are no author of the book: checked last, for a review's book (a wrong book is worse
than none).

- ``doubtful_author``: the name's first word is a word the review writes in lower case ("Но Гончаров" is "but
  Goncharov"): a sentence's opening word taken for a first name;
- ``note_line``: a "title" that is the review's own note (a free-copy disclosure, a content warning), set off as
  titles are, in italics or quotes;
- ``quoted_work``: the name is a title the review quotes ("«Княжна Мери»" read as "Княжны Мери"): a chapter, a story
  or another book;
- ``swapped``: the author read is the title the review quotes and the title read is a person the review calls by
  surname: a record line in the order "Author, Title, House" read the other way round (a script without capitals
  cannot tell the name from the title by its shape), put back the right way rather than dropped.
"""

from __future__ import annotations

import re

from dataclasses import replace
from functools import lru_cache

from .casefold import whole_word
from .bookscripts import lower_case_page
from .notes import find_content_warnings, find_disclosure


def doubtful_author(author: str, text: str) -> bool:
    """The author's first word is a word the review writes in lower case ("Но Гончаров" is "but Goncharov",
    "Luin Linnan" is "I read Linna's"): a sentence's opening word taken for a first name."""
    first = author.split()[0]
    if len(first) < 2 or not first[0].isupper() or first.endswith(".") or _PARTICLE.fullmatch(first):
        return False  # ("Le Guin", "De Lillo", "Van Gogh": a surname's particle is a word in the text too)
    if lower_case_page(text):
        return False  # a blog that writes everything in lower case writes names so too

    return whole_word(text, first.lower())


_PARTICLE = re.compile(r"(?i)le|la|les|de|del|della|der|den|des|di|da|do|dos|du|van|von|ten|ter|al|el|bin|ibn|y|st")


_QUOTED_WORK = re.compile(r"«([^«»]{2,80})»|“([^“”]{2,80})”|„([^„“”]{2,80})[“”]|\"([^\"]{2,80})\"|『([^』]{1,60})』|《([^》]{1,60})》")


def quoted_work(name: str, text: str) -> bool:
    """The name is a title the text quotes ("«Княжна Мери»" for a "Княжны Мери" read as a person): a work (a chapter,
    a story, another book), not an author. Word for word, each word sharing all but its last two letters (the case
    endings of languages that decline names)."""
    words = name.casefold().split()
    if not words:
        return False
    for match in _QUOTED_WORK.finditer(text):
        quoted = next(g for g in match.groups() if g).casefold().split()
        if len(quoted) == len(words) and all(
                a[:max(3, len(a) - 2)] == b[:max(3, len(a) - 2)] for a, b in zip(words, quoted)):
            return True
    return False


@lru_cache(maxsize=32)  # (a function of the text alone: a page's candidate titles are asked several times)
def note_line(text: str) -> bool:
    """The text is one of the review's notes (a free-copy disclosure, a content warning), not a book's title."""
    line = [("text", text)]
    return bool(text) and (find_disclosure(line) is not None or bool(find_content_warnings(line, text)))


def swapped(book, text: str):
    """The book with title and author exchanged when its author is a work the text quotes and its title a name of two
    to four words, not quoted, whose last word (the surname) the text says alone more often than the whole name (a
    reviewer calls the writer by surname, never the book by its last word); None otherwise."""
    if not (book and book.author and 2 <= len(words := book.title.split()) <= 4) or not quoted_work(book.author, text) \
            or quoted_work(book.title, text):
        return None
    return replace(book, title=book.author, author=book.title) \
        if _alone(words[-1], text) > text.count(book.title) else None


def _alone(word: str, text: str) -> int:
    """How often the text says the word as a whole word (no letter, digit or underscore either side): str.find, no
    pattern built per call."""
    count, at = 0, text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and (text[at - 1].isalnum() or text[at - 1] == "_")) \
                and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            count += 1
        at = text.find(word, end)
    return count
