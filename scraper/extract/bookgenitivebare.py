"""The nominative of a headline's genitive-s name when the text never writes the whole name in it: "Anna Berglunds ”T”
…" over a review that says "Berglund skriver …" and "Anna Berglunds roman" but never "Anna Berglund".

German and the Scandinavian languages (de, sv, da, no/nb/nn) put the genitive on the surname alone, as a bare -s
(``bookgenitivefront._GENITIVE_S``), so the given name stays as it is and the surname is the word without its -s. That
is read only where the text says so: it names the bare surname on its own (not followed by a letter, as the genitive
"Berglunds" is); a text that says only the genitive again gives nothing. A surname that ends in -s itself ("Anders
Jonas", genitive "Jonas'") yields a bare "Jona" the text does not say. Languages that decline names otherwise (Slavic,
Baltic) are left to the stem rule; ``bookgenitivefront.fronted_genitive`` asks here only when the text never writes the
whole name in another form.

Latvian and Lithuanian decline a woman's given name and surname alike, so a headline's "Genitive-Name Genitive-Surname"
gives both a woman's genitive ending ("Līgas Ozolas", "Rūtos Mačiulytės"): when the text names the surname alone in the
nominative that ending gives (lv -as/-es → -a/-e, lt -os/-ės → -a/-ė: "Ozola raksta …"), the given name takes its own
ending's nominative. A man's genitive (lv "Jāņa" of "Jānis", lt "Jurgio" of "Jurgis") has no single nominative and is left.
"""

from __future__ import annotations

import re

_GENITIVE_S = frozenset("de sv da no nb nn".split())
# a woman's genitive ending and its nominative, shared by her given name and surname
_FEMININE = {"lv": (("as", "a"), ("es", "e")), "lt": (("os", "a"), ("ės", "ė"))}


def bare_surname(first: str, surname: str, language: str, text: str) -> list[tuple[str, int]]:
    """[("First Surname-without-s", count)] when the text names the bare surname alone; else []."""
    if language in _FEMININE:
        return _feminine(first, surname, language, text)
    if language not in _GENITIVE_S or len(surname) < 4 or not surname.endswith("s") or surname.endswith(("ss", "'s", "’s")):
        return []
    bare = surname[:-1]
    count = len(re.findall(rf"(?<![\w\-]){re.escape(bare)}(?![\w\-'’])", text))
    return [(f"{first} {bare}", count)] if count else []


def _nominative(word: str, language: str) -> str | None:
    """A woman's name or surname in the genitive given back in the nominative ("Līgas" → "Līga"); else None."""
    return next((word[: -len(g)] + n for g, n in _FEMININE[language] if word.endswith(g) and len(word) > len(g) + 2), None)


def _feminine(first: str, surname: str, language: str, text: str) -> list[tuple[str, int]]:
    """[("First Surname", count)] in the nominative, when both words bear a feminine genitive ending and the text
    names the nominative surname alone; else []."""
    given, bare = _nominative(first, language), _nominative(surname, language)
    if not (given and bare):
        return []
    count = len(re.findall(rf"(?<![\w\-]){re.escape(bare)}(?![\w\-'’])", text))
    return [(f"{given} {bare}", count)] if count else []
