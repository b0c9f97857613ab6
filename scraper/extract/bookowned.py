"""The title set beside the owner's book noun: "Adalet Ağaoğlu'nun ilk romanı Ölmeye Yatmak'ı …", "Mara Holt's second
novel, The Glass Orchard, …", "le roman d'Odile Mercier « La Maison close » …".

``bookbody`` asks for it when the opening names whose book the post is about (``possessor``, ``tr_owner``) and nothing
else gave a title. The title is what stands right after the noun, in apposition: a quoted span, or a run of two to six
capitalised words that ends the noun's phrase (a lower-case word, a stop, a comma, or a case ending after an apostrophe
as Turkish writes it on a name). A run the text calls a person, or one that a case ending of place follows
("… romanı New York'ta geçiyor", the novel is set in New York), is no title.
"""

from __future__ import annotations

import re

from .book import QUOTES, Context
from .bookclues import OWNER, quoted_by
from .bookscripts import TR_OWNER

_QUOTED = re.compile(r"^[«“„\"‘]\s?([^«»“”„\"‘’]{2,80}?)\s?[»”“\"’]")
# Turkish case endings after an apostrophe that say "in, at, from, to": a place's, not a title's in apposition
_PLACE_CASE = re.compile(r"^(?:[dt][ae]n?|n?[dt][ae]n?|y?[ae])$")


def owned_title(lines: list[str], owner: str | None, context: Context) -> list[str]:
    """[the title] set after the `owner`'s book noun in the opening lines, or []."""
    if not owner:
        return []
    surname = owner.split()[-1]
    for line in lines:
        if surname not in line:
            continue
        for pattern in (OWNER, TR_OWNER):
            for match in pattern.finditer(line):
                if surname in match.group(1):
                    title = _appositive(line[match.end():], owner, context)
                    if title:
                        return [title]
    return []


def _appositive(tail: str, owner: str, context: Context) -> str | None:
    tail = re.sub(r"^\s*[,:]?\s*", "", tail)
    quoted = _QUOTED.match(tail)
    if quoted:
        return quoted.group(1).strip() if quoted.group(1)[:1].isupper() else None
    words: list[str] = []
    for word in tail.split()[:7]:
        bare = word.rstrip(".,;:!?)")
        stem, mark, case = re.split(r"(['’])", bare, maxsplit=1) if re.search(r"['’]", bare) else (bare, "", "")
        if not stem[:1].isupper() or not stem.replace("-", "").isalpha():
            break
        words.append(stem)
        if mark and _PLACE_CASE.match(case):
            return None  # "New York'ta": a place
        if mark or bare != word:
            break  # the case ending or the stop ends the run
    if not 2 <= len(words) <= 6:
        return None
    title = " ".join(words).strip(QUOTES)
    if any(w in owner.split() for w in words) or context.person(title):
        return None
    return title


def quoted_or_owned(person: str, lines: list[str], context: Context) -> str | None:
    """For a headline the text never names: the title the text quotes beside the person (``quoted_by``), or the one
    set after their book noun (``owned_title``)."""
    return quoted_by(person, lines) or next(iter(owned_title(lines[:4], person, context)), None)
