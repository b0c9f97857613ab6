"""A translated title named in the prose with the original's title after it in brackets, set off in italics or quotes:
"I finally read The Lost Honour of Katharina Blum (*Die verlorene Ehre der Katharina Blum*) …", "j'ai lu Le Maître et
Marguerite («Мастер и Маргарита»)". The bracket is the sign: a title's original beside it, in markup of its own, so the
capitalised run right before the bracket is the title the post reads it by (its author is found as for any title the
post names: a tag, a by-line, the person the text calls by surname). The post must come back to it: a word of the
title said again on its own (a book held up for comparison is named once).

The run is capitalised words and the short lower-case words titles hold between them ("of", "de", "der"); it does not
open a sentence (the sentence's capital says nothing); the bracket is no person's name, no year, no plain remark.
"""

from __future__ import annotations

import re

from .book import is_name

# the original in a bracket, set off as marked_paragraphs writes italics and quotes: “T”, «T», "T"
_ORIGINAL = re.compile(r"\s\(\s*(?:“([^”()]{2,80})”|«\s?([^»()]{2,80}?)\s?»|\"([^\"()]{2,80})\")\s*\)")
_SMALL = re.compile(r"^[^\W\d_A-ZÀ-ÞΑ-ΩА-Я]{1,4}$")  # a title's short lower-case word: "of", "the", "de", "der", "и"
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;…]\s*[\"“”'’»)]?)\s*$")


def translated_titles(paragraph: str, text: str = "") -> list[str]:
    """Titles in `paragraph` named right before a bracketed original set off in italics or quotes; with the post's
    `text`, only a title that text comes back to (a word of it said again on its own: the post is about that book, not
    one it holds up for comparison)."""
    if "(" not in paragraph:  # (most paragraphs have no bracket at all)
        return []
    found = []
    for match in _ORIGINAL.finditer(paragraph):
        original = (match.group(1) or match.group(2) or match.group(3)).strip()
        if is_name(original) and len(original.split()) <= 3 or any(ch.isdigit() for ch in original):
            continue  # "(“Jane Doe”)": a person; "(1974)": a year
        words = paragraph[:match.start()].split()
        run: list[str] = []
        for word in reversed(words[-12:]):
            if word[:1].isupper() and word[-1:].isalnum():
                run.insert(0, word)
            elif _SMALL.match(word) and run:
                run.insert(0, word)
            else:
                break
        while run and not run[0][:1].isupper():
            run.pop(0)
        if len(run) < 2 or " ".join(run).casefold() == original.casefold() or is_name(" ".join(run)):
            continue  # (a person's name and a bracketed nickname: "Jane Doe (“Nan”)")
        before = " ".join(words[:len(words) - len(run)])
        if _SENTENCE_OPEN.search(before):
            continue  # the run opens a sentence: its first capital may be the sentence's
        if text and not _recurs(run, original, text):
            continue
        found.append(" ".join(run))
    return found


def _recurs(run: list[str], original: str, text: str) -> bool:
    """A word of the title (four letters or more, after its first) said in `text` more often than the title and its
    bracketed original say it."""
    title = " ".join(run)
    for word in {w.strip(".,;:!?") for w in run[1:] if len(w.strip(".,;:!?")) >= 4}:
        pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
        inside = len(re.findall(pattern, title)) * text.count(title) + len(re.findall(pattern, original))
        if len(re.findall(pattern, text)) > inside:
            return True
    return False
