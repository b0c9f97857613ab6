"""An Icelandic review's record line gives the author after "eftir" (by), in the dative: "Eftir Jónu Sigrúnu
Pálsdóttur. Forlag, 2024. 300 bls.", "Eftir Gunnar Helgason." The book found without its author takes that person, in
the nominative: the patronymic's ending turned back (-dóttur → -dóttir, -syni/-sonar → -son) and the given names as
the review writes them in full elsewhere, one run of capitalised words whose words open like the dative's (the
u-umlaut folded: "Önnu" is "Anna"'s, "Sögu" "Saga"'s). A given name the text never writes so leaves the record unread
(a wrong case is a wrong name).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book

_NAME_WORD = r"[A-ZÁÉÍÓÚÝÞÆÖÐ][a-záéíóúýþæöð]+"
_EFTIR = re.compile(rf"^\s*[Ee]ftir\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s*(?:[.,;]|$)")
_PATRONYM = ((r"dóttur$", "dóttir"), (r"syni$", "son"), (r"sonar$", "son"))


def _fold(word: str) -> str:
    return word.casefold().replace("ö", "a")[:2]


def eftir_author(book: Book | None, lines: list[str], text: str) -> Book | None:
    """`book` (a title without its author) with the author the record's "Eftir A." names, in the nominative."""
    if book is None or book.author or not book.title:
        return None
    found = {name for line in lines[:12] if (m := _EFTIR.match(line)) and (name := _nominative(m.group("name").split(), text))}
    return replace(book, author=found.pop()) if len(found) == 1 else None


def _nominative(words: list[str], text: str) -> str | None:
    surname = words[-1]
    for ending, nominative in _PATRONYM:
        if re.search(ending, surname):
            surname = re.sub(ending, nominative, surname)
            break
    else:
        return None  # (only a patronymic says how the name declines)
    given = words[:-1]
    pattern = r"\s+".join(rf"({re.escape(w[0])}|{'A' if w[0] == 'Ö' else w[0]})[a-záéíóúýþæöð]+" for w in given)
    forms = {tuple(m.group(0).split()) for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text)}
    forms = {f for f in forms if f != tuple(given) and all(_fold(a) == _fold(b) for a, b in zip(f, given))}  # (the record's own dative aside)
    # the nominative is the form followed by the surname's, or the one form the text writes
    whole = {f for f in forms if re.search(rf"{re.escape(' '.join(f))}\s+{re.escape(surname)}", text)}
    forms = whole or forms
    if len(forms) != 1:
        return None
    return " ".join([*forms.pop(), surname])
