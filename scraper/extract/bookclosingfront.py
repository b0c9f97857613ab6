"""A record line closing the post with the author's name first, the title after its comma or colon, and the record's
other parts after the title's full stop: "A, T. House, City.", "A: T. First published 1887.", "A, T. Subtitle. House."

Spanish, Dutch, Portuguese, Italian and many other blogs set the book's record as the post's last line, a line of its
own, in a library's order: the name, then the title, then its details parted by full stops. Its parts tell it from
prose: the name is a person the text calls by surname elsewhere (``Context.person``; not the blog nor the blogger:
``Context.vouches_for``), the title is capitalised and short and no name, and what follows the title's full stop is
short parts (a house, a place, a year, an edition), no sentence. A title's own parts are parted by commas or colons,
never by a full stop and a space: the part after the first full stop is a subtitle or the imprint, no part of the
title.

Read on a review whose book no rule found; where a rule read the same record with its subtitle glued on ("T, Subtitle"
of "A, T. Subtitle. House"), the record's title; and where the headline was read as the title, the author a surname
the record names whole ("Van Eeden" of "Frederik van Eeden: T."), the record's book when the text never names the
headline's words. Only one of the post's last three lines, and only one such line. A title the page sets off in
italics or bold ends where its markup ends: "A, <em>T. Subtitle</em>, House" keeps its subtitle (its markup runs on
over the full stop), and the line is left to the rules that read the markup.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book, Context, is_name
from .bookcoauthors import first_of_pair
from .bookleadcaption import HOUSE_WORD

# "Name, Title. Rest" / "Name: Title. Rest" (a line's emphasis around it stripped first)
_FRONT_RECORD = re.compile(
    # (the title's subtitle after its colon, "T: Subtitle", is no part of the title read)
    r"^(?P<name>[^\W\d_][^,:;()\[\]\d.!?]{2,60}?)\s*[,:]\s+(?P<title>[^\W\d_][^.!?;:()\[\]«»“”\"]{0,100}?)"
    r"(?P<sub>:\s+[^.!?;:()\[\]«»“”\"]{1,100}?)?\.\s+"
    r"(?P<rest>[^\W_].{0,160}?)\.?$")
# a volume's number before the colon ("Book One: T", "Volume 2: T", "Tome III : T", "Band Zwei: T"): the title is after it
_VOLUME_HEAD = re.compile(
    r"^(?:book|volume|vol\.|part|tome|tomo|band|teil|libro|livre|volumen|parte|deel|del|bok|osa|kniha|księga)\s+"
    r"(?:\d+|(?-i:[IVXLC]+)|one|two|three|four|five|six|seven|eight|nine|ten|un|deux|trois|quatre|eins|zwei|drei|vier|"
    r"uno|dos|tres|cuatro|due|tre|quattro|um|dois|três|quatro)$", re.I)
_PARTS = re.compile(r"\.\s+|,\s+|;\s+")


def _marked(root) -> list[str]:
    """The texts the body sets off in italics, bold or a citation."""
    if root is None:
        return []
    return [" ".join(el.text_content().split()) for el in root.iter("em", "i", "cite", "b", "strong")]


def closing_front(lines: list[str], context: Context, marked: list[str] = ()) -> tuple[str, str] | None:
    """(title, author) of the one line among the last three that is a name-first record "A, T. details" (`marked`:
    the texts set off by markup, a title among them running on over its full stop: no such line)."""
    found = set()
    for line in lines[-3:]:
        text = " ".join(line.split()).strip("*_ ")
        match = _FRONT_RECORD.match(text) if len(text) <= 240 else None
        if not match:
            continue
        name, title, rest = (" ".join(match.group(g).split()) for g in ("name", "title", "rest"))
        # (two writers credited, "A and B, T. details" in the language's "and": the first, whom the text calls by
        # surname; bookcoauthors joins the second where the text names both)
        # (a house after the "and" is no second writer: "A and Otter Books, Thank you …")
        pair = None if is_name(name) or HOUSE_WORD.search(name) else first_of_pair(name, context.language)
        name = pair or name
        if match.group("sub") and _VOLUME_HEAD.search(title):
            continue  # ("A, Book One: T. House, Year": the part before the colon is the volume's, no title)
        words = title.split()
        # (the title capitalised as a title opens: "A, en una entrevista. El País, 1982." closes a quotation's source)
        if not (1 <= len(words) <= 10 and title[:1].isupper() and is_name(name) and not is_name(title) and context.person(name)
                and context.vouches_for(name) and name.split()[-1].casefold() not in title.casefold()):
            continue
        parts = [p for p in _PARTS.split(rest.rstrip(".")) if p]
        # (the details: short parts opening on a capital or a figure, no sentence: "Seix Barral, Lima", "Eerste uitgave
        # 1887"; a sign-off's "Thanks for reading. See you soon, my friends and readers" runs on)
        if not parts or len(rest.split()) > 12 or any(len(p.split()) > 6 or p[:1].islower() for p in parts):
            continue
        if any(m.startswith(title + ". ") and m in text and m != text for m in marked):
            continue  # ("A, <em>T. Subtitle</em>, House": the markup says the title runs on)
        found.add((title, name))
    return found.pop() if len(found) == 1 else None


def closing_front_book(book: Book | None, lines: list[str], context: Context, root=None) -> Book | None:
    """`book`, or the book of the post's closing record line "A, T. details" where `book` is none, is that record with
    its subtitle glued on, or is the headline's guess whose author is a surname the record names whole."""
    if book is not None and book.source not in ("details", "title"):
        return book
    found = closing_front(lines, context, _marked(root))
    if not found:
        return book
    title, name = found
    if book is None:
        return Book(title, name, source="record")
    author = " ".join((book.author or "").split()).casefold()
    if author == name.casefold() and re.match(rf"{re.escape(title.casefold())}\s*[,:.]\s+\S",
                                               " ".join(book.title.split()).casefold()) and not context.mentions(book.title):
        return replace(book, title=title)  # ("La noche de Tlatelolco, Testimonios …" of "…. Testimonios … ."; a title the
        # text names whole, «Stien. Eller om å vente på våren», keeps what follows its full stop)
    if book.source == "title" and author and author != name.casefold() and name.casefold().endswith(" " + author) \
            and not context.mentions(book.title):
        return Book(title, name, source="record")
    return book
