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

from .book import DASH, REVIEW_WORD, Context, clean_title, letters_of
from .bookinfo import AUTHOR_WORDS, _TITLE_LABEL
from .bookcaselessname import caseless_name, named_again
from .bookstackedname import INDIC_HOUSE
from .bookwrittenby import WRITING
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
_WRITES = re.compile(WRITING.pattern + r"|লেখ|ଲେଖ|लेख")  # (bookdashowner's: "লেখেন" too)
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
            ordered = caseless_order(parts[:2], context.text.replace(line, "\n"))
            named = [] if ordered is None else [ordered[0] == parts[0], ordered[0] == parts[1]]
        if named.count(True) != 1:
            return None
        title, name = (parts[0], parts[1]) if named[0] else (parts[1], parts[0])
        name = caseless_name(name)
        if name and _reviewer(name, context):  # (the reviewer's signature, "A, role, House", names no author)
            return None
        return (clean_title(_KIND.sub("", title)), name) if name and caseless_name(title) is not None else None
    return None


def _reviewer(name: str, context: Context) -> bool:
    """`name` is the reviewer's or the blog's (``Context.not_authors``, their letters alone: "के. एस." and "के एस")."""
    return any(n and letters_of(n) == letters_of(name) for n in context.not_authors)


# a clause of the text: set apart by a sentence's stop, a comma or a semicolon, or a line's end
_CLAUSE = re.compile(r"[^.!?।॥۔؟,،;\n]+")


def _personal(part: str, text: str) -> bool:
    """A part of two or three words a person's: a writer's dotted initials before the name, or its family name said in
    the text (the record line not counted) as a word of its own opening a sentence or a clause ("মিত্র খুব সংযত ভাষায়
    লেখেন", "वर्मा का यह उपन्यास") or in a clause of writing. A title's last word a noun the text says alone as well
    ("সেই দাগ মোছে না"): said mid-clause, with no verb of writing, it tells nothing."""
    if not (caseless_name(part) and 2 <= len(words := part.split()) <= 3):
        return False
    if _INITIALS.match(part):
        return True
    last = words[-1]
    if len(last) < 3:
        return False
    alone = _alone(last)
    for clause in _CLAUSE.findall(text):
        clause = clause.strip(" \"“”‘’'«»()")
        if (found := alone.search(clause)) and (found.start() == 0 or _WRITES.search(clause)):
            return True
    return False


def _alone(word: str) -> re.Pattern:
    """`word` as a word of its own: no letter nor an Indic letter's mark on either side."""
    return re.compile(rf"(?<![\w\u0900-\u0dff]){re.escape(word)}(?![\w\u0900-\u0dff])")


def _said_alone(word: str, text: str) -> bool:
    return len(word) >= 3 and _alone(word).search(text) is not None


def caseless_order(parts: list[str], text: str) -> tuple[str, str] | None:
    """(title, author) of a record's first two parts in a caseless script ("T, A, …" or "A, T, …") where exactly one is a
    person's (``_personal``); none where both or neither are, or where the other part is a single word and the person's
    is vouched for by the family name only (a pen name is one word as often as a title is: ``_personal`` never tells
    it, and a two-word title's noun said again would pass for the name). Read by ``bookclosingfacts`` too."""
    personal = [_personal(p, text) for p in parts[:2]]
    if personal.count(True) != 1:
        return None
    who = personal.index(True)
    other = parts[1 - who]
    if len(other.split()) < 2 and not _INITIALS.match(parts[who]) or _said_alone(other.split()[-1], text):
        return None  # (the other part's last word said alone anywhere: that part may be a name as well)
    return other, parts[who]


def caseless_record(lines: list[str], context: Context, titles: list[str]) -> tuple[str, str] | None:
    """(title, author) from a record line in a caseless script among the post's last lines or its first ones; none where
    two lines there are records of different books (a list: "the author's other books", "read next")."""
    found = {pair for line in dict.fromkeys([*lines[-4:], *lines[:3]]) if (pair := _record(line, context, titles))}
    return found.pop() if len(found) == 1 else None
