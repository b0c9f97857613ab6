"""A post's one score given inside one item of a list of set-off things (wldetect s34): a haul, a shelf or a to-read pile
lists four or more items, each led by its own emphasised name ("- **Name** (details) — remark"), and scores one of them
in passing ("4/5 for the heft alone"). The score is that item's, not the post's verdict on one work: a list, not a
review. A review's own lists are told apart by shape: a record's or an aspect's label ends on its colon ("- **Plot:**
…"), a closing verdict row is the list's last item ("- **Overall** — 4/5"), and a list of read-alikes or of the
book's parts keeps the score outside it; the headline of a post about one of the items names it.
"""

from __future__ import annotations

import re

from .casefold import fold
from .scorelines import scored

# a list item led by an emphasised name that is no label (no colon inside or right after the emphasis)
_LED = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(?:\*\*|__|\*|_)(?P<name>[^*_:：\n]{2,80}?)(?:\*\*|__|\*|_)(?!\s*[:：])")
_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")


def _runs(markdown: str) -> list[list[str]]:
    """The body's lists: runs of consecutive item lines (blank lines between items allowed)."""
    runs, current = [], []
    for line in markdown.splitlines():
        if _ITEM.match(line):
            current.append(line)
        elif line.strip():
            if current:
                runs.append(current)
            current = []
    return runs + ([current] if current else [])


def scored_item(ev) -> set[str]:
    """The items' heads when every score the post gives sits in an item (not the last) of a list of four or more items,
    each set off by its own head, none of which the headline names; empty otherwise."""
    if not 1 <= ev.scored_lines <= 2 or not ev.body[1]:
        return set()
    # (a headline naming a book and its maker, the page's book found there, is about that book: a list below it that
    # leaves the book out is its read-alikes or its parts, whatever one of them is scored)
    headline = fold(ev.title or "")
    book = fold(ev.book_title or "") if ev.book_source == "title" else ""
    book = book if book and book != headline and fold(ev.book_author or "\0") in headline else ""
    score = [_plain(s) for s in scored(list(ev.body[0]))]
    for run in _runs(ev.body[1]):
        names = [name for line in run if (name := _head(line))]
        if len(names) < 4 or len(set(map(fold, names))) != len(names) or len(names) < len(run) - 1:
            continue
        if any(fold(name) in headline for name in names) or (book and not any(book in fold(line) for line in run)):
            continue
        hits = {n for s in score for n, line in enumerate(run) if s and s in _plain(line)}
        if score and hits and max(hits) < len(run) - 1 and all(any(s in _plain(line) for line in run) for s in score):
            return set(names)
    return set()


# (or a plain item whose head, before the item's first dash, bracket or stop, is a work and its maker: three to nine
# words, a capitalised one after the first, "T karya A — remark", "T, de A (House).")
_HEAD = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(?P<head>[^—–(.:;!?\n]{5,90}?)\s*(?:\s[—–-]\s|\(|[.:;!?](?:\s|$))")


def _head(line: str) -> str | None:
    """The name an item is led by: its emphasised opening (no label's colon), or a plain head naming a work and its
    maker."""
    if led := _LED.match(line):
        return led.group("name").strip()
    plain = _HEAD.match(line)
    words = plain.group("head").split() if plain else []
    return plain.group("head").strip() if 3 <= len(words) <= 9 and any(w[:1].isupper() for w in words[1:]) else None


def judge(ev) -> tuple[str, str] | None:
    """(kind, reason) for a post whose scores are given to items of a list of several set-off things."""
    names = scored_item(ev)
    if not names:
        return None
    return "list", f"its score goes to one item of a list of {len(names)} set-off things: a list, not a review"


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[*_]+", "", re.sub(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+", "", text)).split())
