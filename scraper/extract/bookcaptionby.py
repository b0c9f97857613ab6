"""A figure's caption that credits the book as a photo credit credits a picture: the quoted title, the language's word
for "by", the author's name, then anything ("“T” by A, new edition (Photo: PR)", "«T» de A, Éditions X", "\"T\" מאת A,
מהדורה חדשה", "«T» للكاتبة A"): the quotes set the title off, the "by" word the person, and the text names that person
again by family name (in a script without capitals, twice). Read by ``booknamedtwice`` for a post already told a
review whose book no rule found (or found with no author): a painting's or a photo's caption has the same shape ("“Morning
Harbour” by A, oil on canvas"), so the caption alone never makes a post a review.
"""

from __future__ import annotations

import re

from .nodes import shown_text
from .book import Book, Context, is_name
from .bookcaptiontitle import post_captions
from .bookcjkline import cjk_record

# a quoted title at the caption's start, a comma at most, then "by" in our languages and scripts (a word the language
# uses for a work's maker: English/Afrikaans by, Romance de/di/por/par, German von, Dutch door, Scandinavian av/af,
# Indonesian oleh/karya, Vietnamese của, Hebrew מאת, Arabic بقلم/للكاتب(ة)/للروائي(ة), Persian اثر/نوشتهٔ)
_BY_CAPTION = re.compile(
    r"^\s*(?:“([^“”]{1,80})”|«([^«»]{1,80})»|„([^„“”]{1,80})[“”]|\"([^\"]{1,80})\"|‘([^‘’]{1,80})’)\s*,?\s*"
    r"(?:by|door|von|de|di|par|por|av|af|deur|oleh|karya|của|מאת|بقلم|للكاتبة?|للروائية?|اثر|نوشته(?:ٔ|ی|\u200cی)?)\s+"
    r"(?P<name>(?:[^,;:()\[\]|—–.]|(?<=\b\w)\.){3,60}?)\s*(?:[,;:()\[\]|—–]|(?<!\b\w)\.|\s-\s|$)",  # (an initial's stop: "Ursula K. Le Guin")
    re.I,
)


def credited_book(book: Book | None, tree, lines: list[str]) -> Book | None:
    """For a review whose book was not found, or found without its author: the book its own picture's caption credits
    ("“T” by A, …"), A named again in the text; else None."""
    if book is not None and book.author or tree is None:
        return None
    captions = [(_quoting(c), "") for c in post_captions(tree)]
    if not captions:
        return None
    context = Context("\n".join(lines), (), None)
    # (or a CJK record as a caption sets it: "『T』A著（出版社、2024）", "『T』 A 지음 (출판사)", "『T』（A著、出版社）")
    found = caption_by(captions, context) or cjk_record([c for c, _ in captions], context) or _role_inside([c for c, _ in captions], context)
    return Book(found[0], found[1], source="details") if found else None


# "『T』（A著、出版社）": the bracketed title, then in brackets the name with its role word (and any details)
_ROLE_INSIDE = re.compile(r"^[『《「](?P<title>[^』》」]{1,60})[』》」]\s*[（(]\s*(?P<name>[\u4e00-\u9fff\u3005\u3040-\u30ff・]{2,10}|"
                          r"[\uac00-\ud7a3]{2,4})\s?(?:著|作|編著|编著|지음|저)\s*(?:[、，,]\s*[^）)]{1,40})?[）)]\s*[.。]?$")


def _role_inside(captions: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of a caption "『T』（A著、…）" whose author's family name (the first two characters) the text says."""
    for caption in captions:
        match = _ROLE_INSIDE.match(caption.strip()) if caption[:1] in "『《「" else None
        if match and match.group("name")[:2] in context.text:
            return match.group("title").strip(), match.group("name")
    return None


def _quoting(caption) -> str:
    """A caption's words, a title it opens with in italics (<em>, <i>, <cite>) set in quotes as the text would set it."""
    words = shown_text(caption)
    first = caption[0] if len(caption) else None
    if first is not None and first.tag in ("em", "i", "cite") and not (caption.text or "").strip():
        title = shown_text(first)
        if title and words.startswith(title):
            return f"“{title}”{words[len(title):]}"
    return words


def caption_by(captioned: list[tuple[str, str]], context: Context) -> tuple[str, str] | None:
    """(title, author) from the one caption shaped "“T” by A, …" whose A the text names again; None for none or two."""
    found = set()
    for caption, _alts in captioned:
        if not caption or caption[0] not in "“«„\"‘":  # (most captions open with no quote: no pattern run on them)
            continue
        match = _BY_CAPTION.match(caption)
        if not match:
            continue
        title = next(g for g in match.groups()[:5] if g).strip()
        name = " ".join(match.group("name").split())
        if _person(name, context) and title and title != name:
            found.add((title, name))
    return found.pop() if len(found) == 1 else None


def _person(name: str, context: Context) -> bool:
    """A name of two to four words: capitalised in a script with capitals (named again once), else letters only (named
    again twice); not the blog or its writer."""
    words = name.split()
    if not 2 <= len(words) <= 4 or any(not w.rstrip(".").replace("-", "").replace("'", "").replace("׳", "").isalpha() for w in words):
        return False
    cased = any(ch.isupper() for ch in name)
    if cased:
        return is_name(name) and context.vouches_for(name)
    if any(ch.islower() for ch in name):
        return False  # (a cased script's words all in lower case: a phrase, "the new edition")
    return context.vouches_for(name, times=2)
