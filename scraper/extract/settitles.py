"""The titles a post sets off in italics, quotes or title marks, and the one its page's title names: marks of one work
that reviewed.work_clues and unfound_book, shortmarks (a short post's marks) and threads read alike (from reviewed,
where they were: here so that shortmarks reads them without reading reviewed's privates)."""

from __future__ import annotations

import re

from . import anaphora

# A title set off: italics, quotation marks, title marks.
SET_OFF = re.compile(r"(?<![*\w])[*_]([^*_\n]{2,80})[*_](?![*\w])|[“\"«„]([^”\"»“\n]{2,80})[”\"»“]|[『《〈]([^』》〉\n]{1,80})[』》〉]")


def set_off_titles(markdown: str) -> set[str]:
    """The titles set off in italics, quotes or title marks: capitalised (a quotation of prose or a stressed word
    is not), three letters at least (a title in Chinese or Japanese may be two long: 『活着』)."""
    names = {"".join(found).strip() for found in SET_OFF.findall(markdown)}
    # (Georgian's Mkhedruli letters are lower case to Unicode, its capitals used only to write a word all in capitals)
    return {name for name in names if (len(name) >= 3 or anaphora._SCRIPTS.search(name))
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
