"""Book identity across blogs.

Bloggers write the same book many ways: "‘Never let me go’", "Never Let Me Go",
"never let me go"; "Ishiguro, Kazuo" or "Kazuo Ishiguro"; "Ursula K. Le Guin" or
"Ursula Le Guin". `book_key` maps all of those to one key, so the archive keeps one
`books` row per book; `display_title` picks the nicest spelling seen to show readers.

The key is deliberately conservative: subtitles, series names and translations are
*not* merged, because a wrong merge (two books shown as one) hurts readers more
than a missed one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Curly and typographic quotes, mapped to their straight forms before stripping.
_QUOTE_MAP = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'", "`": "'",
    }
)
_SURROUNDING_QUOTES = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a`"
_ARTICLES = ("the", "a", "an")
_CONJUNCTIONS = {"and", "&"}  # "A and B" == "B, A"
_AUTHOR_PREFIX = re.compile(r"^by\s+", re.IGNORECASE)


def _fold(text: str) -> str:
    """NFKC, straight quotes, no diacritics, casefolded, punctuation gone, one space."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MAP)
    # Apostrophes join ("Philosopher's" -> "philosophers"); other punctuation
    # separates ("Jean-Paul" -> "jean paul").
    text = text.replace("'", "").replace('"', " ")
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    text = "".join(c if c.isalnum() or c.isspace() else " " for c in text)
    return " ".join(text.split())


def fold(text: str) -> str:
    """Text as compared for identity and search filters: no case, accents, quotes or punctuation."""
    return _fold(text)


def normalise_title(title: str) -> str:
    words = _fold(title).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _unspaced(word: str) -> bool:
    """A word of a script that writes a name's parts without spaces (Han, kana, Hangul)."""
    return all(unicodedata.name(c, "").startswith(_UNSPACED_SCRIPTS) for c in word)


_UNSPACED_SCRIPTS = ("CJK ", "HIRAGANA", "KATAKANA", "HANGUL")


def normalise_author(author: str | None) -> str:
    """Order-insensitive author key: "Ishiguro, Kazuo" == "Kazuo Ishiguro".

    A name in Chinese, Japanese or Korean script is written family name first, with or without a space between the
    parts ("谷崎 潤一郎", "谷崎潤一郎", a catalogue's "谷崎, 潤一郎"): its key is its parts joined in their order.
    """
    if not author:
        return ""
    author = _AUTHOR_PREFIX.sub("", unicodedata.normalize("NFKC", author).strip())
    words = [w for w in _fold(author).split() if w not in _CONJUNCTIONS]
    if words and all(_unspaced(w) for w in words):
        return "".join(words)
    # Middle initials come and go between blogs; drop them (single cased letters) unless that would leave
    # nothing (an author known only by initials). A one-letter word of a script without case is a name.
    named = [w for w in words if len(w) > 1 or w.upper() == w]
    return " ".join(sorted(named or words))


def book_key(title: str, author: str | None = None) -> str:
    """The identity of a book across blogs: `"<normalised title>|<normalised author>"`."""
    if not title or not title.strip():
        raise ValueError("book_key needs a non-empty title")
    return f"{normalise_title(title)}|{normalise_author(author)}"


def strip_quotes(text: str) -> str:
    """Collapse whitespace and remove quotes wrapped around the whole text."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    while len(text) >= 2 and text[0] in _SURROUNDING_QUOTES and text[-1] in _SURROUNDING_QUOTES:
        text = text[1:-1].strip()
    return text


def _title_score(text: str) -> int:
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) > 1 and text.isupper():
        return -1  # SHOUTING is worse than lower case
    return sum(1 for w in words if w[0].isupper())


def display_title(variants: Iterable[str | None]) -> str | None:
    """The best-looking spelling among `variants`: quote-free, most capitalised words.

    Ties keep the earliest variant, so a stored title only changes for a better one.
    """
    best: str | None = None
    for variant in variants:
        if not variant or not variant.strip():
            continue
        candidate = strip_quotes(variant)
        if best is None or _title_score(candidate) > _title_score(best):
            best = candidate
    return best


_SURNAME_PARTICLES = {"le", "la", "de", "du", "da", "di", "van", "von", "del", "der", "st"}


def _looks_like_surname(text: str) -> bool:
    """"Ishiguro" or "Le Guin" (inverted name), not "Neil Gaiman" (a co-author list)."""
    words = text.split()
    return len(words) == 1 or (len(words) <= 3 and words[0].casefold() in _SURNAME_PARTICLES)


def display_author(variants: Iterable[str | None]) -> str | None:
    """Like `display_title`, but prefer "Kazuo Ishiguro" over "Ishiguro, Kazuo"."""
    best: str | None = None
    for variant in variants:
        if not variant or not variant.strip():
            continue
        candidate = _AUTHOR_PREFIX.sub("", strip_quotes(variant))
        parts = [p.strip() for p in candidate.split(",")]
        if len(parts) == 2 and all(parts) and _looks_like_surname(parts[0]):
            candidate = f"{parts[1]} {parts[0]}"
        if best is None or _title_score(candidate) > _title_score(best):
            best = candidate
    return best
