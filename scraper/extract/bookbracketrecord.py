"""A record line that names the author, then the title, then the imprint in brackets: "Nevil Shute, A Town Like Alice
(Heinemann, 1950).", perhaps with its pages or price after a comma ("…, 320 pages."), or with a note on the reviewer's copy after it ("My copy: a paperback, 1961"). Read as
plain parts, "Name, X, Y, 1950" is as often a house and its city as a title and a house (``bookcandidates``
asks a detail or the address for those); here the house and its year stand apart in the brackets, so the one part
between the name and the bracket is the title.

A line a lead-in introduces ("Compare the older one:" over it) cites another book, as a label's record does: not read.

Only among the body's first four or last eight lines, the name one the text calls by surname alone (as reviews call
authors), the title capitalised, short, no name and no publisher's word; the bracket a capitalised house and a year, or the
first edition's year alone with a note on the copy after it ("Henry James, Washington Square (1880); read in a later
edition."; an artwork's or a film's credit ends on its year: "Winslow Homer, The Gulf Stream (1899)."), the title then two
words at least (a one-word part beside a year is as often a place: "Name, Paris (1925)"), and not one the text calls
by its opening words only ("T and Other Stories" called "T": other clues decide).
"""

from __future__ import annotations

import re

from .book import NAME, Context, clean_title, is_name
from .bookedition import EDITION_WORD
from .bookinfo import unlabelled
from .notewords import PUBLISHER

_RECORD = re.compile(
    rf"^[*_]*(?P<author>{NAME}),\s+(?P<title>[^\W\d_a-z][^,()]{{1,100}}?)\s*"
    # (the year may be followed, inside the bracket, by a note on a reissue after a semicolon: "(House, 1978;
    # reissued by House2)", "(1962; new edition 2019)")
    r"\(\s*(?:(?P<house>[^\W\d_a-z][^()\d]{1,50}?),\s*)?(?:1[5-9]\d\d|20\d\d)(?:\s*;\s*(?P<note>[^();]{1,60}?))?\s*\)"
    r"[*_]*(?:[.;]\s|[.;]?[*_]*$"
    # (or one more part after a comma: a detail of three words at most holding its figure, the pages or the price in
    # the page's own words, "…, 320 pages.", "…, ojú-ìwé 125.")
    r"|,\s*(?=[^,;()]*\d)(?:[^\s,;()]+\s+){0,2}[^\s,;()]+?[.;]?[*_]*$)")


def bracket_record(lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of the one "A, T (House, Year)" record line at the body's edges, else None."""
    found = set()
    edges = range(len(lines)) if len(lines) <= 12 else [*range(4), *range(len(lines) - 8, len(lines))]
    for at in edges:
        line = (unlabelled(lines[at].strip()) or "").strip()  # ("Ficha: A, T (Year) …": read past its record label)
        match = _RECORD.match(line)
        if not match or at and lines[at - 1].rstrip(" *_").endswith((":", "：")):
            continue
        author, title = match.group("author").strip(), clean_title(match.group("title"))
        if match.group("note") and not _reissue(match.group("note")):
            continue  # ("A, T (Tate Modern, 1925; oil on canvas)": a painting's medium, no reissue's note)
        rest = line[match.end():].strip(" *_.;")
        if not match.group("house") and (len(title.split()) < 2 and not _later_edition(rest)
                                          or _called_shorter(title, lines[at], context.text) or not rest):
            continue  # ("Name, Paris (1925)": a one-word part beside a year alone is as often a place as a title)
        # (beside a year alone, the line goes on with a note on the copy read, "(1880); read in a later edition.": a
        # painting's or a film's credit, "Winslow Homer, The Gulf Stream (1899).", ends on its year)
        # (a name-shaped title beside a year alone, "Washington Square", is a title unless the text calls it by its last
        # word as it calls people; beside a house, a second name is a translator's or an editor's)
        named = is_name(title) and (bool(match.group("house")) or context.person(title))
        if is_name(author) and context.person(author) and title and len(title.split()) <= 10 \
                and not named and not PUBLISHER.search(title) and author not in context.not_authors:
            found.add((title, author))
    return found.pop() if len(found) == 1 else None


# a year of its own in the note after the record ("Edition of House, 2020")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")


# a reprint's or a reissue's word ("reissued", "reprint", "réédité", "Neuauflage", "ristampa", "reedición", "reimpressão")
_REISSUE = re.compile(r"(?<!\w)(?:re-?issu|re-?print|re-?publish|r[ée][ée]di|neuaufl|nachdruck|ristamp|riedi|reedi|reimpres|"
                      r"herdruk|heruitg|wznowi|nytryck|genudg)", re.I)


def _reissue(note: str) -> bool:
    """The note after the bracket's year is a reissue's: a year of its own, an edition's or a reprint's word."""
    return bool(_YEAR.search(note) or EDITION_WORD.search(note) or _REISSUE.search(note))


def _later_edition(rest: str) -> bool:
    """The note after "A, T (Year)." names the edition read, with an edition's word (in many languages:
    ``bookedition``) and its own year, short and no sentence ("Edición de la Casa X, 2020.", "Paperback edition,
    House, 2019."): the bracket's year is the first edition's, so the one word before it is a title, no place."""
    return len(rest.split()) <= 12 and bool(_YEAR.search(rest)) and bool(EDITION_WORD.search(rest)) \
        and not re.search(r"[.!?]\s", rest)


def _called_shorter(title: str, line: str, text: str) -> bool:
    """The text outside the record `line` calls the book by the opening words of `title` (three at least), as a
    collection is called by its title story ("T and Other Stories"): the record's full title is not the one the post
    uses, and other clues decide."""
    words, rest = title.split(), text.replace(line, " ")
    return any(re.search(rf"(?<!\w){re.escape(' '.join(words[:n]))}(?![\w'’])", rest) for n in range(3, len(words)))
