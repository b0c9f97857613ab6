"""A figure's caption that labels the book as "A's ‘T’" with no book noun between, in a caseless Indic script: Bengali's
genitive glued to the name ("A B-এর ‘T’", "A Bের ‘T’"), Tamil's ("A Bின் ‘T’"), Hindi, Marathi and Urdu's postposition
("A B का ‘T’", "A B यांचे ‘T’", "A B کی ’T‘"); after the closing quote, nothing or a label's note ("new illustrated
edition", a few words a part), not a clause about the picture.

A caption is a label, not a sentence: the owner before the quoted title is the book's author where the name is a full
one (two or three words) or the text names it again, and the title is no part of the name. Read by ``bookcandidates``
beside the captions that name the book noun (``bookcaptionowner``).
"""

from __future__ import annotations

import re

from .book import Context, clean_title
from .bookcaptionowner import _OWNED_NOT_NAME
from .bookcaselessname import named_again
from .bookclassnoun import CLASS_NOUN
from .bookstackedname import INDIC_HOUSE
from .notewords import PUBLISHER

_BN, _HI, _TA, _UR = r"[\u0980-\u09ff]+", r"[\u0900-\u097f]+", r"[\u0b80-\u0bff]+", r"[\u0600-\u06ff]+"
_OPEN, _CLOSE = r"[‘'\"“’]", r"[’'\"”‘]"
_QUOTED = rf"\s*{_OPEN}(?P<title>[^‘’'\"“”\n]{{1,60}}){_CLOSE}(?P<rest>.*)$"
# (the name, the genitive's ending or word to take off it): bn "-এর", "ের", "র" after a vowel sign; ta "இன்", "ின்"
# (the virama's place), "யின்", "வின்"; hi/mr/ur postpositions as words of their own
_GENITIVE = [re.compile(p + _QUOTED) for p in (
    rf"^(?P<name>(?:{_BN}\s){{0,2}}{_BN}?)(?:-এর|ের|(?<=[\u09be-\u09cc])র)",
    rf"^(?P<name>(?:{_TA}\s){{0,2}}{_TA}?)(?P<gen>இன்|ின்|யின்|வின்)",
    rf"^(?P<name>{_HI}(?:\s{_HI}){{0,2}})\s+(?:का|की|के|यांचे|यांची|यांचा|यांच्या)",
    rf"^(?P<name>{_UR}(?:\s{_UR}){{0,2}})\s+(?:کا|کی|کے)",
)]
_NOTE_PART = 4
# an owner closing on a house's word is the publisher's ("আনন্দ পাবলিশার্সের ‘T’", "सरिता प्रकाशन का ‘T’"): no author
_HOUSE = re.compile(rf"(?:^|\s)(?:{INDIC_HOUSE})$")


def genitive_caption(captioned: list[tuple[str, str]], context: Context) -> tuple[str, str] | None:
    """(title, author) from the one caption "A's ‘T’[, note]"; two such captions, and no telling which."""
    found = set()
    for caption, _alts in captioned:
        caption = re.sub(r"\s+", " ", caption).strip()
        for pattern in _GENITIVE:
            match = pattern.match(caption)
            if not match:
                continue
            name, title = match.group("name").strip(), clean_title(match.group("title"))
            if match.groupdict().get("gen") == "ின்":  # (Tamil: the ending took the name's virama, "ஜெயமோகனின்")
                name += "\u0bcd"
            words, rest = name.split(), match.group("rest").strip(" ,;.।")
            if not title or len(title.split()) > 6 or set(words) & _OWNED_NOT_NAME or name in title \
                    or _HOUSE.search(name) or PUBLISHER.match(name) or CLASS_NOUN.search(name) \
                    or any(n and name == n for n in context.not_authors) \
                    or any(len(part.split()) > _NOTE_PART for part in re.split(r"[,،;(—–]", rest)):
                break
            if len(words) >= 2 or named_again(name, context):
                found.add((title, name))
            break
    return found.pop() if len(found) == 1 else None
