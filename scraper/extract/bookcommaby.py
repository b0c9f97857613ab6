"""A review's record line that credits its book with a comma and a by-word, and nothing a citation needs besides:
"T, by A." alone, or with the house and what a library or a shop holds after it ("T, by A. House. Two copies to
borrow.", "T, de A. Éditions X."). ``bookbiblio`` asks a record for a year, pages, a price or a house's word; a
parish newsletter's, a library's or a reading circle's column gives none, and its headline is often the column's own
name ("From the reading corner"), which names no book: the record line is then where the page names it.

Read by ``bookbody.find_book`` where the headline gave no author, before the guesses (a headline's title and the
person a sentence owns the novel to). Only a line that opens its paragraph with the title, sets the name off with a
full stop (not a sentence's subject: "T, by A, is the better book"), among the text's first four or last eight lines,
the page's one such line (a list of books gives several), a name the text calls by surname elsewhere, and the book
the headline names if it names one (a closing "try T2, by B." is another book).
"""

from __future__ import annotations

import re

from .book import BY, QUOTES, Book, Context, clean_title, is_name

_RECORD = re.compile(
    rf"^[*_{QUOTES}]*(?P<title>[^\W\d_][^,.:;!?\n]{{0,80}}?)[*_{QUOTES}]*,\s+{BY}\s+"
    r"(?P<author>[^\W\d_][^,;:!?\n]{0,60}?(?<=[^\W\d_]{2}))\.(?:\s|$)"  # (the name ends on a word's stop, no initial's)
)


def comma_by_record(lines: list[str], context: Context, named: Book | None = None) -> Book | None:
    """The book of the page's one "T, by A." record line, its author named by surname elsewhere in the text (not
    another book than the one the headline `named`: "If you liked it, try T2, by B.")."""
    if not lines or ", " not in context.text:
        return None
    found = [m for line in dict.fromkeys(lines[:4] + lines[-8:]) if (m := _RECORD.match(line.strip()))]
    if len(found) != 1:
        return None
    title, author = clean_title(found[0].group("title")), found[0].group("author").strip()
    if not title or len(title.split()) > 10 or not is_name(author) or not context.vouches_for(author, 2):
        return None
    if named is not None and named.title.casefold() != title.casefold():
        return None
    return Book(title, author, source="citation")
