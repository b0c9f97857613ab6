"""A headline "Surname: Title" whose text names the writer in full: the book and its author.

Slavic, Baltic and Hungarian blogs and papers head a short review with the author's surname, a colon and the title
("Šikula: Majstri", "Hrabal: Obsluhoval jsem anglického krále", "Szabó: Az ajtó"), as a library's shelf mark does, and
name the writer in full in the text ("Vincent Šikula v Majstroch rozpráva …"). bookheadline reads "Given Surname:
Title" (a name of two words or more); a lone word before the colon may be a label ("Recenzia: T"), a place, a series or
a column's name, so it is read as a surname only where the structure vouches for it:

- the word is one capitalised word of three letters or more, never the blog's or its writer's (context.not_authors),
  and the text never says it in lower case (a common word, "Klasika: …");
- the text names a person whose last word is that word (book.is_name: one or two capitalised given names before it),
  the author's full name;
- the title after the colon opens with a capital, has no colon or bar of its own, and the text says one of its words
  of four letters or more again, its stem at least (the title's first letters: "Majstri" in "v Majstroch"), so the
  part after the colon is the book the text is about, not a headline's remark ("Šikula: why I reread him").
"""

from __future__ import annotations

import re

from .book import Book, is_name

_HEAD = re.compile(r"^\s*(?P<name>[^\W\d_][^\W\d_’'-]{2,})\s*:\s+(?P<title>[^\W\d_][^:|]{0,100}?)\s*$")
_WORD = re.compile(r"[^\W\d_]{4,}")


def surname_headline(heading: str | None, context) -> Book | None:
    """The book of a headline "Surname: Title" the text vouches for (see the module's words), or None."""
    if not heading or context is None or not (match := _HEAD.match(heading)):
        return None
    name, title = match.group("name"), match.group("title")
    if not name[:1].isupper() or not title[:1].isupper() or any(
            n and n.casefold() == name.casefold() for n in context.not_authors):
        return None
    text = context.text
    if re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text) and not name.islower():
        return None  # (said as a common word in the text)
    full = next((m.group(0) for m in re.finditer(rf"(?<![\w.])(?:[^\W\d_][\w’'-]+\s+){{1,2}}{re.escape(name)}(?!\w)", text)
                 if m.group(0)[:1].isupper() and is_name(m.group(0))), None)
    if full is None or any(n and n.casefold() == full.casefold() for n in context.not_authors):
        return None
    prose = text.replace(full, " ")
    stems = {word[:max(4, len(word) - 2)].casefold() for word in _WORD.findall(title)}
    if not any(re.search(rf"(?<!\w){re.escape(stem)}", prose, re.I) for stem in stems):
        return None
    return Book(title.strip(), full, source="title")
