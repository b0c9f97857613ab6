"""The author as a review in an Indic script names them, where the book's record gives the name in Latin letters.

Indian shops, catalogues and papers keep the record's author in Latin letters ("By <a>Premchand</a> (Author)", an
English metadata field) over a reader's review written in Hindi, Bengali, Gujarati, Tamil …, and the review calls the
author in its own script, as its readers know the name. The name a page gives most fully in its own script is the
name: where the review's text names, word for word, a run in its script that spells the Latin name, that run is the
author ("Amrita Pritam" over a Hindi review that says "अमृता प्रीतम का यह उपन्यास").

Spelling is compared by consonants, vowels aside (Latin letters and Indic vowel signs do not map one to one: "ee",
"i", "ī" for ी). Unicode lays out the Indic blocks alike (Devanagari U+0900, Bengali U+0980, Gurmukhi U+0A00, Gujarati
U+0A80, Oriya U+0B00, Tamil U+0B80, Telugu U+0C00, Kannada U+0C80, Malayalam U+0D00): a consonant stands at the same
offset in each, so one table of Devanagari's offsets reads them all. Both sides are folded alike: an aspirate's "h"
after a consonant dropped ("bh", "chh"), a doubled letter once, Latin "w", "z", "f", "q" as the scripts write them
(व, ज़, फ़, क़).

Left alone: a Latin author over a text in Latin letters (or mixed, no Indic script the text is mostly in), a name with
initials ("R. K. …": spelled out in the scripts), and a text whose runs spell the name in two different ways or not at
all (the record's Latin form stays).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .book import Book

# Devanagari's consonants by their offset in the block (U+0915 क … U+0939 ह), the nukta forms (U+0958 …) and the
# vocalic r (independent U+090B, sign U+0943), anusvara and chandrabindu as "n"
_OFFSETS = {off: lat for off, lat in zip(range(0x15, 0x3A), (
    "k kh g gh n ch chh j jh n t th d dh n t th d dh n n p ph b bh m y r r l l l v sh sh s h").split())}
_OFFSETS.update({0x58: "k", 0x59: "kh", 0x5A: "g", 0x5B: "j", 0x5C: "r", 0x5D: "rh", 0x5E: "ph", 0x5F: "y",
                 0x0B: "r", 0x43: "r", 0x44: "r", 0x02: "n", 0x01: "n"})
_BLOCKS = range(0x0900, 0x0D80, 0x80)  # Devanagari … Malayalam
_INDIC_LETTER = re.compile(r"[\u0900-\u0d7f]")
_LATIN_NAME = re.compile(r"[A-Za-z][a-z'’\-]+(?:\s+[A-Za-z][a-z'’\-]+){1,3}")
_LATIN_FOLD = str.maketrans({"w": "v", "z": "j", "f": "ph", "q": "k", "x": "ksh"})


def _block(char: str) -> int | None:
    code = ord(char)
    return (code - 0x0900) // 0x80 if 0x0900 <= code < 0x0D80 else None


def _fold(consonants: str) -> str:
    """Consonants folded alike on both sides: no "h" after a consonant (an aspirate), no letter twice in a row."""
    folded = re.sub(r"(?<=[^aeiouh])h", "", consonants)
    return re.sub(r"(.)\1+", r"\1", folded)


def _latin_key(word: str) -> str:
    letters = re.sub(r"[^a-z]", "", word.lower().translate(_LATIN_FOLD))
    letters = re.sub(r"c(?!h)", "k", letters)  # (a hard "c": "Kamala Das" may be "Camala" in an old record)
    return _fold(re.sub(r"[aeiou]", "", letters))


def _indic_key(word: str) -> str:
    return _fold("".join(_OFFSETS.get(ord(c) - 0x0900 - 0x80 * (_block(c) or 0), "") for c in word if _block(c) is not None))


def _voiceless(key: str, script: int) -> str:
    """Tamil writes voiced and voiceless stops with one letter (க for "k" and "g", ட/த for "t" and "d", ப for "p" and
    "b"), and "s" and "ch" with one (ச): there they are one."""
    return re.sub(r"(.)\1+", r"\1", key.translate(str.maketrans("gdbs", "ktpc"))) if script == _TAMIL else key


_TAMIL = (0x0B80 - 0x0900) // 0x80


def own_script_author(book: Book | None, text: str) -> Book | None:
    """`book` with its Latin-letter author as the Indic-script text names them (see the module's note); else `book`."""
    if book is None or not book.author or not text or not _LATIN_NAME.fullmatch(book.author.strip()):
        return book
    sample = text[:4000]
    if not _INDIC_LETTER.search(sample):
        return book  # (no Indic letter at all: the count below, character by character, would find none)
    blocks = Counter(_block(c) for c in sample if _INDIC_LETTER.match(c))
    latin = sum(1 for c in sample if "a" <= c.lower() <= "z")
    if not blocks or sum(blocks.values()) < 3 * latin:
        return book  # (no Indic script the text is mostly written in)
    script = blocks.most_common(1)[0][0]
    keys = [_voiceless(_latin_key(w), script) for w in book.author.split()]
    if not all(len(k) >= 2 for k in keys):
        return book  # (a word too short to spell by consonants alone)
    words = [w.strip("\"'“”‘’()[]{}.,;:!?।॥-–—") for w in text.split()]
    found = Counter()
    for start in range(len(words) - len(keys) + 1):
        run = words[start:start + len(keys)]
        if all(w and all(_block(c) == script for c in w if c.isalpha() or _INDIC_LETTER.match(c)) and _INDIC_LETTER.match(w)
               for w in run) and [_voiceless(_indic_key(w), script) for w in run] == keys:
            found[" ".join(run)] += 1
    if len(found) != 1:
        return book
    return replace(book, author=next(iter(found)))
