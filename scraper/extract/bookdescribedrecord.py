"""A record line that describes its book in words after the title: "Name, Title, stories, new edition 2026.",
"Имя Фамилия, Название, роман, 2019.", as reviews close with the book they read.

Read as plain parts, "Name, Title, …" with no publisher's word is also a signature ("Jan Nowak, Kraków, marzec 2024"):
the part right after the title tells them apart, a description of the book in lower-case words alone (its genre: "stories",
"roman", "πεζογραφήματα"), no figures in it (a dateline's month holds its year). The name is a person the text calls by
surname, the title opens with a capital and is no person the text calls by surname too ("Tom Fenwright, Anna Moss,
translator" names two people). A line that gives pages, a price or an ISBN is a record whatever follows the title: its
publisher may stand there ("Name, Title, Publisher, 186 pages, 13 euro").

An edition's note alone after the title, its year closing it ("Name, Title, prvo izdanje 1994."), is a record's too: an
edition's word (``bookedition``'s, in many languages) tells it from a dateline's month ("Jan Nowak, Kraków, marzec 2024").

A title's lower-case description after a colon ("Name, Title: a novel in letters, Publisher, 344 pages") is cut off.

A line that names a house by its word after the title ("Name, Title, Kestrel Press, 2019.", "…, Ediciones X, 2001.",
bookleadcaption's house words in many languages) is a record with its year alone: no signature's place or department
carries a publisher's word (a capitalised name before "Library", "Series" or "Collection" is as often the signer's
employer or event: "Name, Director, Riverside Public Library, 2026."). Its title's descriptive subtitle after a colon is cut (``bookcitedhead``).

A line that ends on the place and the year alone, "Name, Title. City, 1974.", is a record too, though a year is a
signature's as well ("Jan Nowak, Kraków, 2024"): what tells it is the full stop that closes the title before the place,
where a signature goes on with commas, and four parts exactly (name, title, place, year). A one-word "title" must be
named again in the text (a signature's "Name, Department. City, 2024" names its department once).

A title may hold a comma itself ("Name, Salt, ash, Publisher, City, 2014, 190 pages"): in a detailed line (pages, a
price, an ISBN) one lower-case word after the title that is no kind of book (``fragmentrecord``'s and
``bookgenretail``'s kind words in many languages, and a few more here) with a capitalised publisher after it goes on the
title, as a record's other parts (names, publishers, places) are capitalised; a kind word there ("stories", "roman",
"priče") is the description, as before.
"""

from __future__ import annotations

import re

from .book import Context, clean_title, is_name
from .bookedition import EDITION_WORD
from .bookcitedhead import cited_head
from .bookleadcaption import HOUSE_WORD
from .fragmentrecord import MORE_KINDS

_YEAR = re.compile(r"(?:1[5-9]\d\d|20\d\d)\.?")
_INSTITUTION = re.compile(r"(?<=\s)(?:Series|Collection|Library)$")
_STOP = re.compile(r"\s*\.\s+")
# an edition's note after the title, lower-case words closing on the year, an edition's word among them ("prvo izdanje
# 1994", "new edition 2026", "wydanie drugie 2019"; not a dateline's month, "marzec 2024": bookedition's edition words)
_EDITION_NOTE = re.compile(r"[^\W\d_A-ZÀ-ÞА-Я][^\W\d_]*(?:\s+[^\W\d_]+\.?){0,3}\s+(?:1[5-9]\d\d|20\d\d)")
# more one-word kinds a record sets in lower case after the title (sr/hr/bs/sl, pl/cs, ru/uk/bg, fr/es/it/pt/de, en)
_KINDS = MORE_KINDS | frozenset((
    "zbirka priča pesme pjesme poezija proza putopis esej eseji drama dnevnik pisma memoari hronika kronika novele "
    "pripovijesti pripovesti roman-hronika zbiór opowieść próza poezie próza povídka romány повести очерки эссе поэма "
    "збірка нариси есеї разказ сборник poésie nouvelle chronique théâtre cuento poesía teatro poesia conto teatro "
    "gedichtband prosa fiction nonfiction poetry prose verse").split())


def _house(part: str) -> bool:
    """`part` names a publisher by its word ("Kestrel Press", "Ediciones X"), not an institution or a programme named
    like a house's series ("Riverside Public Library", "Autumn Lecture Series": a signature's employer or event)."""
    return any(not _INSTITUTION.search(m.group(0)) for m in HOUSE_WORD.finditer(part))


def _placed(line: str, title: str, place: str) -> bool:
    """`line` goes on from `title` with a full stop, then `place` and a comma ("T. City, 1974.")."""
    at = line.find(title)
    rest = line[at + len(title):] if at >= 0 else ""
    stop = _STOP.match(rest)
    return bool(stop) and rest.startswith(place, stop.end()) and rest[stop.end() + len(place):].lstrip().startswith(",")


def _kind_cut(title: str) -> str:
    """"T: roman-leksikon u 100.000 reči" is "T": after the title's colon a lower-case description of the book (its kind,
    its form, its length), as a record sets it, is no part of the title; a capitalised subtitle stays."""
    main, colon, rest = title.partition(":")
    return main.strip() if colon and main.strip() and rest.strip()[:1].islower() else title


def described_record(segments: list[str], context: Context | None, detailed: bool = False, line: str = "") -> tuple[str, str] | None:
    """(title, author) of a record line's parts "Name, Title, description, …" (`segments`, split at commas and stops);
    with `detailed` (the line gives pages, a price or an ISBN, which no signature does) "Name, Title, Publisher, …" too,
    and "Name, Title. Place, Year." (the stop after the title read in `line`)."""
    if context is None or len(segments) < 3:
        return None
    head, title, described = segments[0], _kind_cut(segments[1]), segments[2]
    if not (is_name(head) and context.person(head)) or head in context.not_authors:
        return None
    if not detailed and len(segments) == 4 and line and _YEAR.fullmatch(segments[3]) and _placed(line, title, described) \
            and (len(title.split()) >= 2 or context.mentions(title) >= 2):
        detailed = True  # "Name, Title. City, 1974.": the place and the year after the title's stop
    if not detailed and len(segments) == 4 and _YEAR.fullmatch(segments[3]) and described[:1].isupper() \
            and _house(described) and not HOUSE_WORD.search(title):
        detailed = True  # "Name, Title, Kestrel Press, 2019.": a house's word makes the part after the title its publisher
    if not title[:1].isupper() or is_name(title) and context.person(title) or len(title.split()) > 12 or any(c.isdigit() for c in title):
        return None
    words = described.split()
    if detailed and 1 <= len(words) <= 5 and described[:1].isupper() and not any(c.isdigit() for c in described) \
            and not is_name(title):  # (a translator's name between them, "Name, Name, Publisher, …": no title)
        # "Name, Title, Publisher, 186 pages, 13 euro": the publisher after the title (a descriptive subtitle cut:
        # bookcitedhead)
        return cited_head(clean_title(title), context.text), head
    if detailed and len(words) == 1 and described[:1].islower() and described.isalpha() and len(segments) >= 4 \
            and described.casefold() not in _KINDS and segments[3][:1].isupper() and not any(c.isdigit() for c in segments[3]) \
            and f"{segments[1]}, {described}," in line:
        return clean_title(f"{title}, {described}"), head  # "Name, T, lowerword, Publisher, …, 190 pages": the title's own comma
    if len(segments) == 3 and _EDITION_NOTE.fullmatch(described.rstrip(". ")) and EDITION_WORD.search(described):
        return clean_title(title), head  # "Name, Title, first edition 1994.": the edition's note and its year alone
    if not words or len(words) > 4 or not described[:1].islower() or any(c.isdigit() for c in described) \
            or not all(w.isalpha() for w in words):
        return None
    return clean_title(title), head
