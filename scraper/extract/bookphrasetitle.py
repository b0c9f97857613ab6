"""A part of an English headline that the post's prose writes in lower case inside a sentence is the post's own
phrase, not the book's title: English sets a title in capitals wherever the text names it ("The Salt Ledger was …",
"… in The Salt Ledger"), so "Two rivers, one town and …" over "… it follows two rivers that …" names no book.

``bookrescue`` splits a headline at its colon or comma and takes the part before a lower-case remark for the title;
``swapped`` vets that part first. A part in quotes in the headline is left as it is (quotes mark a title); a part the
prose names with its capital, or never, is kept. A phrase is replaced by the one run the prose writes as an English
title — an article and two to five capitalised words ("The Glass Orchard", "A Winter Ferry Crossing"), none of them
a word of the headline's phrase — when the prose has exactly one such run and names a book there (in quotes, after a
book noun, or opening a sentence beside one: not a paper's name, "praised in The New York Times"); else the phrase is dropped and the rescue reads its other candidates (the author is found for the title
by the rescue's own rules, so a title with no writer the page names stays unread). Other languages write titles in
sentence case, where a lower-case word inside a title tells nothing: only an English post is read so. A title's
first word keeps its capital in every cased language, though: ``common_word`` tells the rescue that a headline's part
the prose writes only in lower case ("Hovet, …" over "… det danska hovet") is a common noun, whatever the language.
"""

from __future__ import annotations

import re

from .book import Context

_RUN = re.compile(r"(?<![\w’'])(?:The|A|An)\s+((?:[A-Z][a-z’']+\s+){1,4}[A-Z][a-z’']+)(?![\w’'])")
_QUOTES = "\"“”‘’«»„'"
_BOOK_NOUN = re.compile(r"(?<!\w)(?:novel|book|debut|memoir|novella|story|stories|collection|thriller|saga|biography|"
                        r"romance|fable|trilogy|sequel|title)s?(?!\w)", re.I)
_BOOK_NOUN_END = re.compile(_BOOK_NOUN.pattern + r",?\s*$", re.I)
# a paper's name saying something: "The Daily Post called it …", "The New York Times reported …"
_REPORTING = re.compile(r"\s+(?:called|calls|praised|praises|said|says|wrote|writes|reported|reports|reviewed|named|"
                        r"described|ranked|listed|noted|published|ran)(?!\w)")


def _lower_only(phrase: str, prose: str) -> bool:
    """The prose names `phrase` (two words or more) only with a lower-case first letter, inside a sentence."""
    if len(phrase.split()) < 2 or not phrase[:1].isupper():
        return False
    found = [m.group(0) for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", prose, re.I)]
    return bool(found) and all(f[:1].islower() for f in found)


def common_word(part: str, prose: str) -> bool:
    """A headline's part, capitalised as a headline's first word is, that the prose writes only in lower case inside
    its sentences, in any language whose script has capitals ("Hovet, kungen och läkaren …" over "… vid det danska
    hovet"): a common noun or phrase, not a title, which keeps its first capital wherever a text names it, in sentence
    case too ("… i Livläkarens besök")."""
    if not part[:1].isupper() or part[1:2].isupper():  # (an acronym, a title in capitals: no telling)
        return False
    found = [m.group(0) for m in re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", prose, re.I)]
    return bool(found) and all(f[:1].islower() for f in found)


def _named_as_book(prose: str, start: int, end: int) -> bool:
    """The run stands where the prose names a book: in quotes, right after a book noun ("her novel The Glass Orchard"),
    or opening a sentence with a book noun in it or the one before ("… a novel arrives … The Wish Child is one of
    those") and no reporting verb after it. A paper's name inside a sentence ("praised in The New York Times") or
    saying something ("The Daily Post called it …") is none."""
    if prose[start - 1:start] in _QUOTES and start or prose[end:end + 1] in _QUOTES and prose[end:end + 1]:
        return True
    before = prose[:start]
    if _BOOK_NOUN_END.search(before):
        return True
    if before.rstrip() and before.rstrip()[-1] not in ".!?…\n" or _REPORTING.match(prose, end):
        return False
    sentences = re.split(r"(?<=[.!?…])\s+|\n", before.rstrip())
    after = re.split(r"(?<=[.!?…])\s", prose[end:], maxsplit=1)[0]
    return bool(_BOOK_NOUN.search(" ".join(sentences[-2:]) + " " + after))


def swapped(title: str, headline: str, prose: str, context: Context | None) -> str:
    """`title` as it is; or, for an English headline's phrase that the prose writes in lower case, the one title-cased
    run of the prose (module docstring), or "" (no title)."""
    if not context or not (context.language or "").lower().startswith("en") or not title[:1].isupper():
        return title
    at = headline.find(title)
    if at < 0 or headline[at - 1:at] in _QUOTES and headline[at - 1:at] != "" or not _lower_only(title, prose):
        return title
    phrase = {w.casefold() for w in title.split()}
    runs = {m.group(0): m for m in _RUN.finditer(prose) if not any(w.casefold() in phrase for w in m.group(1).split())}
    if len(runs) != 1:
        return ""
    (run, found), = runs.items()
    return run if _named_as_book(prose, found.start(), found.end()) else ""
