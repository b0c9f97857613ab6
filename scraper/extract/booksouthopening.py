"""A Malayalam or Tamil review under a headline that is its book's title bare, whose opening names that title after
its owner in the genitive: "A B-GEN T …" (എം.ടി.യുടെ …, "A B-ന്റെ T വീണ്ടും വായിച്ചു"; detshort5).

The headline of one to four words of the script is the title only when the first sentence of the post's first or
second paragraph opens on one to four words of the owner, the last in the genitive (bookheadowner._SOUTH_GENITIVE gives
its base: "നായരുടെ" → "നായർ", "വിജയന്റെ" → "വിജയൻ"), and then the headline whole. The owner is a person the text
calls again: one of its words (an initial such as "എം.ടി." too, three letters or more) said again beyond the
opening, as a reviewer calls an author. A place's or an institution's genitive ("the city's T") is named once; a
pronoun or a book noun as the owner ("ഈ നോവലിന്റെ", "എന്റെ അച്ഛന്റെ") is no one. The owner's word is said again whole,
not as the head of a longer word (a place's locative, "കൊച്ചിയിലെ"), and an owner of one word ("കൊച്ചിയുടെ", "അമ്മയുടെ",
"ബെന്യാമിന്റെ") owns the headline's T only when the text calls some book so ("ഈ പുസ്തകം"): rev-detshort5.
"""

from __future__ import annotations

import re

from .book import Context, clean_title
from .bookheadowner import _SOUTH_GENITIVE, _SOUTH_NOUN

_LETTERS = r"[\u0b80-\u0bff\u0d00-\u0d7f\u200c\u200d]"
_HEAD = re.compile(rf"^{_LETTERS}+(?:\s{_LETTERS}+){{0,3}}$")
_OWNER_WORD = rf"{_LETTERS}[\u0b80-\u0bff\u0d00-\u0d7f\u200c\u200d.]*"
# (demonstratives and book nouns: "ഈ നോവലിന്റെ", "இந்த நூலின்" own no book by name)
_NOT_OWNER = re.compile(rf"^(?:ഈ|ആ|ഇത്|இந்த|அந்த|എന്റെ|നമ്മുടെ|ഞങ്ങളുടെ|என்|என்னுடைய|எங்கள்|நம்|நம்முடைய)$|{_SOUTH_NOUN}")
# (a word said again whole, not the head of a longer word: "കൊച്ചിയിലെ", in Kochi, does not name "കൊച്ചി" again)
_EDGE = r"\u0b80-\u0bff\u0d00-\u0d7f\u200c\u200d\w"


def _said(word: str, text: str) -> bool:
    return re.search(rf"(?<![{_EDGE}]){re.escape(word)}(?![{_EDGE}])", text) is not None


def south_opening_owned(paragraphs: list[str], context: Context, title: str | None) -> tuple[str, str] | None:
    """(title, author) of a Malayalam or Tamil opening "A B-GEN T" under the headline T (above), or None."""
    head = " ".join((title or "").split())
    if not head or not _HEAD.match(head):
        return None
    for paragraph in paragraphs[:2]:
        text = " ".join(paragraph.split())
        match = re.match(rf"(?P<owner>{_OWNER_WORD}(?:\s{_OWNER_WORD}){{0,3}}?)\s{re.escape(head)}(?![\w\u0d00-\u0d7f\u0b80-\u0bff])", text)
        if match is None:
            continue
        *first, last = match.group("owner").split()
        if any(_NOT_OWNER.search(word) for word in first + [last]):
            return None
        rest = context.text.replace(match.group(0), " ", 1)
        for ending, restored in _SOUTH_GENITIVE:
            if last.endswith(ending) and len(last) - len(ending) >= 2:
                stem = last[: -len(ending)]
                named_again = any(len(word) >= 3 and _said(word, rest) for word in first) or _said(stem + restored, rest)
                # (an owner of one word, a city's, a mother's as well as a pen name's: the text calls T a work too)
                if named_again and (first or re.search(_SOUTH_NOUN, rest)):
                    return clean_title(head), " ".join(first + [stem + restored])
                return None
    return None
