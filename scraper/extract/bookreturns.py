"""Does a post keep returning to the one book its text names? The references a name count misses.

``anaphora.book_mentions`` counts the book's title and its author's surname (and, in Chinese, Japanese, Korean and
Thai, "this book", "the novel"). A reviewer writing in other languages names the book once and then calls it "the
book", "the whole book", "the novel" (its noun with an article or a demonstrative, in each language's grammar:
reviewwords' WORK_REFERENCE and MORE_WORK_REFERENCES; the scripts' own anaphora are counted already), and a headline may name the book
without its title marks or capitals ("the country girls: notes from a rainy week", a clause of its own). Those count
too, at classify's "names a book in its text but neither rates it nor keeps returning to it":

- "the book", "this novel" … in the text, but not one another word marks as some other book of the author's or the
  series' ("the second book", "the next novel", "that other book": an ordinal or a word for another one between the
  article and the noun; a general class of words, not a page's phrasing), nor a title ("The Summer Book": its noun
  capitalised); counted only in a text in the writer's own first person ("I", "my", … in reviewed.FIRST_PERSON's
  languages) under a headline that asks nothing, and twice at least (a cover reveal's or an excerpt's "the book comes out
  in March" once is a notice's): a publisher's excerpt, a news item about a series, an interview in
  the third person, a reader's request for read-alikes ("Books like T?") speak of "the novel" too, in no reviewer's voice;
  and "keeps returning" to the end: one of them at least stands in the text's second half (an essay on reading that
  names a book in its opening and goes on about "the book" in general, "finish the book whatever it costs", has done
  with it by the middle, and a review comes back to it as it closes);
- the headline: one of its clauses (split at a colon, a bar, a semicolon or a spaced dash) is the book's title whole,
  in any case: the post's subject, as a title set off is (``headline.headline_work``).

They are the book's only when it is the one book the post names (books_named at most one): in a post naming several,
"the book" may be any of them.
"""

from __future__ import annotations

import re

from .casefold import fold
from .reviewwords import MORE_WORK_REFERENCES, WORK_REFERENCE
from .reviewed import ASKING, FIRST_PERSON

# the headline's clauses: split at a colon, a bar, a semicolon or a spaced dash (headline.py's)
_CLAUSES = re.compile(r"\s*[:|;؛：｜]\s*|\s+[—–-]\s+")
# English references to another book than the one named: an ordinal, "next", "last", "other", "new" between the article
# and the noun ("the second book", "the next novel", "that other book"); counted off the references (the other languages'
# patterns take no word between, or read a possessive the same way)
_OTHER_BOOK = re.compile(r"\b(?:this|the|that)\s+(?:[a-z]+\s+)?(?:first|second|third|fourth|fifth|next|last|previous|"
                         r"other|new|newest|latest|earlier|later|following|sequel|debut|final|\d+(?:st|nd|rd|th))\s+"
                         r"(?:[a-z]+\s+)?(?:book|novel|novella|memoir)\b", re.I)

# a reference whose noun is capitalised is a title ("The Summer Book", "Das Buch der Unruhe"): not the book's "the book"
_TITLED = re.compile(r"\s(?-i:[A-ZÀ-ÞΑ-ΩА-Я])\w*$")


def headline_names(title: str | None, book_title: str | None) -> bool:
    """One clause of the headline is the book's title whole, in any case ("coming home: notes on a slow novel")."""
    if not (title and book_title) or len(book_title) < 4:
        return False
    wanted = fold(book_title.strip(" .!…"))
    return any(fold(clause.strip(" .!…\"'“”‘’")) == wanted for clause in _CLAUSES.split(title))


def more_references(ev) -> int:
    """The references to the post's one book its mention count leaves out: "the book", "the novel" in the text (not
    another book's: "the second book"), and its title whole as a clause of the headline (0 when the post names
    several books)."""
    if ev.books_named > 1 or not ev.book_title:
        return 0
    return _voiced_references(ev) + headline_names(ev.title, ev.book_title)


def _voiced_references(ev) -> int:
    """"The book", "the novel" in a text in the writer's own first person, under a headline that asks nothing."""
    lines = ev.body[0]
    if ASKING.search(ev.title or "") or sum(1 for line in lines if FIRST_PERSON.search(line)) < 2:
        return 0
    text = "\n".join(lines)
    starts = [m.start() for m in WORK_REFERENCE.finditer(text) if not _TITLED.search(m.group(0))]
    starts += [m.start() for m in MORE_WORK_REFERENCES.finditer(WORK_REFERENCE.sub(lambda m: " " * len(m.group(0)), text))]
    found = len(starts) - len(_OTHER_BOOK.findall(text))
    if found < 2 or 2 * max(starts) < len(text):  # (none in the second half: the text has done with the book)
        return 0
    return found  # (called so once, a notice's "the book comes out in March", it is no return)
