"""A record line in a script without capitals, as a paper or a magazine closes (or opens) a review: its parts set apart
by commas, the house last, "T — A, House" (a dash between the title and its author, the book's kind in brackets after
the title allowed: "T (novel) — A, House") or "A, T, House, City".

No capital tells the name there: in the dashed order the dash and the house place it, and it counts where the text
names it again (its family name, in any case ending: ``named_again``) or it carries a writer's dotted initials
("जी. ए. कुलकर्णी", "சி. சு. செல்லப்பா"), or the page's own titles name the title part; in the comma order, which
part is the title is no telling by position ("T, A, House" and "A, T, House" are both usual): the part the page's
titles (headline, page title) name is the title, and the other, a caseless name, its author.
"""

from __future__ import annotations

import re

from .book import DASH, REVIEW_WORD, Context, clean_title
from .bookinfo import AUTHOR_WORDS, _TITLE_LABEL
from .bookcaselessname import caseless_name, named_again
from .bookstackedname import INDIC_HOUSE
from .notewords import PUBLISHER

# a part closing on the house's word ("X प्रकाशन", "X పబ్లిషింగ్ హౌస్")
_HOUSE = re.compile(rf"\S\s*(?:{INDIC_HOUSE})$")
# a letter of a cased script (Latin, Greek, Cyrillic): such a line is the other readers'
_CASED = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
# a sentence's end inside the line (a danda, a question or exclamation mark; a full stop after a word of three letters or
# more, not an initial's)
_SENTENCE = re.compile(r"[।॥?!؟]|[^\W\d_]{3,}\.\s")
_PARTS = re.compile(r"\s*[,،，]\s+")
_KIND = re.compile(r"\s*[(（][^()（）]{1,20}[)）]$")  # ("T (నవల)": the book's kind after its title)
# a title part that is a record's or a review's label ("लेखक — A, House": the author row; "पुस्तक परिचय — A, House"), or
# that holds one before a colon ("यह भी पढ़ें: T — A, House": a pointer to another post's book)
_LABEL_PART = re.compile(rf"(?:{_TITLE_LABEL}|{AUTHOR_WORDS}|{REVIEW_WORD})|.*[:：].*", re.I)
_INITIALS = re.compile(r"^(?:[^\W\d_][\u0900-\u0dff]{0,2}\.\s*){1,3}\S")  # a writer's dotted initials before the name


def _house(part: str) -> bool:
    return bool(_HOUSE.search(part) or PUBLISHER.match(part))


def _short(part: str, most: int = 6) -> bool:
    return 1 <= len(part.split()) <= most


def _record(line: str, context: Context, titles: list[str]) -> tuple[str, str] | None:
    line = re.sub(r"\s+", " ", line).strip().rstrip(".")
    if not line or len(line) > 160 or _CASED.search(line) or _SENTENCE.search(line):
        return None
    parts = [p.strip() for p in _PARTS.split(line) if p.strip()]
    if not 2 <= len(parts) <= 5 or not all(_short(p, 10 if i == 0 else 6) for i, p in enumerate(parts)):
        return None
    halves = re.split(DASH, parts[0], maxsplit=1)
    if len(halves) == 2 and _house(parts[1]):  # "T — A, House"
        title, name = _KIND.sub("", halves[0]).strip(), caseless_name(halves[1])
        if not name or not _short(title) or _house(name) or _house(title) or caseless_name(title) is None \
                or _LABEL_PART.fullmatch(title):
            return None
        vouched = named_again(name, context) or _INITIALS.match(name) or any(title in t for t in titles if t)
        return (clean_title(title), name) if vouched else None
    if len(parts) >= 3 and _house(parts[2]) and not any(_house(p) for p in parts[:2]):  # "A, T, House" / "T, A, House"
        named = [any(p in t for t in titles if t) for p in parts[:2]]
        if not any(named):  # (no title names either: the one part a person's, its initials or its name said again)
            named = [not _personal(p, context) for p in parts[:2]]
            named = named if _personal(parts[1 if named[0] else 0], context) else []
        if named.count(True) != 1:
            return None
        title, name = (parts[0], parts[1]) if named[0] else (parts[1], parts[0])
        name = caseless_name(name)
        return (clean_title(_KIND.sub("", title)), name) if name and caseless_name(title) is not None else None
    return None


def _personal(part: str, context: Context) -> bool:
    """A part of two or three words a person's: a writer's dotted initials before the name, or its family name said again
    in the text as a word of its own (a title's last word may be said again too: both parts must not pass)."""
    if not (caseless_name(part) and 2 <= len(words := part.split()) <= 3):
        return False
    if _INITIALS.match(part):
        return True
    # (a word of its own: no letter nor an Indic letter's mark on either side; the record line is one)
    last = words[-1]
    alone = rf"(?<![\w\u0900-\u0dff]){re.escape(last)}(?![\w\u0900-\u0dff])"
    return len(last) >= 3 and len(re.findall(alone, context.text)) >= 2


def caseless_record(lines: list[str], context: Context, titles: list[str]) -> tuple[str, str] | None:
    """(title, author) from a record line in a caseless script among the post's last lines or its first ones; none where
    two lines there are records of different books (a list: "the author's other books", "read next")."""
    found = {pair for line in dict.fromkeys([*lines[-4:], *lines[:3]]) if (pair := _record(line, context, titles))}
    return found.pop() if len(found) == 1 else None
