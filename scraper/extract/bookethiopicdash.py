"""A headline "T — A" all in Ethiopic script (Amharic, Tigrinya, Ge'ez), where the text never calls the person the owner
of a book (``bookethiopic.owned_by``): the name is the part whose first word, the given name, the text below the headline
says alone. Ethiopian and Eritrean names are a given name and the father's (and perhaps the grandfather's): no family
name, so a writer is called by the given name ("A ነቲ ኲናት ብዓይኒ …"), bare or with a case ending of one letter, as
Icelandic usage calls a writer (``book.Context.vouches_for``); the Indic scripts' family name said twice
(``bookdashowner._surnamed``) is the other way round.

The name is two or three words, none of them a word that stands where a name would (this, the author, the language,
the country: ``bookethiopic._NOT_NAME``), and its given name is no word of the other part; the text calls its work a
book (a book noun of ``bookethiopic``: "መጽሓፍ", "ልብወለድ"), as a post about a person or a place does not. Only the part
after the dash is so read, in the order "T — A" a review's headline sets (a title's first word, "ሓደ", "one", may be
said alone in the text as well).
"""

from __future__ import annotations

import re

from .bookethiopic import _BOOK_NOUN, _ET, _NOT_NAME

ETHIOPIC_ONLY = re.compile(r"[\u1200-\u139f\s—–\-'‘’\".,:፡።፣፤፥፦]+")


def given_named(name: str, title: str, text: str) -> bool:
    """`name` (two or three Ethiopic words) is the one the text calls by its given name alone, and calls its work a book."""
    words = name.split()
    if not 2 <= len(words) <= 3 or set(words) & _NOT_NAME or words[0] in title.split() or len(words[0]) < 2:
        return False
    given = re.escape(words[0])
    alone = re.search(rf"(?<!{_ET}){given}{_ET}?(?!{_ET})(?!\s+{re.escape(words[1])}(?!{_ET}))", text)
    return alone is not None and re.search(_BOOK_NOUN, text) is not None
