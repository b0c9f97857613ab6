"""The lead picture's caption as the book's full record: the title set off in quotes, its author, and the house and
year in the closing bracket: «T», de A (House, 2016). — "T" by A (House, 2016), „T” von A (House, 2016).

Papers caption the cover of the book a review is about with its record, the house in brackets beside the year of the
edition. ``bookleadcaption`` reads a caption's bracket by a word for a house ("Editorial", "Verlag"); a house's own
name alone ("Aguilar", "Anagrama", "Suhrkamp") is read here, where the year beside it and the title set off in quotes
make the shape a record and not a photo's credit. The author must be one the review's own text names again, by one of
the name's words after the first (a surname: "Valdez" of "Javier Valdez Cárdenas", a Spanish name's first surname, or
its last), so that an artwork's or a photo's caption ("«Harbour at dawn», by A (Agency, 2016)") names no one the text
discusses. A quoted title "Main. Subtitle" is its main part (the text, and its readers, call the book by it).

The caption book replaces a book the body's readers found with the same author (their title may carry the subtitle
whole, their source the text, which a short review names its book in too few times): its source is "caption", as
``bookleadcaption``'s.
"""

from __future__ import annotations

import re

from .book import BY_RECORD, Book, letters_of
from .fragmentrecord import surname_again

_DATED = re.compile(
    r"^[«\"“„‹‘「『](?P<title>[^«»\"“”„‹›‘’「」『』]{1,120})[»\"”“‹›’」』],?\s+(?:" + BY_RECORD + r"\s+)?"
    r"(?P<author>[^\W\d_][^()\d«»\"“”]{2,60}?)\s*[(（](?P<house>[^()（）\d]{2,50}),\s*(?:1[5-9]|20)\d\d[)）]\s*\.?$")
_SUBTITLE = re.compile(r"[.:]\s+(?=[^\W\d_])")


def _author(name: str, text: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or any(w[:1].islower() and len(w) > 3 for w in words):
        return False  # (a name: two to five words, only short particles in lower case, "de", "van", "da")
    return any(len(w) >= 4 and w[:1].isupper() and surname_again(w, text) for w in words[1:])


def dated_caption(book: Book | None, captioned: list[tuple[str, str]], text: str, headline: str = "") -> Book | None:
    """The book of the one caption shaped as its dated record (above), when the found book is none, has no author, or
    is the body's reading of the same author and title; else None."""
    if book is not None and book.author and book.source != "body":
        return None
    found = set()
    for caption, _ in captioned:
        caption = " ".join(caption.split())
        if len(caption) > 240 or caption[:1] not in "«\"“„‹‘「『" or not (match := _DATED.match(caption)):
            continue
        author = match.group("author").strip(" ,")
        if _author(author, text):
            found.add((_SUBTITLE.split(match.group("title").strip(), 1)[0].strip(), author))
    if len(found) != 1:
        return None
    title, author = found.pop()
    if book is not None and book.author and letters_of(book.author) != letters_of(author):
        return None  # (the text's own book is another's: the caption is not its record)
    if book is not None and book.title and not letters_of(book.title).startswith(letters_of(title)):
        return None  # (the text's own book is another title of the same writer's: the caption is an earlier book's)
    if _other_title(title, {c[:1] for c, _ in captioned}, text, headline):
        return None  # (the text's own book is another title, the caption an earlier book's)
    return Book(title, author, source="caption")


_PAIRS = {"«": "»", "\"": "\"", "“": "”", "„": "“”", "‹": "›", "‘": "’", "「": "」", "『": "』"}


def _other_title(title: str, opens: set[str], text: str, headline: str) -> bool:
    """The text names another title and never the caption's (outside the caption): the headline whole, eight words at
    most, named twice in the text, or a short capitalised span set off in one of the caption's quote marks."""
    own, head = letters_of(title), headline.strip()
    if not own or sum(letters_of(line).count(own) for line in text.splitlines() if not line.startswith(tuple(opens))):
        return False
    if head and len(head.split()) <= 8 and own not in letters_of(head) and text.count(head) >= 2:
        return True
    for mark in opens & _PAIRS.keys():
        spans = re.findall(re.escape(mark) + r"([^\n" + re.escape(mark + _PAIRS[mark]) + r"]{1,80})["
                           + re.escape(_PAIRS[mark]) + "]", text)
        if any(s[:1].isupper() and len(s.split()) <= 8 and not s.rstrip().endswith((".", "!", "?", ",")) and
               letters_of(s) != own for s in spans):
            return True
    return False
