"""An author read in the genitive ("«T» Тамари Горіхи Зерні" read as by "Тамари Горіхи Зерні") given back in the form
the text itself writes the family name in elsewhere ("… Горіха Зерня вкладає …"), for the languages that decline
names after a title (Ukrainian, Russian, Belarusian, Polish, Czech, Slovak).

The family name, one or more words, must stand in the text in another form, word for word a nominative that its
genitive ending gives (``bookgenitive.nominatives``: not an instrumental "-ыми", nor a genitive of a nominative);
the first name is then read back by the text too, or by the regular rules of a woman's genitive (uk -и after a hard
consonant, -ы/-y, -ии/-ії) or a man's (-а off a consonant, -я for -й). Where the text writes no other form, or the
first name has no regular nominative, the author stays. The name read off the headline may stand there alone: the text
then need only name the family name. Called in ``extract_page`` after ``nominative_author``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book, Context
from .bookgenitive import WOMAN_GIVEN, nominatives
from .bookgenitivepair import given_nominative
from .casefold import CAPITALS

_LANGUAGES = frozenset("uk ru be pl cs sk".split())
_WORD = rf"[{CAPITALS}][\w'’\-]+"


def _uk_woman(first: str) -> str | None:
    return first[:-1] + "а" if len(first) > 3 and re.search(r"[бвдзлмнпрстфц]и$", first) else None


def declined_tail(book: Book | None, context: Context) -> Book | None:
    if book is None or not book.author or (context.language or "")[:2].lower() not in _LANGUAGES:
        return book
    words = book.author.split()
    # (read off the headline, "«T» Саши Филипенко", the text may name the person only by the family name)
    if not 2 <= len(words) <= 4 or book.author not in context.text and book.source != "title":
        return book
    first, family = words[0], words[1:]
    pattern = r"(?<![\w\-])(?=" + r"\s+".join([f"({_WORD})"] * len(family)) + r"(?![\w\-]))"  # (overlapping runs)
    for match in re.finditer(pattern, context.text):
        other = list(match.groups())
        # each word a nominative the genitive's ending gives (not "-ыми", "-ому"; not a nominative read as the genitive)
        if other == family or not all(n in nominatives(g) for g, n in zip(family, other)):
            continue
        named = re.search(rf"(?<![\w\-])({_WORD})\s+{re.escape(' '.join(other))}(?![\w\-])", context.text)
        given = named.group(1) if named and named.group(1) != first and named.group(1) in nominatives(first) else None
        language = (context.language or "")[:2].lower()
        given = given or (_uk_woman(first) if language == "uk" else None) or given_nominative(first, language)
        if given:
            return replace(book, author=" ".join([given, *other]))
    return _unchanged_family(book, first, family, context)


# a family name that no case changes: a woman's in a consonant ("Кіс", "Андрухович"), Ukrainian and Russian -о, -ко,
# -енко of a woman (Russian's of anyone), Russian's old -их/-ых; not a foreign name's -и, -е, -у ("Мураками": its first
# name, "Харуки", is as unchanged)
_UNCHANGED = re.compile(r"(?:[бвгґджзклмнпрстфхцчшщ]|о)$")


def _unchanged_family(book: Book, first: str, family: list[str], context: Context) -> Book:
    """"«T» Оксани Ліщенко": the family name stands alone elsewhere in the text in the very form read ("Ліщенко пише"),
    a form no case changes, and the first name ends as only a woman's genitive does in Cyrillic (-и after a hard
    consonant in Ukrainian, -ы, -ии/-ії, -ьи, -и after a velar): her first name in the nominative. Not in Polish or
    Czech, where a man's nominative ends in -y too ("Jerzy")."""
    language = (context.language or "")[:2].lower()
    if language not in ("uk", "ru", "be") or len(family) != 1 or len(first) < 4 or len(family[0]) < 4 \
            or not _UNCHANGED.search(family[0].lower()):
        return book
    found = WOMAN_GIVEN.search(first)
    if not found or found.group("uk") and language != "uk" or not re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+", first):
        return book
    # the family name said again without the first name before it (any other word, or none, before it)
    rest = re.sub(rf"{re.escape(first)}\s+{re.escape(family[0])}", " ", context.text)
    if not re.search(rf"(?<![\w\-]){re.escape(family[0])}(?![\w\-])", rest):
        return book
    given = first[:-1] + ("я" if found.group("soft") else "а")
    return replace(book, author=f"{given} {family[0]}")
