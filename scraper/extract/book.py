"""Which book a review is about: title, author, and where known year and publisher.

Three places are tried, most trusted first:

1. schema.org JSON-LD (``Review`` → ``itemReviewed`` ``Book``, or a ``Book``);
2. the post title, and the first heading of the body, against the shapes
   reviewers use: "Title by Author", "Review: Title – Author",
   "‘Title’ by Author", "Title (Author, 2005)";
3. a closing citation in the body: "Title by Author. City: Publisher, 2005."

An author must look like a personal name (one to five capitalised words, with
initials and particles such as "Le", "de", "van"), which is what keeps
"Thoughts by the sea" from reading as a book by "the sea".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUOTES = "\"'‘’“”«»„‚‹›「」『』"
_DASH = r"(?:\s[-–—]\s|\s?[–—]\s?)"
# "by" in the corpus languages; the non-English words are only trusted with a quoted title.
_BY = r"(?:by|de|von|di|door|par)"
_PARTICLE = r"(?:[Ll]e|[Ll]a|de|da|del|der|den|di|du|van|von|y|bin|al|St\.)"
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*|[A-Z]\.)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{0,4}}"
NAME_RE = re.compile(rf"^{_NAME}$")

# Prefixes that say "this is a review of", stripped before the title shapes are tried.
_REVIEW_PREFIX = re.compile(
    r"^\s*(?:\[?(?:book\s+|mini[\s-]+|arc\s+)?review(?:ed)?\]?|rese[ñn]a|critique|rezension|recensione|recensie|recenzja|buchbesprechung|"
    r"my thoughts on|thoughts on)\s*(?:[:\-–—|]\s*|\s+of\s+|\s+)",
    re.IGNORECASE,
)
_TITLE_SUFFIX_SEP = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+(?=[^-–—]*$)")


@dataclass
class Book:
    title: str
    author: str | None
    year: int | None = None
    publisher: str | None = None
    source: str = ""  # where it was found: jsonld, title, heading, citation


def clean_title(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = text.strip(QUOTES + " ,.:;")
    text = re.sub(r"\s*[\(\[][^)\]]*\d/\d+[^)\]]*[\)\]]\s*$", "", text)  # "(4/5)" after a title
    return text.strip(QUOTES + " ,.:;")


# Function words that title-case titles capitalise but names never contain ("Travels by Train Across Europe").
_NOT_NAME_WORDS = {
    "the", "a", "an", "of", "and", "in", "on", "to", "with", "across", "from", "for", "at", "into", "over", "under",
    "my", "our", "your", "me", "you", "us", "them", "this", "that", "night", "day", "train", "sea", "book", "review",
    "or", "but", "is", "are", "was", "not", "no", "all", "its", "it", "his", "her", "their", "new", "old",
}


def is_name(text: str | None) -> bool:
    """One to five capitalised words that can be a person's name; a lone word only when it is a known pen name."""
    if not text:
        return False
    text = text.strip()
    words = text.split()
    if len(words) < 2 or any(w.lower().strip(".,") in _NOT_NAME_WORDS for w in words):
        return False
    return bool(NAME_RE.match(text)) and len(text) <= 60 and not re.search(r"\d", text)


def _author(text: str) -> str | None:
    """Cut trailing matter off an author ("Kazuo Ishiguro - A Haunting Masterpiece")."""
    text = re.split(r"\s+[-–—|:]\s+|\s*[\(\[]|[,;!?]|\s+[-–—]$", text.strip(), maxsplit=1)[0]
    text = text.strip(QUOTES + " .")
    words = text.split()
    # Take the longest leading run of words that is still a name.
    for end in range(min(len(words), 6), 0, -1):
        candidate = " ".join(words[:end])
        if is_name(candidate):
            return candidate
    return None


def _quoted(text: str) -> tuple[str, str] | None:
    """A quoted title anywhere: "thoughts on ‘Never let me go’ by Kazuo Ishiguro"."""
    match = re.search(rf"[‘“«„'\"]([^‘’“”«»„\"]{{2,120}})[’”»\"']\s*,?\s+{_BY}\s+(.+)$", text)
    if match:
        author = _author(match.group(2))
        if author:
            return clean_title(match.group(1)), author
    return None


def _split_at(text: str, separator: str, whole: bool = False) -> tuple[str, str] | None:
    """Split "Title <sep> Author" at the right-most separator that leaves a name after it.

    With `whole`, the name must be all that follows (no subtitle or rating after it).
    """
    for match in reversed(list(re.finditer(separator, text))):
        title, rest = text[: match.start()], text[match.end():]
        author = _author(rest)
        if title.strip() and author and (not whole or author == rest.strip(QUOTES + " .")):
            return title, author
    return None


def from_title(title: str | None) -> Book | None:
    """Read the book out of a post title or heading."""
    if not title:
        return None
    text = re.sub(r"\s+", " ", title).strip()
    quoted = _quoted(text)
    if quoted:
        return Book(*quoted, source="title")
    text = _REVIEW_PREFIX.sub("", text, count=1)
    # "Title (Author, 2005)"
    match = re.match(r"^(.+?)\s*\(\s*([^,()]+?)\s*,\s*(\d{4})\s*\)\s*$", text)
    if match and is_name(match.group(2)):
        return Book(clean_title(match.group(1)), match.group(2).strip(), int(match.group(3)), source="title")
    # "Title by Author" (English "by" only when unquoted: "de"/"di" are too common in titles);
    # the last "by" that leaves a name wins: "Stand by Me by Stephen King"
    found = _split_at(text, r",?\s+by\s+")
    if found:
        return Book(clean_title(found[0]), found[1], source="title")
    # "Title, de Author", "Title d’Author": in Romance languages a comma or an elision marks the author
    found = _split_at(text, rf",\s+(?:{_BY})\s+|\s+d[’']", whole=True)
    if found:
        return Book(clean_title(found[0]), found[1], source="title")
    # "Title – Author", "Title de Author" or "Author: Title" only after a review prefix was seen
    if text != re.sub(r"\s+", " ", title).strip():
        found = _split_at(text, rf",?\s+{_BY}\s+", whole=True)
        if found:
            return Book(clean_title(found[0]), found[1], source="title")
        parts = re.split(_DASH, text, maxsplit=1)
        if len(parts) == 2:
            author = _author(parts[1])
            if author and author == parts[1].strip(QUOTES + " ."):
                return Book(clean_title(parts[0]), author, source="title")
        if ":" in text:
            left, right = text.split(":", 1)
            if is_name(left):
                return Book(clean_title(right), left.strip(), source="title")
        return Book(clean_title(text), None, source="title") if len(text.split()) <= 12 else None
    return None


_CITATION = re.compile(
    rf"^(?P<title>[^.]{{2,150}}?),?\s+by\s+(?P<author>{_NAME})\s*[.,]\s*"
    r"(?:(?P<city>[A-Z][\w .]+?)\s*:\s*)?(?P<publisher>[A-Z][^,;]{1,80}?)\s*,\s*(?P<year>1[5-9]\d\d|20\d\d)\b"
)


def from_citation(lines: list[str]) -> Book | None:
    """A closing citation: "Never Let Me Go by Kazuo Ishiguro. New York: Knopf, 2005. 288 pages." """
    for line in reversed(lines[-8:]):
        match = _CITATION.match(line.strip())
        if match and is_name(match.group("author")):
            return Book(
                clean_title(match.group("title")),
                match.group("author"),
                int(match.group("year")),
                match.group("publisher").strip(),
                source="citation",
            )
    return None


def _names(value) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def from_jsonld(items: list[dict]) -> tuple[Book | None, dict | None]:
    """The reviewed book (and the Review object) from schema.org JSON-LD items."""
    def types(item: dict) -> set[str]:
        t = item.get("@type")
        return set(t if isinstance(t, list) else [t]) if t else set()

    for item in items:
        if "Review" in types(item) and isinstance(item.get("itemReviewed"), dict):
            reviewed = item["itemReviewed"]
            if types(reviewed) & {"Book", "CreativeWork", "Product"} and _names(reviewed):
                return _book_from_ld(reviewed), item
    for item in items:
        if "Book" in types(item) and _names(item):
            return _book_from_ld(item), None
    return None, None


def _book_from_ld(item: dict) -> Book:
    year = None
    for key in ("datePublished", "copyrightYear"):
        match = re.search(r"\d{4}", str(item.get(key) or ""))
        if match:
            year = int(match.group(0))
            break
    return Book(
        clean_title(_names(item) or ""),
        _names(item.get("author")),
        year,
        _names(item.get("publisher")),
        source="jsonld",
    )
