"""A page title in a catalogue's order: the author's name inverted, then the title ("Novák, Jan: Title | Site",
"Berg, Anna – Title").

Literary portals and library-like review sites name a review's page after the book's record, surname first as a
catalogue files it, while the post's own heading is the reviewer's ("A laugh that hurts fifteen years on"). The name
reads in order ("Jan Novák") and counts when the text calls that person by surname; the site's name after a bar or
dash is cut off first. The text must name the title too: "Paris, France: A winter diary" names a place, not a book.

``filed_author``: a record's author field filed the same way, with no dates or role ("Author | Novák, Jan"), read in
order where the text calls the person by the surname and never by the given name alone (two people's surnames, "Author:
Gaiman, Pratchett", are each named alone).
"""

from __future__ import annotations

import re

from .book import Book, Context, letters_of, clean_title, is_name

_WORDS = r"[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,2}"
_INVERTED = re.compile(rf"^(?P<surname>{_WORDS}),\s+(?P<given>{_WORDS})\s*(?::|\s[-–—])\s+(?P<title>\S.{{0,120}})$")


def inverted_title(other: str, context: Context) -> Book | None:
    """(title, author in order) of a page title "Surname, Given: Title", the text naming the surname."""
    for part in re.split(r"\s+[|·•]\s+", re.sub(r"\s+", " ", other).strip()):  # (a bar sets off the site's name)
        match = _INVERTED.match(part.strip())
        if not match:
            continue
        author = f"{match.group('given').strip()} {match.group('surname').strip()}"
        title = match.group("title")
        # "… – Site": a dash before the blog's or the host's name (Context.not_authors) ends the title
        title = re.sub(r"\s+[-–—]\s+([^-–—]+)$", lambda m: "" if _site(m.group(1), context) else m.group(0), title)
        title = clean_title(title)
        if (title[:1].isupper() or title[:1].isdigit()) and is_name(author) and not is_name(title) and len(title.split()) <= 12 \
                and context.vouches_for(author) and context.mentions(title):  # (the text names the book: "Paris, France: A diary" no)
            return Book(title, author, source="title")
    return None


_FILED = re.compile(rf"^(?P<surname>{_WORDS}),\s+(?P<given>{_WORDS})$")


def filed_author(value: str, text: str | None) -> str | None:
    """"Given Surname" of an author field's "Surname, Given", the text naming the surname, not the given name alone."""
    match = _FILED.match(" ".join(value.split())) if text and "," in value else None
    if not match:
        return None
    author = f"{match.group('given')} {match.group('surname')}"
    context = Context(text)
    if not is_name(author) or context.mentions(match.group("given")) or not context.mentions(match.group("surname")):
        return None
    return author


def _site(text: str, context: Context) -> bool:
    letters = letters_of(text)
    return bool(letters) and any(
        n and (letters_of(n) in letters or letters in letters_of(n)) for n in context.not_authors)
