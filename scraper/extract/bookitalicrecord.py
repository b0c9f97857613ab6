"""A review's book named in a closing line set apart in italics: a paragraph of its own among the post's last three
lines, all of it in one <em> or <i>, that gives the title and the writer as a record does: "T, A. Kind." (the kind
after the stop, "Short stories", "Novel"), "T: Subtitle, by A, translated from the French." Read only while no author
is found, as the headline's shapes are (``bookheadline.from_title``: "T by A", or "T, A" the text vouches for), on the
line or its first sentence.

The writer must be named in the review's text outside that line, by family name (``Context.vouches_for``), as a review
names the author of its book: an italic line that recommends another book ("If you liked it, try T by A") or announces
the next read names a writer the text never calls by name. The title must read as one: opening on a capital, at most
ten words, no clause of lower-case words after a comma ("If you liked this, try …"), no colon (a head before one labels
the line, "Also by her: T, A. Novel.", or the line's own subtitle follows it, which ``from_title`` parts off). A line the
disclosure reader takes for one ("I received an advance copy of T, by A, from the publisher.": ``notes.disclosure_in``)
says where the copy came from: its opening words are no title."""

from __future__ import annotations

import re

from .book import Book, Context
from .bookheadline import from_title
from .notes import disclosure_in

_FIRST_SENTENCE = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=[^\W\d_])")
_CLAUSE = re.compile(r",\s+[^\W\d_A-Z]")


def _italic_paragraphs(post) -> set[str]:
    """The texts of the body's paragraphs set wholly in one italic element."""
    found = set()
    for p in post.iter("p"):
        kids = [k for k in p if isinstance(k.tag, str)]
        if len(kids) == 1 and kids[0].tag in ("em", "i") and not (p.text or "").strip() \
                and not (kids[0].tail or "").strip():
            found.add(" ".join(p.text_content().split()))
    return found


def italic_record(lines: list[str], context: Context, post) -> Book | None:
    """The book of an italic closing record line (see the module's note); None else."""
    if post is None or len(lines) < 3:
        return None
    italic = None
    for line in lines[-3:][::-1]:
        line = " ".join(line.split())
        if len(line) > 160 or "," not in line:
            continue
        italic = _italic_paragraphs(post) if italic is None else italic
        if line not in italic or disclosure_in(line):
            continue
        outside = Context(context.text.replace(line, " "), context.not_authors, context.language)
        for candidate in (line.rstrip(". "), _FIRST_SENTENCE.split(line, maxsplit=1)[0].rstrip(". ")):
            book = from_title(candidate, outside)
            if book and book.author and book.title[:1].isupper() and len(book.title.split()) <= 10 \
                    and not _CLAUSE.search(book.title) and ":" not in book.title and outside.vouches_for(book.author):
                return Book(book.title, book.author, source="details")
    return None
