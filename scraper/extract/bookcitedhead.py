"""A citation's title that runs on into its subtitle after a colon: "T: S, by A (House, 2012).", "A, *T: S*. City:
House, 2014.". Style guides join the two in a citation; the book is known by the part before the colon. Where the
subtitle is a descriptive phrase (five words or more, opening on a capital: "Animal Infections and the Next Human
Pandemic") the part before the colon is the title, unless the text names the whole title again outside the citation
(a post that calls the book by its full name keeps it), or names the subtitle alone (a series' volume with a long name,
"The Chronicles of Narnia: The Voyage of the Dawn Treader" called "The Voyage of the Dawn Treader": kept whole). Shorter subtitles may be a series' volume ("Series: Volume
Title") or the title proper ("Aké: The Years of Childhood"): their callers decide (``bookmarkedrecord._short_title``).
"""

from __future__ import annotations

import re

SUBTITLED = re.compile(r"^(?P<head>[^:]{2,}?\w)\s?:\s+(?P<tail>[^\W\d_a-z][^:]*)$")
_PHRASE = 5  # words in a subtitle that describes the book rather than naming it


def subtitle_words(title: str) -> tuple[str, int] | None:
    """(the part before the colon, the subtitle's word count) of "T: S", or None."""
    match = SUBTITLED.match(title) if ":" in title else None
    return (match.group("head").strip(), len(match.group("tail").split())) if match else None


def cited_head(title: str, text: str) -> str:
    """`title` without a descriptive subtitle (``_PHRASE`` words or more) when `text` names the whole title once at
    most (the citation's own line); else `title` as it was."""
    split = subtitle_words(title)
    if split is None or split[1] < _PHRASE or text.count(title) > 1:
        return title
    tail = title.partition(":")[2].strip()
    # a subtitle mostly of short words ("The Forging of a Nation", "A Life in the Woods": two words of four letters or
    # more) is a title's phrase, not a description of the book's matter
    if sum(len(w) >= 4 for w in re.findall(r"[^\W\d_]+", tail)) < 3:
        return title
    return title if text.count(tail) > 1 else split[0]  # (the text calls the book by the part after the colon)
