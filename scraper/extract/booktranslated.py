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


# an English title in title case inside a sentence: capitalised words and the short words titles keep in lower case
_SMALL_WORDS = r"(?:of|the|a|an|and|in|on|to|for|at|by|with|from|or|into|under|over)"
_CAP = r"[A-Z][\w'’\-]*"
SMALL_WORDS = re.compile(_SMALL_WORDS)  # (bookbody.title_like: the small words a title in title case keeps in lower case)
_TITLE_CASE_RUN = re.compile(rf"(?<=[a-z,;]\s)({_CAP}(?:\s+(?:{_SMALL_WORDS}\s+)*{_CAP}){{1,8}})")


def tagged_title_run(paragraphs: list[str], labels: list[str], text: str, language: str | None) -> tuple[str, str] | None:
    """An English post tagged with its author ("j. l. carr", "Ada Berg": one tag only that the text writes in full, with
    its capitals: "J. L. Carr tells it …"), and whose opening paragraph names a title in title case inside a sentence ("I
    picked up A Month in the Country because …"): that title by that person. The run opens with an article set in
    capitals, as only titles do inside a sentence; one held up for comparison is not taken."""
    if not paragraphs or not (language or "").lower().startswith("en"):
        return None
    people = set()
    for label in labels:
        label = " ".join(label.split())
        if not 2 <= len(label.split()) <= 4 or label.lower() not in text.lower():
            continue
        said = re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text, re.I)
        if said and is_name(said.group(0)):
            people.add(said.group(0))
    if len(people) != 1:
        return None
    person = people.pop()
    # the opening paragraph: the first that is not a note set off whole ("**Content note: …**")
    opening = next((p for p in paragraphs[:3] if not (p.startswith("“") and p.endswith("”"))), "")
    for match in _TITLE_CASE_RUN.finditer(opening):
        run = match.group(1)
        before = opening[:match.start()].split()
        if not before or not (before[-1].islower() or before[-1][-1:] in ",;"):
            continue  # (a run inside a longer capitalised one, "The" before it, or opening a sentence)
        if is_name(run) or set(run.split()) & set(person.split()):
            continue
        if run.split()[0] not in ("The", "A", "An"):
            continue  # (an article set in capitals inside a sentence opens a title: "Moors in May" is a place and a month)
        from .bookopening import COMPARED  # (bookopening imports this module)
        if COMPARED.search(opening[:match.start()]):
            return None  # (the first title the opening names is held up for comparison: no telling the post's)
        return run, person
    return None
