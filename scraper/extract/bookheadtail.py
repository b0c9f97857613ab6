"""A headline's tagline read into the title: "Author: Title – the honeymoon that sets off the wrong way".

Papers head a review "Author: Title – tagline", the tagline after a spaced dash a phrase of their own that opens in
lower case (a book's subtitle after a dash opens on a capital where its script has them). Read off the headline, the
title runs on into the tagline; it is cut at the dash when the post's text names the part before it as a whole and
names neither the whole title nor the part after the dash (a subtitle the text gives in full stays).

A paper may instead end the title with a full stop and go on in a sentence of its own ("Author: Title. The river
that keeps, as ever, its own counsel"): a remark after the stop that holds a clause (a comma, then a lower-case word)
and runs to four words or more is no subtitle (a subtitle is a phrase: "T. A Novel", "T. Stories from the Coast");
read with its author, it is cut at the stop where the text names neither the whole title nor the remark.

A short review may never name its book in its text at all (it says "the book", "the novel"): then the post's address
decides, as papers build it from the headline's words they keep: the tagline is cut where the address spells the part
before the dash and does not run on into the tagline's first word ("/author-title-read-again" under "Author: Title –
a tagline in lower case").

A headline in title case may run the title on into a phrase of its own in lower case, joined by a small word ("A's
T of Steel and the long boredom of sea power"): a title set in title case capitalises every long word, so a run of
lower-case words after its last capital, three of them long (words as spaces part them: "half-blood" is one), is the
headline's phrase, not the title's (``_cased``). Cut there only when nothing in the headline marks where the title
ends (it ends the headline, with nothing or its owner before it: "T by A", "T, de A", "A: T" set the whole title in
sentence case, "Captain Underpants and the attack of the talking toilets by Dav Pilkey"), the title's head is in title
case (two capitals or more) and the text names neither the whole title nor the phrase; one the review names whole stays.

A headline may also run the title on into its subtitle after a full stop or a colon ("A – T. Subtitle", "A: T: S"), where
the post's own record line (its closing or opening bibliographic line: the author's name, the title, then the house, a
year, pages or a price) gives the title alone: "A: T. House, City 2012, 352 pages." Where such a line names the author
(or the surname) and the title's head closed there by a full stop or a comma, and the text never names the whole title,
the record decides and the subtitle is cut (``_recorded``). A subtitle that is an alternative title ("T. Or S") is
bookalttitle's and stays; a record that runs on into the subtitle gives the whole title and keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from .book import Book
from .bookalttitle import OPENS_OR_CAPITAL
from .bookbiblio import BIBLIO_TAIL, TAIL_LOOK
from .slugspell import slug_words, spells

_TAGGED = re.compile(r"^(?P<head>.+?)\s+[–—-]\s+(?P<tail>.+)$")
# "T. A remark, with a clause": the stop after two letters (not an initial), the remark opening on a capital
_STOPPED = re.compile(r"^(?P<head>[^.]*?\w\w)\.\s+(?P<tail>[^\W\d_][^.]*?,\s+[^\W\d_A-Z][^.]*)$")


def _named(part: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text, re.I) is not None


def headline_tail(book: Book | None, text: str, url: str | None = None,
                  headlines: Callable[[], Iterable[str]] | None = None) -> Book | None:
    """`book` without a lower-case tagline after a spaced dash that its text never names; else as it was.
    `headlines`: the page's headline and headings, asked for only where a title-case head may be cut (``_cased``;
    none given: the title is its own headline)."""
    if book is None or not book.title or not text:
        return book
    match = _TAGGED.match(book.title.strip())
    if not match:
        if ". " not in book.title and ": " not in book.title:
            return _cased(book, text, headlines)
        return _recorded(book, text) or (_stopped(book, text) if ". " in book.title else book)
    head, tail = match.group("head").strip(), match.group("tail").strip()
    if not tail[:1].islower() or len(tail.split()) < 2 or not head[:1].isupper():
        return book  # (a subtitle opens on a capital; "T – ja" is no tagline)
    if book.author and head.casefold() == book.author.casefold():
        return book
    if _named(book.title, text) or _named(tail, text):
        return book
    if not _named(head, text) and not (url and len(head.split()) >= 2 and _slugged(head, tail, slug_words(url))):
        return book  # (a text that names no part of it: the address may still spell the title alone)
    return replace(book, title=head)


def _slugged(head: str, tail: str, slug: str) -> bool:
    """The address spells `head` and stops short of the tagline's first word after it."""
    return spells(slug, head) and not spells(slug, f"{head} {tail.split()[0]}")


def _stopped(book: Book, text: str) -> Book:
    """`book` without a remark after its title's full stop (see the module's note); else as it was."""
    match = _STOPPED.match(book.title.strip())
    if not match or not book.author:
        return book
    head, tail = match.group("head").strip(), match.group("tail").strip()
    if not tail[:1].isupper() or len(tail.split()) < 4 or len(head.split()) > 8 or _named(book.title, text) or _named(tail, text):
        return book
    return replace(book, title=head)


# "T. S" / "T: S": the head (two letters before the stop, not an initial) and a subtitle opening on a capital or a figure
_SUBTITLED = re.compile(r"^(?P<head>[^.:]*?\w\w)[.:]\s+(?P<tail>[^\W_a-z][^.:]*)$")
_RECORD_WORDS = 40  # a record line is short


def _recorded(book: Book, text: str) -> Book | None:
    """`book` cut to the head of its title where the post's record line gives the head alone (the module's note)."""
    if not book.author:
        return None
    match = _SUBTITLED.match(book.title.strip())
    if not match:
        return None
    head, tail = match.group("head").strip(), match.group("tail").strip()
    if OPENS_OR_CAPITAL.match(tail) or len(head.split()) > 10 or _named(book.title, text):
        return None
    closed = re.compile(rf"(?<!\w){re.escape(head)}\s*[.,]\s+(?P<after>\S+)", re.I)
    surname = book.author.split()[-1].casefold()
    first_tail = tail.split()[0].casefold()
    for line in text.splitlines():
        if head.casefold() not in line.casefold() or surname not in line.casefold() or not TAIL_LOOK.search(line):
            continue
        if len(line.split()) > _RECORD_WORDS or not BIBLIO_TAIL.search(line):
            continue
        found = closed.search(line)
        if found and found.group("after").strip(".,:;").casefold() != first_tail.strip(".,:;"):
            return replace(book, title=head)
    return None


# a long word: four letters or more before any hyphen or apostrophe (a word is what spaces part: "half-blood" one)
_LONG = re.compile(r"[^\W\d_]{4,}")
# what may stand before a title that runs on to the headline's end, unmarked: nothing, or its owner ("A's T …")
_OWNER = re.compile(r"(?:^|[^\W\d_]['’]s?)\s*$")


def _cased(book: Book, text: str, headlines: Callable[[], Iterable[str]] | None) -> Book:
    """`book` without a lower-case phrase run on after its title-case head (see the module's note); else as it was."""
    if book.source not in ("title", "heading") or not book.author:
        return book
    words = book.title.split()
    last = max((i for i, w in enumerate(words) if w[:1].isupper()), default=0)
    head, tail = words[:last + 1], words[last + 1:]
    # (the tail: lower-case words only, opening on a short joining word, "and the …", "et la …", "y el …", "in de …")
    if len(tail) < 4 or not (tail[0].isalpha() and tail[0].islower() and len(tail[0]) <= 3) \
            or any(c.isupper() or c.isdigit() for w in tail for c in w):
        return book
    if sum(w[:1].isupper() for w in head) < 2 or any(w[:1].islower() and _LONG.match(w) for w in head):
        return book  # (a head in sentence case: no title case to tell the title's words from the phrase's)
    if sum(1 for w in tail if _LONG.match(w)) < 3 or _named(book.title, text) or _named(" ".join(tail), text):
        return book
    if headlines is not None and not _unmarked(book.title.strip(), headlines()):
        return book  # (a headline that marks where its title ends, "T by A", "T, de A", "A: T", sets its whole title)
    return replace(book, title=" ".join(head))


def _unmarked(title: str, headlines: Iterable[str]) -> bool:
    """Whether a headline ends on `title` with nothing but its owner before it ("T …", "A's T …"): nothing there marks
    where the title ends (a "by A" after it, a colon or a quotation mark before it would)."""
    key = title.casefold()
    for headline in headlines:
        low = " ".join((headline or "").split()).casefold()
        at = low.rfind(key)
        if at != -1 and not low[at + len(key):].strip(" .!?…") and _OWNER.search(low, 0, at):
            return True
    return False
