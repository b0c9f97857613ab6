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

Not a record: a credit line, its "title" a contribution or a post's kind in words (creditrow's roles: "A guest post, by
A.", "Reseña invitada, por A.", "Cover illustration, by A."), in lower case after its first word as no title in
title case is; an epigraph's source, the line after a quotation ("“…” / T, by A."); a line whose author the text
names only in that line's own paragraph ("T2, by B. B's Cornwall is…", a closing suggestion of another book).
"""

from __future__ import annotations

import re

from .book import BY, QUOTES, Book, Context, clean_title, is_name
from .creditrow import ROLE_WORDS

_RECORD = re.compile(
    rf"^[*_{QUOTES}]*(?P<title>[^\W\d_][^,.:;!?\n]{{0,80}}?)[*_{QUOTES}]*,\s+{BY}\s+"
    r"(?P<author>[^\W\d_][^,;:!?\n]{0,60}?(?<=[^\W\d_]{2}))\.(?:\s|$)"  # (the name ends on a word's stop, no initial's)
)

# a contribution or a post's kind, credited ("A guest post", "Gastbeitrag", "Cover illustration", "Reseña invitada")
_CREDIT = re.compile(rf"(?<!\w)(?:{ROLE_WORDS}|cover|post|blog|(?:\w+)?beitrag|entrada|billet|articolo|artigo|"
                     r"artículo|article|artikel|bijdrage|inlägg|innlegg|indlæg|wpis|příspěvek|kirjoitus)(?!\w)", re.I)
# a quotation alone on its line: an epigraph, the record line after it names its source
_QUOTATION = re.compile(rf"^[{QUOTES}].*[{QUOTES}][.…]?$")


def _credit_line(title: str, language: str | None) -> bool:
    """The "title" is a credit in words ("A guest post"), lower case after its first word (German capitalises)."""
    return bool(_CREDIT.search(title)) and (
        (language or "")[:2] in ("de", "lb") or not any(w[:1].isupper() for w in title.split()[1:]))


def comma_by_record(lines: list[str], context: Context, named: Book | None = None) -> Book | None:
    """The book of the page's one "T, by A." record line, its author named by surname elsewhere in the text (not
    another book than the one the headline `named`: "If you liked it, try T2, by B.")."""
    if not lines or ", " not in context.text:
        return None
    ends = dict.fromkeys([*range(min(4, len(lines))), *range(max(0, len(lines) - 8), len(lines))])
    found = [(m, n) for n in ends if (m := _RECORD.match(lines[n].strip()))]
    if len(found) != 1:
        return None
    (record, at), line = found[0], lines[found[0][1]]
    title, author = clean_title(record.group("title")), record.group("author").strip()
    if not title or len(title.split()) > 10 or not is_name(author) or _credit_line(title, context.language):
        return None
    if at and _QUOTATION.match(lines[at - 1].strip()):
        return None  # (an epigraph's source)
    # (named by surname outside the record's own paragraph)
    if not Context(context.text.replace(line, " "), context.not_authors, context.language,
                   context.ignore_case).vouches_for(author):
        return None
    if named is not None and named.title.casefold() != title.casefold():
        return None
    return Book(title, author, source="citation")
