"""An article's labelled byline taken for a book record's header (``bookld.from_author_link``).

A book's record page sets its author under the h1 with a label and a link ("<h1>T</h1> Author: <a href='/authors/a'>A</a>"),
and ``bookbody.find_book`` takes such a header without asking the text to name the author: a reader's review under a
record need name neither. But many languages label an article's own writer with the same word (ro/pl/cs/sk/de/es/pt/hr
"Autor:", it "Autore:", fr "Auteur :", hu "Szerző:"), and a magazine prints that byline beside its headline the same
way. The record header then reads the reviewer as the book's author and the headline's opening as its title.

Told by the text: the review never names the linked person, and it sets apart a record line of its own
(``bookbiblio.from_bibliography``: "B, T, House." / "T by B (House, 2026)") naming another writer. Then the byline is
the article's, and the book is the text's record (read by ``find_book``'s later clues). A record page whose review
names its author, or sets apart no record line, or one naming the same writer, keeps its header.
"""

from __future__ import annotations

from collections.abc import Callable

from .book import Book, Context, letters_of
from .bookbiblio import from_bibliography


def byline_not_record(linked: Book | None, lines: list[str], context: Context, vouched: Callable[[str], bool]) -> bool:
    """The linked "record" is an article's labelled byline: the text never names its person and cites another writer."""
    if linked is None or linked.source != "record" or not linked.author or vouched(linked.author):
        return False
    cited = from_bibliography(lines, context)
    return bool(cited and cited[1]) and letters_of(cited[1]) != letters_of(linked.author)
