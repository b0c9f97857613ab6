"""A book by two to four writers, named together beside its title: "A and B, «T»", "T by A & B", "«T» — A, B и C".

The rules before read one person of such a credit (a by-line's last name, a record's first) as the book's author. A
record names all of a book's writers, joined by each language's "and" (or "&", or a comma), right before the title
(parted from it by a comma, a colon or a dash) or right after it (parted so, or by a by-word). Read here, last, for
the author already found: where the text (or the headline) sets that author in such a joined credit beside the
title, the author becomes the whole credit, its names joined by ", " (the archive's author key drops "and" and sorts
the words: "A and B" is "B, A").

Only a credit of full names is read: each part two to four words, a cased script's capitalised name (``is_name``) or,
in a script without capitals, words of one script, and each co-author named again by surname beyond the credit, as a
review names its writers ("Ilf and Petrov"). Given names joined before one family name ("Arkadi and Boris Strugatsky")
are one credit of a pair and stay as they are. A list joined by commas alone is read only before the title ("A, B,
«T»"), each called by surname more often than whole (a person's way, no house's) and none a publisher's word; after a
title commas part a record's author, house and year ("T, A, Penguin Books, 2019"). The near misses stay: a comparison
("Like A and B, «T» …") names other writers, not the author found; "T by A, illustrated by B" joins no two names; a
declined name ("роман Ильи Ильфа и …") is no credit's form and not the author found.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import BY_RECORD, NAME_WORD, QUOTES, Book, Context, is_name
from .notewords import PUBLISHER

# "and" between writers. Everywhere: "and", "&", and the words no other language writes between two names: de "und", sv
# "och", da/no/is "og", pl "oraz", ro "și", hu "és", el "και", vi "và", sq "dhe", Cyrillic "и"/"і"/"та"/"й"; in scripts
# without capitals: fa/ar/ur "و", ur "اور", hi/mr/ne "और"/"व"/"आणि"/"एवं"/"र", bn "ও"/"এবং", ta "மற்றும்", th "และ"
# (he "ו" is a prefix, not read). A short word that is another language's preposition ("in" San Francisco, "en" Buenos
# Aires, "a" Reggio Emilia) is read only on a page in its own language.
_AND_EVERYWHERE = r"and|&|und|och|og|oraz|și|és|και|và|dhe|и|і|та|й|و|اور|और|व|आणि|एवं|र|ও|এবং|மற்றும்|และ"
_AND_OWN = {
    "fr": "et", "la": "et", "es": "y", "ca": "i", "gl": "e", "it": "e|ed", "pt": "e", "nl": "en", "af": "en",
    "pl": "i", "hr": "i", "sr": "i", "bs": "i", "cs": "a", "sk": "a", "sl": "in", "fi": "ja", "et": "ja", "tr": "ve",
    "az": "və", "id": "dan", "ms": "dan", "lt": "ir", "lv": "un", "eu": "eta",
}
_AND_BY_LANGUAGE = {
    code: re.compile(rf"\s+(?:{_AND_EVERYWHERE}|{words})\s+") for code, words in _AND_OWN.items()
}
_AND_ANY = re.compile(rf"\s+(?:{_AND_EVERYWHERE})\s+")


def first_of_pair(credit: str, language: str | None) -> str | None:
    """The first of two full names a credit joins with the language's "and" ("A and B", "A e B", "A und B"); None
    where the credit is no two names so joined."""
    parts = _AND_BY_LANGUAGE.get((language or "")[:2].lower(), _AND_ANY).split(credit)
    return parts[0].strip() if len(parts) == 2 and all(is_name(p.strip()) for p in parts) else None
# the clause right before the title: back to a sentence's or a quote's end (an initial's dot is a name's), then the
# separator and perhaps the title's opening quote
_BEFORE = re.compile(rf"(?P<names>(?:[^.!?;।\n{QUOTES}]|(?<=\b\w)\.)+?)\s*(?:[,،、:：]|\s[–—-])\s*[{QUOTES}]?$")
# after the title: its closing quote, a separator or a by-word, then the credit up to a sentence's end or a bracket
_AFTER = re.compile(rf"^\s?[{QUOTES}]?\s*(?:[,،、:：]\s*|\s?[–—-]\s*|\s+)(?P<by>{BY_RECORD}\s+)?"
                    rf"(?P<names>(?:[^.!?;।\n(){QUOTES}]|(?<=\b\w)\.)+)")
_JOINS = re.compile(rf"[,،、]|\s(?:{_AND_EVERYWHERE}|{'|'.join(sorted(set(_AND_OWN.values())))})\s")  # (the cheap test)
_CAPITAL_WORD = re.compile(NAME_WORD)
_NAME_PART = re.compile(rf"^{NAME_WORD}(?:\s+\S+){{1,3}}$")
_CASELESS_PART = re.compile(r"^[^\s\dA-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff.,:;!?'\"()]+"
                            r"(?:\s+[^\s\dA-Za-z.,:;!?'\"()]+){1,3}$")
_POSSESSIVE = re.compile(r"['’]s?$")  # ("A and B's podcast": B's, no co-author)
_WINDOW = 160  # characters either side of the title: a record's line, not the paragraph


def co_authors(book: Book | None, text: str, headline: str | None = None, context: Context | None = None
               ) -> Book | None:
    """The book with its author's joined credit beside the title as its author (above); the book unchanged else."""
    if not (book and book.author and book.title) or len(book.author.split()) < 2 or book.author == book.title:
        return book
    # (the page's own context: not the blog or blogger, and its language's "and")
    context = Context(text, context.not_authors, context.language) if context else Context(text)
    joins = _AND_BY_LANGUAGE.get((context.language or "")[:2].lower(), _AND_ANY)
    for source in (text, headline or ""):
        if book.author not in source or book.title not in source or not _JOINS.search(source):
            continue
        at = source.find(book.title)
        for _ in range(4):  # (the title's first few places: a record stands at the top or the bottom)
            if at < 0:
                break
            before = _BEFORE.search(source[max(0, at - _WINDOW):at])
            window = source[at + len(book.title):at + len(book.title) + _WINDOW]
            after = _AFTER.match(window)
            for match, last in ((before, True), (after, False)):
                names = _credit(match.group("names"), book.author, context, last, joins) if match else None
                if names and (last or _ends_record(window, match, names[-1])):
                    return replace(book, author=", ".join(names))
            at = source.find(book.title, at + len(book.title))
    return book


# what may follow a credit's last name after a title: the record's end (a line's or a sentence's end, a comma and
# a house or a year, a bracketed year); not a role or a part in brackets ("(translator)"), a possessive ("B's
# podcast"), an apposition ("B, her husband"), nor, with no by-word, a verb ("A and B share a flat")
_RECORD_ENDS = "\n.!?;।:–—-" + QUOTES
_BRACKETED_YEAR = re.compile(r"\([^()]*\d{4}[^()]*\)")


def _ends_record(window: str, match: re.Match, last: str) -> bool:
    """The credit's last name ends the record (above), or a by-word set the credit and the sentence goes on."""
    found = re.search(r"\s+".join(map(re.escape, last.split())) + r"(?![\w'’])", window[match.start("names"):])
    if not found:
        return False
    rest = window[match.start("names") + found.end():].lstrip(" \t\u00a0")
    if not rest or rest[0] in _RECORD_ENDS:
        return True
    if rest[0] in ",،、":  # (a house or a year; not an apposition in lower case: "B, her husband")
        return not rest[1:].lstrip()[:1].islower()
    if rest[0] == "(":  # (a bracketed year; not a role: "(translator)", "(Übersetzung)")
        return bool(_BRACKETED_YEAR.match(rest))
    return bool(match.group("by")) and rest[0].isalpha()  # ("… by A & B last week")


def _credit(clause: str, author: str, context: Context, whole: bool, joins: re.Pattern = _AND_ANY
            ) -> list[str] | None:
    """The names of a joined credit holding `author` (the clause's whole, before a title; its head, after one)."""
    if author not in clause:
        return None
    clause = " ".join(clause.split())
    joined = joins.search(clause)
    parts = [p.strip() for p in re.split(r"\s*[,،、]\s*", clause[:joined.start()] if joined else clause)]
    if joined:  # "A, B and C": the list ends on the name after its "and" (a house or a year may follow, after a comma)
        rest = clause[joined.end():]
        tail = re.split(r"[,،、]", rest, maxsplit=1)
        if whole and len(tail) > 1:
            return None  # (before a title the clause is the credit whole: "A and B, C, «T»" is no such list)
        last = tail[0].split()
        # (after a title the sentence may go on past the last name: "… & B last week")
        if not whole and last and _CAPITAL_WORD.fullmatch(last[0]):
            last = last[:next((i for i, w in enumerate(last) if not _CAPITAL_WORD.fullmatch(w)), len(last))]
        parts.append(" ".join(last))
    elif whole:
        parts = parts[-2:] if len(parts) >= 2 else parts
    else:
        return None  # (after a title, commas alone part a record's author, house and year: "T, A, Penguin Books, 2019")
    if not 2 <= len(parts) <= 4 or author not in parts or len(set(parts)) != len(parts):
        return None
    for part in parts:
        if not _person(part, context) or _POSSESSIVE.search(part):
            return None
        # each co-author named again by surname beyond the credit, as a review names its writers ("Ilf and Petrov");
        # with commas alone, called by surname more often than whole, a person's way, no house's ("Penguin Books")
        # (a relative sharing the author's surname is vouched for by the author's mentions: named again whole)
        if part != author and part.split()[-1] == author.split()[-1] and context.mentions(part) < 2:
            return None
        # (and called by surname alone somewhere, as writers are: a person of the story named whole each time, "the
        # anthropologist B", is no co-author)
        # (or, named whole each time, joined to the author again beyond the credit: "Han Kang and Mo Yan trade chapters")
        called = context.person(part) or _paired(author, part, context, joins)
        if part != author and not (context.vouches_for(part, 2) and called) \
                or not joined and (PUBLISHER.search(part) or not context.person(part)):
            return None
    return parts




def _paired(author: str, part: str, context: Context, joins: re.Pattern) -> bool:
    """The text joins `author` and `part` with an "and" twice at least, credit and mention: writers named whole each
    time ("Han Kang and Mo Yan trade chapters"), not a person of the story named apart."""
    pair = re.compile(rf"{re.escape(author)}{joins.pattern}{re.escape(part)}(?![\w'’])")
    return len(pair.findall(context.text)) >= 2


def _person(part: str, context: Context) -> bool:
    """A full name: two to four capitalised words, or two to four words of a caseless script named again by the last."""
    if _NAME_PART.match(part):
        return is_name(part)
    return bool(_CASELESS_PART.match(part)) and context.vouches_for(part, 2)
