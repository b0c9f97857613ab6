"""A post that names its book in two hashtags, each a title or a name written as one word ("#thesaltledger #adaberg",
"#DerstilleHafen #LenaVogt"), and spells each out again somewhere in its text or its photo's alt text: the shape of a
photo-sharing or microblog post (Pixelfed, Instagram, Mastodon, Tumblr), headed by its account ("Post by jane"), not by
the book, so that no headline rule finds it.

A tag counts only where a run of two or more words of the page, the first capitalised, spells it letter for letter
(accents, case and punctuation aside); a run that is a person's name (``book.is_name``) is an author, any other the
title. The pair is taken when the text sets the title right before the name, after a "by" of our languages or a dash
or comma ("T by A", "T van A", "T – A"), and that pair is the only one; or, with no such place, when the tags spell one
title and one name alone and the text names the author's surname (``Context.vouches_for``). (bookrescue asks it last,
for a review whose book the other rules left unfound.)
"""

from __future__ import annotations

import re

from .book import _BY, Book, Context, is_name
from .slugspell import fold

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MIN_LETTERS, _MAX_WORDS = 6, 10
_BETWEEN = re.compile(rf"\s*(?:\s(?:{_BY}|of|af|deur|oleh|od|від|от)\s+|\s*[,–—-]\s*)", re.I)


def _squashed(text: str) -> str:
    return fold(text).replace(" ", "")


def _runs(key: str, texts: list[str]) -> list[str]:
    """The runs of two or more words in `texts` that spell `key` (a folded, squashed tag), the first word capitalised."""
    found = []
    for text in texts:
        words = [(m.start(), m.end(), _squashed(m.group(0))) for m in _WORD.finditer(text)]
        for i, (start, _, first) in enumerate(words):
            if not key.startswith(first) or not text[start].isupper():
                continue
            spelled, j = first, i
            while len(spelled) < len(key) and j + 1 < len(words) and j + 1 - i < _MAX_WORDS:
                j += 1
                spelled += words[j][2]
            if spelled == key and j > i:
                found.append(text[start:words[j][1]])
    return found


def hashtag_book(tags: list[str], texts: list[str], context: Context | None) -> tuple[str, str] | None:
    """(title, author) that two of the post's tags name and its `texts` (lines, alt texts) spell out, or None."""
    not_authors = {_squashed(n) for n in (context.not_authors if context else ()) if n}
    titles: dict[str, str] = {}
    names: dict[str, str] = {}
    for tag in dict.fromkeys(t.strip().lstrip("#") for t in tags):
        key = _squashed(tag)
        if len(key) < _MIN_LETTERS or key in not_authors:
            continue
        runs = _runs(key, texts)
        if not runs:
            continue
        run = runs[0]
        (names if is_name(run) else titles)[key] = run
    candidates = {**titles, **names}
    placed = {(title, name) for tk, title in candidates.items() for nk, name in names.items() if tk != nk
              for text in texts for m in re.finditer(re.escape(title), text)
              if (between := _BETWEEN.match(text, m.end())) and text.startswith(name, between.end())}
    if placed:
        return placed.pop() if len(placed) == 1 else None
    if len(titles) == 1 and len(names) == 1:
        (title,), (name,) = titles.values(), names.values()
        if context is not None and context.vouches_for(name):
            return title, name
    return None


def hashtagged(page) -> Book | None:
    """bookrescue's Page (its tags, alt texts, lines and context): the book its hashtags name, or None."""
    found = hashtag_book(page.tags, [*page.alts, *page.lines], page.context)
    return Book(*found, source="rescue") if found else None
