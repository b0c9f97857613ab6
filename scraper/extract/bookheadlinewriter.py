"""A short post whose headline is its book's title alone and whose opening sentence names the writer beside the work:
"A. H. Tammsaare's last novel is a fairy tale …" (et "A. H. Tammsaare viimane romaan on …"), "I finally read the book
by Leo Tuor that …" (rm "il cudesch da Leo Tuor"), "finally read A's T, her first novel" under the headline "t".

A reading log, a Tumblr or a write.as blog heads a post with the book's title and nothing else, and its first sentence
says whose book it is. The headline is read as the title when it is short (one to six words, no figure, no question,
no exclamation, no colon or dash parting it into a record of its own: the headline readers read those) and not the
writer's name; the writer, a name (book.is_name, not the blog's nor the blogger's), is read from the post's first
line of prose in one of three places only:

- opening it, with one word at most (an adjective: "last", "new") between it and the word for the work, "A's last
  novel", "A viimane romaan";
- after the word for the work and a word for "by" (book.BY_RECORD), "the book by A", "il cudesch da A", "le roman de A";
- before the headline's own words set in the text, as a possessive, "A's T" (the title then as the text writes it).

The words for the work: a novel's (bookbrand's kind heads) and a book's (bookcardlocal's, and en "book"), in many
languages. A first line that names a person elsewhere ("My sister lent me this") names no writer: no book.
"""

from __future__ import annotations

import re

from .book import BY_RECORD, NAME, Book, Context, is_name
from .bookbrand import _KIND_HEADS
from .bookcardlocal import _BOOK
from .casefold import bare

# the work's word, as the text writes it (a language's book word accented or not: "cudesch", "knjiga", "könyv")
_WORKS = sorted({*_KIND_HEADS, *_BOOK, "book", "cudesch", "könyv", "książka", "leabhar", "llyfr", "téere"}, key=len, reverse=True)
_WORK = r"(?i:" + "|".join(re.escape(w) for w in _WORKS) + r")"
# (the name as book.NAME writes it, its last word without a possessive's ending: "A's last novel")
_OPENING = re.compile(rf"^\W{{0,3}}(?P<name>{NAME}?)(?:['’]s)?\s+(?:[^\W\d_]+\s+)?{_WORK}(?![^\W\d_])")
_AFTER_WORK = re.compile(rf"(?<![^\W\d_]){_WORK}\s+{BY_RECORD}\s+(?P<name>{NAME})(?![\w'’])")
# (a sentence ends on a stop after a word, not after a name's initial: "A. H. Tammsaare …")
_FIRST_SENTENCE = re.compile(r"^.*?(?:(?<=[^\W\d_]{2})[.!?](?=\s)|$)")


def _headline(title: str | None) -> str | None:
    """The headline when it can be a title alone: one to six words, no figure, no ? ! : or dash."""
    title = " ".join((title or "").split())
    if not title or not 1 <= len(title.split()) <= 6 or re.search(r"[\d?!:;|–—]|\s-\s", title):
        return None
    return title


def _writer(name: str | None, title: str, context: Context) -> str | None:
    name = re.sub(r"['’]s$", "", (name or "").strip())
    # (NAME runs on over a capitalised word after the name: the work's own word, "A. H. Tammsaare Romaan")
    if not is_name(name) or len(name.split()) < 2 or name.casefold() in title.casefold() \
            or any(bare(name).casefold() == bare(n).casefold() for n in context.not_authors if n):
        return None
    return name


def headline_writer(title: str | None, lines: list[str], context: Context) -> Book | None:
    """The book a short post's headline names, its writer named beside the work in the first sentence, or None."""
    headline = _headline(title)
    if headline is None or not lines:
        return None
    # (the headline is the book's when the text says one of its words again, the title or its hero's name, written
    # with a capital as a name is: "Spring news" over a notice that a writer's novel is out says neither, "Autumn
    # readings" over "our autumn readings open with her" says a common noun)
    first = _FIRST_SENTENCE.match(lines[0].strip()).group(0)
    words = [w for w in re.findall(r"[^\W\d_]+", headline.casefold()) if len(w) >= 4]
    text = "\n".join(lines)
    if not any(m.group(0)[:1].isupper() for w in words for m in re.finditer(rf"(?<!\w)(?i:{re.escape(w)})", text)):
        return None
    # (a first sentence that calls the work "A's novel" and says the headline's word as something else, "A's new
    # novel opens the festival" under "Festival lineup", "the novel by A is on the prize's shortlist" under "Prize
    # shortlist", is a notice about that topic: the headline is a title only where that sentence leaves it unsaid,
    # or says it whole beside the work's word, "A's novel Flurin")
    named = re.sub(rf"(?<![^\W\d_]){_WORK}\W{{1,3}}(?i:{re.escape(headline)})(?![^\W\d_])", " ", first)
    name = None
    if not any(re.search(rf"(?<!\w){re.escape(w)}", named.casefold()) for w in words):
        opening = _OPENING.match(first)
        name = _writer(opening.group("name"), headline, context) if opening else None
        if name is None and (after := _AFTER_WORK.search(first)):
            name = _writer(after.group("name"), headline, context)
    shown = headline
    if name is None:
        owned = re.search(rf"(?P<name>{NAME}?)['’]s\s+(?P<title>(?i:{re.escape(headline)}))(?![^\W\d_])", first)
        if owned and owned.group("title")[:1].isupper():
            name, shown = _writer(owned.group("name"), headline, context), owned.group("title")
    if name is None:
        return None
    return Book(shown if shown[:1].isupper() else headline, name, source="title")
