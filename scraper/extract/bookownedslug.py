"""An unquoted title after its owner's book noun, that the post's URL spells: "Luin Aino K. Sarpan esikoisromaanin
Jäinen järvi kesällä …", "Agnes Holloway's debut novel The Salt Ledger was …", "Ola Brekkes roman Fyret om natten
handler …".

The text marks neither end of such a title: the owner's name before the book noun (in the genitive or possessive
of the page's language) marks its start, and the URL's words mark its end (the longest run of words after the noun
that the URL spells, as a post's address is often named after its book). The owner is the author when the text calls
them by surname alone elsewhere, in the nominative: Finnish "Sarpan" is "Sarppa", named so in the text.
"""

from __future__ import annotations

import re

from .book import Context, is_name
from .slugspell import fold, slug_words
from .bookfinnish import finnish_genitives

# The words for a book in the languages whose owner stands before it, marked as an owner (any compound or case:
# "esikoisromaanin", "debütroman", "Romans"): English, Finnish, Swedish, Norwegian, Danish, German, Icelandic (an
# Estonian owner is unmarked, "Tammiste romaan": a news item names a prize's book so, and is no review)
_NOUN = re.compile(
    r"(?:novel|novella|book|memoir|trilogy|collection|debut|\w*(?:romaan|romaani|kirja|teos|teokse|novelli|kokoelma|"
    r"trilogia|roman|bok|bog|buch|erzählung|novelle|debüt|skáldsaga|bók)\w*)", re.I)
_ESCANDI = ("sv", "no", "nb", "nn", "da", "de", "is")
_END = ".,;:!?…"


def _nominatives(word: str, language: str) -> list[str]:
    """The nominative forms `word` may be the possessive of, in the page's language."""
    if re.search(r"['’]s$", word):
        return [word[:-2]]
    if language == "fi":
        stems = [word[:-3] + "nen"] if word.endswith("sen") else []
        if word.endswith("n"):
            stem = word[:-1]
            stems += [stem, re.sub(r"([kpt])([aeiouyäö])$", r"\1\1\2", stem), word[:-2] if word.endswith("in") else ""]
        return [s for s in dict.fromkeys(stems) if s and word in finnish_genitives(s, "fi")]
    if language in _ESCANDI and word.endswith("s") and len(word) > 3:
        return [word[:-1]]
    return []


def _owner(tokens: list[str], end: int, context: Context) -> str | None:
    """The author owning the noun at `end`: a run of capitalised words before it (at most two lower-case words
    between, "debut", "uusin"), its last word the possessive surname the text also uses alone in the nominative."""
    j = end - 1
    while j >= 0 and end - j <= 2 and tokens[j][:1].islower():
        j -= 1
    if j < 0 or not tokens[j][:1].isupper() or tokens[j][-1:] in _END:
        return None
    start = j
    while start > 0 and j - start < 3 and re.fullmatch(r"[^\W\d_][\w'’\-]*|[^\W\d_]\.", tokens[start - 1]) \
            and tokens[start - 1][:1].isupper():
        start -= 1
    opens = start == 0 or tokens[start - 1][-1:] in ".!?…"
    if opens and j - start >= 2:
        start += 1  # "Luin Aino K. Sarpan …": a sentence's first word before a name of two words or more is no name
    if start == j:
        return None  # a surname alone: no full name to give
    language = (context.language or "")[:2].lower()
    for surname in _nominatives(tokens[j], language):
        if context.mentions(surname) > (context.mentions(tokens[j]) if tokens[j][len(surname):][:1] in ("'", "’") else 0):  # ("Holloway's" holds "Holloway")
            name = " ".join(tokens[start:j] + [surname])
            if is_name(name) and name.casefold() not in {n.casefold() for n in context.not_authors if n}:
                return name
    return None


def _title(tokens: list[str], start: int, slug: str) -> str | None:
    """The longest run of words from `start` (up to a sentence mark) that the URL spells."""
    run: list[str] = []
    for token in tokens[start:start + 10]:
        run.append(token)
        if token[-1:] in _END:
            break
    for n in range(len(run), 0, -1):
        title = " ".join(run[:n]).strip(_END + "\"'“”«»„")
        key = fold(title)
        if title[:1].isupper() and len(key) > 3 and f" {key} " in slug:
            return title
    return None


def owned_slug(paragraphs: list[str], url: str | None, context: Context) -> tuple[str, str] | None:
    """(title, author) of an owner's book noun before an unquoted title the URL spells, in the post's opening."""
    slug = slug_words(url) if url else ""
    if len(slug.split()) < 2:
        return None
    for paragraph in paragraphs[:3]:
        tokens = paragraph.split()
        for i, token in enumerate(tokens[:-1]):
            if token[-1:] in _END or not _NOUN.fullmatch(token):
                continue
            title = _title(tokens, i + 1, slug)
            author = _owner(tokens, i, context) if title else None
            if title and author:
                return title, author
    return None
