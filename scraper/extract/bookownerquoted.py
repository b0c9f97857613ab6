"""The owner set before a book noun and a quoted title after it, as Estonian, Finnish and Hungarian name a book's author
without a preposition: "Friedenthali romaan „T“ viib …" (et), "Linnan romaani ”T” kertoo …" (fi), "Szabó Magda regénye,
„T“ …" (hu). ``bookgenitive.owner_of_quoted`` reads the other order (the title first, the owner later); here the noun
stands between the owner and the title it names, in the first sentence of one of the first two paragraphs (a standfirst may come first), the only title the
paragraph quotes. At most one modifier of the book ("uus", "uusin", "legújabb") stands between the owner and the noun;
any other word there (an institution's "ülikooli") makes it no owner's book. The noun in the case a verb asks too ("Lugesin
Lindströmi romaani „T“", I read L's novel T), and then the sentence's first word ("Lugesin") is no given name.

The owner is given back in the nominative: an Estonian genitive -i after a consonant dropped ("Krossi" → "Kross"), a
Finnish genitive read back (``bookheadof.nominatives``), one the text itself names preferred; Hungarian owners stand in
the nominative already.
"""

from __future__ import annotations

import re

from .book import Context, is_name

_NOUN = {
    "et": r"(?:raamat|raamatu|raamatut|romaan|romaani|teos|teose|teost|jutustus|novell|novellikogu|luulekogu|triloogia|esikromaan|debüütromaan|mälestused)",
    "fi": r"(?:kirja|kirjan|kirjaa|romaani|romaanin|romaania|teos|teoksen|teosta|esikoisteos|esikoisromaani|novellikokoelma|runokokoelma|trilogia|muistelmat)",
    "hu": r"(?:regénye|könyve|kötete|novelláskötete|verseskötete|trilógiája|memoárja)",
}
_MODIFIER = {
    "et": r"(?:uus|uusim|esimene|viimane|värske|teine|kolmas)",
    "fi": r"(?:uusi|uusin|ensimmäinen|viimeisin|tuore|toinen|kolmas)",
    "hu": r"(?:új|legújabb|első|utolsó|friss|második|harmadik)",
}
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+"
_OWNED = {
    code: re.compile(rf"(?<![\w'’\-])(?P<name>(?:{_CAP}\s+){{0,2}}{_CAP})\s+(?:{_MODIFIER[code]}\s+)?{noun},?\s+"
                     r"[„“”«»\"](?P<title>[^„“”«»\"]{2,80})[“”»«\"]")
    for code, noun in _NOUN.items()
}
_ANY_QUOTED = re.compile(r"[„“”«»\"]([^„“”«»\"]{2,80})[“”»«\"]")


def _nominative(genitive: str, code: str, context: Context) -> str | None:
    if code == "hu":
        return genitive
    if code == "fi":
        from .bookheadof import nominatives
        forms = nominatives(genitive) if genitive.endswith("n") else []
    else:  # Estonian: "-i" after a consonant ("Friedenthali", "Krossi"), unless the text names the form as it stands
        # again ("Kaplinski", "Ristikivi" are their own genitives); the name kept as it is otherwise
        if not (genitive.endswith("i") and genitive[-2:-1].lower() not in "aeiouõäöü"):
            return genitive
        stem = genitive[:-1]
        return genitive if context.mentions(genitive) >= 2 and not context.mentions(stem) else stem
    return next((f for f in forms if context.mentions(f)), forms[0] if forms else None)


def owner_before_quoted(paragraphs: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of an opening "A-GEN <book noun> „T“" in et/fi/hu; or None."""
    code = (context.language or "")[:2].lower()
    owned = _OWNED.get(code)
    if not owned or not paragraphs:
        return None
    for paragraph in paragraphs[:2]:  # (a standfirst may come first)
        found = _owner_in(paragraph, owned, code, context)
        if found:
            return found
    return None


def _owner_in(paragraph: str, owned: re.Pattern, code: str, context: Context) -> tuple[str, str] | None:
    first = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ž])", paragraph, maxsplit=1)[0]
    if '"' not in first and "„" not in first and "”" not in first and "«" not in first and "»" not in first:
        return None  # (the cheap guard: a quoted title at all)
    if len({m.group(1) for m in _ANY_QUOTED.finditer(paragraph)}) != 1:
        return None
    match = owned.search(first)
    if not match or not match.group("title")[:1].isupper():
        return None
    words = match.group("name").split()
    surname = _nominative(words[-1], code, context)
    if not surname:
        return None
    # (a given name before it only where the whole is a name; a sentence's first word is one only where the text names
    # the whole again: "Lugesin Lindströmi romaani …" opens on "I read")
    full = " ".join(words[:-1] + [surname])
    opener = match.start("name") == 0 and code != "hu" and not context.mentions(full)
    name = full if len(words) > 1 and is_name(full) and not opener else surname
    if code == "hu" and len(name.split()) < 2:
        return None  # (a Hungarian owner is a full name, family name first)
    if name.casefold() in {n.casefold() for n in context.not_authors if n}:
        return None
    return match.group("title").strip(), name
