"""A personal article read as a given name: languages that set an article before a person's name write it with a
capital where the sentence (or a title) opens on it, so "Si Amapola" reads as two capitalised words, a full name, where
it is one name and its article (tl/fil "si", "ni", "kay", plural "sina", "nina", "kina"; ceb "si", "ni", "kang"; hil
"si", "ni", "kay"; war "si", "ni", "kan"; ilo "ni", "ken"; pam "i"; ch "si"; id/ms/jv/su "si", "sang"; ca "en", "na";
mg "i", "ry"). The article is looked up only for the page's language: elsewhere these are given names ("Kay Ryan",
"Nina George", "Si Spurrier").

``article_led(name, language)``: the name opens on its language's personal article, which the candidate reader
``bookrescueauthor._latin_author`` takes off (what is left, one given name, is no full name). Pure.
"""

from __future__ import annotations

_PHILIPPINE = frozenset({"si", "ni", "kay", "sina", "nina", "kina"})
_MALAY = frozenset({"si", "sang"})
_ARTICLES = {
    "tl": _PHILIPPINE,
    "fil": _PHILIPPINE,
    "ceb": frozenset({"si", "ni", "kang", "sila", "nila"}),
    "hil": frozenset({"si", "ni", "kay", "sanday", "nanday"}),
    "war": frozenset({"si", "ni", "kan"}),
    "ilo": frozenset({"ni", "ken"}),
    "pam": frozenset({"i", "ng", "kang"}),
    "ch": frozenset({"si"}),
    "id": _MALAY,
    "ms": _MALAY,
    "jv": _MALAY,
    "su": _MALAY,
    "ca": frozenset({"en", "na"}),
    "mg": frozenset({"i", "ry"}),
}


def article_led(name: str, language: str | None) -> bool:
    """`name` opens on a personal article of the page's `language` ("Si Amapola" on a Tagalog page)."""
    articles = _ARTICLES.get((language or "").lower().replace("_", "-").split("-")[0])
    return bool(articles) and name.split(" ", 1)[0].casefold() in articles
