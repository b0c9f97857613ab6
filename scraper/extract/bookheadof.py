"""Two headline shapes that name a book "of" its author with no "by" and no possessive mark ``bookheadowner`` reads.

- Finnish puts the author first in the genitive and the title after it unquoted, the headline going on with its own
  remark in lower case: "Leena Salon Lumikenttä on hiljainen kirja" ("Leena Salo's Lumikenttä is a quiet book"),
  perhaps after a label ("Arvio: …"). Only the last word of the name declines (-n after a vowel, -in after a
  consonant, -nen → -sen, a doubled k/p/t weakened: ``bookfinnish``); its nominative is the form the text names on its
  own ("Salo kirjoittaa …"). The title is the longest run of the words after the name that the text names again
  (most reviews call the book by its title), never the headline's remark.
- Tajik (as Persian) joins a quoted title to its author by the izafa, written after a closing quote with a hyphen:
  "«T»-и Name Surname: remark" ("T of Name Surname"); the name as the headline writes it (an izafa inside a name,
  "Умари", stays: it is the name's own form), its last word named again in the text.

- Albanian joins a quoted title to its author by the genitive's linking article (i/e/të/së) and declines the name's
  last word: '"T" i Name Surname-GEN, remark' ("T of Name Surname"): -s after a vowel ("Markos"), -it/-t after a
  consonant or -i ("Frashërit", "Nolit"), -së/-ës for a feminine or stressed ending ("Kadaresë"). The nominative is
  the form the text names on its own ("Marko shkruan …"); the given names stand as written.

Both read only where the text vouches: a name the text never calls by its last word is no author.
"""

from __future__ import annotations

import re

from .book import Book, Context, clean_title, is_name
from .bookfinnish import finnish_genitives

_FI_UP = "A-ZÅÄÖŠŽ"
_FI_WORD = rf"[{_FI_UP}][a-zåäöšž'’\-]+"
# a label of one or two words and its colon before the headline ("Arvio: …", "Kirja-arvio: …")
_LABEL = re.compile(r"^[^\s:|]{2,20}(?:\s[^\s:|]{2,20})?:\s+")
# given names, the genitive last word, then the words up to the headline's first stop
_FI_OWNER = re.compile(rf"^(?P<given>(?:{_FI_WORD}\s+){{1,2}})(?P<gen>{_FI_WORD}n)\s+(?P<rest>[{_FI_UP}0-9][^:|.!?–—«»„“”\"]{{0,100}})")
# words a title does not end on but the headline's remark, or the text's sentence, goes on with ("T on …", "T ja …")
_FI_GOES_ON = frozenset("on ei oli ovat olivat ja sekä mutta kuin jossa joka jota myös vain".split())
_IZAFA = re.compile(r"^[«“„\"](?P<title>[^«»“”„\"]{2,80})[»”“\"]\s?[-‐‑–]\s?(?:и|йи)\s+"
                    r"(?P<author>[А-ЯЁҒҚҲҶӢӮ][а-яёғқҳҷӣӯ\-]+(?:\s+[А-ЯЁҒҚҲҶӢӮ][а-яёғқҳҷӣӯ\-]+){0,3})(?=\s*(?:$|[:|,.!?–—]))")

# Albanian: a quoted title, the linking article, one to three capitalised given names and the declined last word, then
# the headline's stop (a comma, a colon, a dash or its end)
_SQ_UP = "A-ZÇËÀ-Þ"
_SQ_WORD = rf"[{_SQ_UP}][a-zçëà-ÿ'’\-]+"
_SQ_OF = re.compile(rf"^[«“„\"](?P<title>[^«»“”„\"]{{2,80}})[»”“\"]\s+(?:i|e|të|së)\s+"
                    rf"(?P<given>(?:{_SQ_WORD}\s+){{1,3}})(?P<gen>{_SQ_WORD}(?:s|t|së|ës))(?=\s*(?:$|[:|,.!?–—-]))")

_SQ_ENDINGS = (("ës", ("a", "ë", "")), ("së", ("",)), ("it", ("i", "")), ("s", ("",)), ("t", ("",)))


def _nominative(gen: str, context: Context) -> str | None:
    """The nominative the text names of an Albanian genitive name: "Hoxhës" ← Hoxha, "Kadaresë" ← Kadare, "Nolit" ←
    Noli, "Markos" ← Marko."""
    stems = [gen[:-len(end)] + tail for end, tails in _SQ_ENDINGS if gen.endswith(end) and len(gen) - len(end) >= 3 for tail in tails]
    return next((s for s in stems if context.mentions(s)), None)


def _albanian(text: str, context: Context) -> Book | None:
    match = _SQ_OF.match(text)
    if match is None:
        return None
    surname = _nominative(match.group("gen"), context)
    author = " ".join(match.group("given").split() + [surname]) if surname else ""
    return Book(clean_title(match.group("title")), author, source="title") if surname and is_name(author) else None


# what follows a cover caption's quoted title: the linking article and a genitive name of one to four words, the
# caption's stop after it ("«T» të Migjenit, botim i ri", '"T" i Ismail Kadaresë (Onufri)')
_SQ_AFTER = re.compile(rf"^\s*(?:i|e|të|së)\s+(?P<given>(?:{_SQ_WORD}\s+){{0,3}})(?P<gen>{_SQ_WORD}(?:s|t|së|ës))(?=\s*(?:$|[:|,.;!?()–—-]))")


def genitive_after_quote(rest: str, context: Context) -> str | None:
    """The author a cover's caption names after its quoted title by the Albanian genitive ("«T» të Migjenit": "T of
    Migjeni"): the given names as written and the last word's nominative, which the text names on its own. A pen
    name of one word is read here, under a cover and after a quoted title: the caption says whose book it is."""
    if (context.language or "").lower()[:2] != "sq" or not (match := _SQ_AFTER.match(rest)):
        return None
    surname = _nominative(match.group("gen"), context)
    author = " ".join(match.group("given").split() + [surname]) if surname else ""
    if not author or any(n and author.casefold() == n.casefold() for n in context.not_authors):
        return None
    return author if is_name(author) or " " not in author and author[:1].isupper() else None


def nominatives(genitive: str) -> list[str]:
    """The Finnish nominatives whose genitive is `genitive` (``bookfinnish`` read backwards)."""
    stem = genitive[:-1]
    found = [stem[:-2] + "nen"] if stem.endswith("se") else []
    if stem[-1:] == "i" and stem[-2:-1].lower() not in "aeiouyäö":
        found.append(stem[:-1])  # "Krohnin" → "Krohn"
    if stem[-1:].lower() in "aeiouyäö":
        found.append(stem)  # "Waltarin" → "Waltari"
        found.append(re.sub(r"([kpt])([aeiouyäö])$", r"\1\1\2", stem))  # "Mukan" → "Mukka"
    return [f for f in dict.fromkeys(found) if genitive in finnish_genitives(f, "fi")]


def _finnish(text: str, context: Context) -> Book | None:
    match = _FI_OWNER.match(_LABEL.sub("", text, count=1))
    if match is None:
        return None
    given = match.group("given").split()
    surname = next((n for n in nominatives(match.group("gen")) if context.mentions(n)), None)
    if surname is None or not is_name(" ".join(given + [surname])):
        return None
    words = match.group("rest").split(",")[0].split()
    for end in range(min(len(words), 8), 0, -1):
        title = clean_title(" ".join(words[:end]))
        if words[end - 1].casefold() in _FI_GOES_ON:
            continue
        if title and title[:1].isupper() and context.mentions(title) and title.casefold() != surname.casefold():
            return Book(title, " ".join(given + [surname]), source="title")
    return None


def of_headline(title: str | None, context: Context | None) -> Book | None:
    """(title, author) of a Finnish "Name Surname-GEN T on …", a Tajik "«T»-и Name" or an Albanian '"T" i Name
    Surname-GEN' headline, or None."""
    if not title or context is None or len(title) > 200:
        return None
    text = " ".join(title.split())
    if text[:1] in "«“„\"" and (context.language or "").lower()[:2] == "sq":
        return _albanian(text, context)
    if text[:1] in "«“„\"" and "и " in text:
        match = _IZAFA.match(text)
        if match and context.mentions(match.group("author").split()[-1]) and len(match.group("author").split()[-1]) >= 3:
            return Book(clean_title(match.group("title")), match.group("author"), source="title")
        return None
    if (context.language or "").lower()[:2] == "fi" and "n " in text:
        return _finnish(text, context)
    return None
