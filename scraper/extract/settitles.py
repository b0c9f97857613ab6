"""The titles a post sets off in italics, quotes or title marks, and the one its page's title names: marks of one work
that reviewed.work_clues and unfound_book, shortmarks (a short post's marks) and threads read alike (from reviewed,
where they were: here so that shortmarks reads them without reading reviewed's privates).

named_work: the book read with its author, as the page's headline and its text both name it (the headline names the
book the text names, "Finished T" over "T by A"; or the text comes back to the author the headline names, by surname
in any case ending, as the one who writes or tells, on a line that does not name the title: "«T» di A" over "A
racconta …", "A erzählt", "A pripoveda"; a notice's "A presents the book on Friday" is not). A mark of one work, not of
the reviewer's voice: reviewed.voiced_marks counts it only beside the reviewer's own reading or verdict."""

from __future__ import annotations

import re

from . import anaphora
from .booklonewriter import WRITING_VERB

# A title set off: italics, quotation marks, title marks.
SET_OFF = re.compile(r"(?<![*\w])[*_]([^*_\n]{2,80})[*_](?![*\w])|[“\"«„]([^”\"»“\n]{2,80})[”\"»“]|[『《〈]([^』》〉\n]{1,80})[』》〉]")


def set_off_titles(markdown: str) -> set[str]:
    """The titles set off in italics, quotes or title marks: capitalised (a quotation of prose or a stressed word
    is not), three letters at least (a title in Chinese or Japanese may be two long: 『活着』)."""
    names = {"".join(found).strip() for found in SET_OFF.findall(markdown)}
    # (Georgian's Mkhedruli letters are lower case to Unicode, its capitals used only to write a word all in capitals)
    return {name for name in names if (len(name) >= 3 or anaphora.SCRIPTS.search(name))
            and not (name[0].islower() and not "\u10d0" <= name[0] <= "\u10ff")}


# The parts of a page's title: "Ana's note - T | Site", "T：Ana的短评 - Site"; a title in quotes that opens it, perhaps after
# one word (an author's name in a case form: 'A'dan "T": …', "A's «T» …"), is its subject ("Cover reveal: «T»" is a label's)
_HEAD_QUOTED = re.compile(r"^\s*(?:[^\W\d_][\w'’.-]*\s+)?[“\"«„『《〈]([^”\"»“』》〉\n]{2,80})[”\"»“』》〉]")
_TITLE_PARTS = re.compile(r"\s+[|–—·:-]\s+|\s*[|｜：]\s*")


def titled_work(markdown: str, page_title: str | None) -> tuple[str, ...]:
    """A title the post sets off (in italics, quotes or title marks) that is a whole part of the page's title: the
    work a reader's page is about ("Ana's note - T | Site" over a note naming 『T』), as a mark of one work."""
    parts = {part.strip(" \"'“”„«»‘’‚").casefold() for part in _TITLE_PARTS.split(page_title or "") if part.strip()}
    parts |= {found.group(1).strip().casefold()} if (found := _HEAD_QUOTED.match(page_title or "")) else set()  # (or the quoted title it opens on)
    named = sorted(name for name in set_off_titles(markdown) if name.casefold() in parts)
    return ("the page's title names the title it sets off",) if named else ()


HEADLINE_NAMES = "the page's title names the book its text names with its author"
# the verbs of telling or describing in the third person (WRITING_VERB: of writing), en de fr es it pt nl sv da/nb pl cs
# sk hr/sr/bs sl ru uk tr fi hu ka
_TELLS = (r"(?:tells|narrates|recounts|describes|erzählt|beschreibt|schildert|raconte|narre|décrit|narra|cuenta|relata|"
          r"describe|racconta|descrive|descreve|vertelt|beschrijft|berättar|skildrar|beskriver|fortæller|"
          r"forteller|skildrer|opowiada|opisuje|vypráví|popisuje|rozpráva|pripoveda|pripovijeda|pripoveduje|"
          r"рассказывает|описывает|повествует|розповідає|описує|anlatıyor|anlatır|kertoo|kuvaa|elmeséli|leírja|"
          r"წერს|ყვება|აღწერს)(?![^\W\d_])")
AUTHOR_AGAIN = "its text names the headline's author again by surname"


def named_work(ev) -> tuple[str, ...]:
    """The headline and the text name the one book read with its author (module docstring); empty otherwise."""
    title, author, head = ev.book_title, ev.book_author, ev.title or ""
    if not (ev.book_has_author and title and author and len(title) >= 4):
        return ()
    if ev.book_source == "body":
        found = re.search(rf"(?<!\w){re.escape(title)}(?!\w)", head, re.I)
        return (HEADLINE_NAMES,) if found else ()
    surname = author.split()[-1].strip(".,")
    if len(surname) < 4 or author.casefold() not in head.casefold():
        return ()
    stem = (surname[:-1] if len(surname) >= 5 else surname).casefold()  # ("Brancati", "Selenića", "დუმბაძის")
    return (AUTHOR_AGAIN,) if any(title not in line and _says(line, stem) for line in ev.body[0]) else ()


_WRITES_OR_TELLS = re.compile(rf"(?<!\w)(?:{WRITING_VERB}|{_TELLS})", re.I)
_TWO_BEFORE = re.compile(r"(?<!\w)(\w+)\s+(?:(\w+)\s+)?$")  # (the one or two words before the verb)


def _says(line: str, stem: str) -> bool:
    """The surname (its `stem` and up to four letters of a case ending) is the subject of a writing or telling verb
    in `line`, at most one word between them."""
    if stem not in line.casefold():
        return False
    for verb in _WRITES_OR_TELLS.finditer(line):
        before = _TWO_BEFORE.search(line[max(0, verb.start() - 80):verb.start()])
        if before and any(word and word.casefold().startswith(stem) and len(word) <= len(stem) + 4
                          for word in before.groups()):
            return True
    return False
