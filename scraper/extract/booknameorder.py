"""A name as a shop's or catalogue's spec row writes it, surname first ("Θεοτόκης Κωνσταντίνος", "Mann Thomas"), read in
the reader's order ("Κωνσταντίνος Θεοτόκης") when the page itself says which word is the surname: its text calls the
person by the first word alone and never by the last, or names them whole the other way round. Pages in a language that
writes the family name first (Hungarian, Chinese, Japanese, Korean, Vietnamese) keep the order given, and so does a page
that does not say its language.
"""

from __future__ import annotations

import re

_FAMILY_FIRST = ("hu", "zh", "ja", "ko", "vi")


def reader_order(name: str, element) -> str:
    """`name` (two words, from a row of `element`'s page) in the reader's order, by how the page's text calls it."""
    words = name.split()
    if len(words) != 2 or element is None:
        return name
    root = element.getroottree().getroot()
    language = (root.get("lang") or root.get("xml:lang") or "").strip().lower()[:2]
    if not language or language in _FAMILY_FIRST:
        return name
    body = next(root.iter("body"), root)
    text = " ".join(body.itertext())
    first, last = words
    if first not in text:  # (cheap: most names are not read again)
        return name

    def alone(word: str) -> int:
        return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text))

    whole, turned = alone(name), alone(f"{last} {first}")
    if turned and not whole or alone(first) > whole + turned and alone(last) == whole + turned:
        return f"{last} {first}"
    return name
