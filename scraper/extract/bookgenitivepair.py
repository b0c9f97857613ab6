"""One more shape of an author named in the genitive, beside ``bookgenitive``'s (which ``bookbody`` asks first):
two writers who share a surname, after a book noun and before the quoted title, as Russian, Ukrainian, Belarusian,
Polish, Czech and Slovak say "the novel by Anna and Boris Surname": "роман Анны и Бориса Петренко «T»", "повість
Олени та Андрія Шевчука «T»", "powieść Anny i Jana Kowalskich „T”". Each first name is read back in the nominative
by the regular rules ``bookgenitive`` uses (a woman's -ы/-y/-и, a man's -а/-я); the shared surname only where it
does not decline (-ко, -енко, -их/-ых of Russian's old family names, a foreign name in a vowel) or where the
plural genitive has one nominative plural (-овых → -овы, -ских → -ские, -ських → -ські, -skich → -scy).
"""

from __future__ import annotations

import re

from .book import Context
from .bookgenitive import masculine_given, nominative_title, nominatives
from .casefold import CAPITALS

_CAP = f"[{CAPITALS}]"
_WORD = rf"{_CAP}[\w'’\-]+"
# a book noun of these languages (any case), two first names joined by "and", one surname, the quoted title
_COUPLE = re.compile(
    r"(?i:роман\w{0,2}|повест\w{0,2}|повіст\w{0,2}|книг\w{0,2}|сборник\w{0,2}|збірк\w{0,2}|трилог\w{0,3}|"
    r"powieś\w{0,3}|książk\w{0,2}|román\w{0,2}|knih\w{0,2}|trilogi\w{0,2})\s+"
    rf"({_WORD})\s+(и|і|й|та|i|a)\s+({_WORD})\s+({_WORD})\s*[«„“]([^«»„“”]{{2,80}})[»”“]")
# a surname that does not decline (Ukrainian -ко/-енко, Russian -их/-ых, Georgian -ия/-ли/-дзе kept as written)
_FIXED = re.compile(r"(?:[оеиуюэ]|ых|их|дзе|швили|ko|o)$")
# the one nominative plural of a plural genitive surname
_PLURAL = [("овых", "овы"), ("евых", "евы"), ("иных", "ины"), ("ских", "ские"), ("цких", "цкие"),
           ("ських", "ські"), ("цьких", "цькі"), ("skich", "scy"), ("ckich", "ccy")]
# a woman's first name in the genitive: -ы/-y (Анны, Marty), -и/-i after a velar (Ольги, Olgi), soft -ии/-ії/-ьи
_WOMAN = [("ии", "ия"), ("ії", "ія"), ("ьи", "ья"), ("ы", "а"), ("y", "a"), ("ки", "ка"), ("ги", "га"), ("хи", "ха"),
          ("ki", "ka"), ("gi", "ga"), ("ни", "на"), ("ли", "ла")]


def given_nominative(first: str, language: str | None) -> str | None:
    """A first name's nominative by a regular rule: a woman's ending first, then a man's (-а off a consonant, -я)."""
    if len(first) < 4:
        return None
    for ending, base in _WOMAN:
        if first.endswith(ending) and (ending not in ("ни", "ли") or (language or "").startswith("uk")):
            return first[: -len(ending)] + base  # (Ukrainian's -и after a hard consonant: Олени, Галини)
    if first.endswith("ія"):  # Ukrainian men's -ій (Андрія, Сергія); no woman's genitive ends so
        return first[:-1] + "й"
    return masculine_given(first)


def _shared(surname: str, words: set[str]) -> str | None:
    for ending, base in _PLURAL:
        if surname.endswith(ending) and len(surname) > len(ending) + 1:
            return surname[: -len(ending)] + base
    if _FIXED.search(surname) and len(surname) > 3:
        return surname
    return next((n for n in nominatives(surname) if n != surname and n in words), None)  # (the page writes the nominative)


def _couple(paragraphs: list[str], context: Context, url: str) -> tuple[str, str] | None:
    words: set[str] | None = None
    not_authors = {n.casefold() for n in context.not_authors if n}
    for paragraph in paragraphs:
        for match in _COUPLE.finditer(paragraph):
            first, joined, second, surname, title = match.groups()
            if title.rstrip().endswith((".", "!", "?", ",")):  # a quoted sentence, not a title
                continue
            if words is None:
                words = set(re.findall(r"[\w'’\-]+", context.text))
            one, two, family = given_nominative(first, context.language), given_nominative(second, context.language), _shared(surname, words)
            if one and two and family:
                author = f"{one} {joined} {two} {family}"
                if author.casefold() not in not_authors:
                    return nominative_title(title.strip(), url, words), author
    return None


def genitive_pair(paragraphs: list[str], context: Context, url: str = "") -> tuple[str, str] | None:
    """(title, author) of two writers sharing a surname, or None."""
    return _couple(paragraphs, context, url)
