"""A quoted title and the page language's own "by" after it, where that "by" is not one ``bookheadline`` reads on
every page: Albanian "«T» nga A", Maltese "'T' minn A", Icelandic/Faroese "„T“ eftir A", Afrikaans "deur", Frisian
"troch", Welsh "gan", Breton "gant", Cornish "gans", Irish/Scottish Gaelic "le", Manx "liorish", Indonesian/Malay
"oleh"/"karya", Tagalog "ni", Swahili "na", Luxembourgish "vun", Polish "autorstwa", Croatian/Serbian/Bosnian "autora",
Slovene "avtorja", Lithuanian "autorius", Latvian "autors", Basque "egilea"; and Bulgarian and Macedonian "на", the
preposition that makes their genitive ("„T“ на A", A's "T"), as neither language declines a noun or a name.

Many of these words are everyday prepositions too ("nga" and "minn" also say "from"), so they are read only in that
language's page, only after a title set off in quote marks (the marks say where the work's name ends), and only where a
person's name is all that follows ("«Letra» nga Parisi, sot" leaves a remark after the place: no name alone).
"""

from __future__ import annotations

import re

_BY_AFTER_QUOTE = {
    "sq": "nga", "mt": "minn", "is": "eftir", "fo": "eftir", "af": "deur", "fy": "troch|fan", "cy": "gan",
    "br": "gant", "kw": "gans", "ga": "le", "gd": "le", "gv": "liorish", "id": "oleh|karya", "ms": "oleh|karya",
    "tl": "ni", "fil": "ni", "sw": "na", "lb": "vun|vum", "pl": "autorstwa", "hr": "autora|autorice",
    "sr": "autora|autorice", "bs": "autora|autorice", "sl": "avtorja|avtorice", "lt": "autorius|autorės",
    "lv": "autors|autore", "eu": "egilea", "bg": "на", "mk": "на",
}
_PATTERNS: dict[str, re.Pattern] = {}


def _pattern(code: str, quoted: str) -> re.Pattern:
    if code not in _PATTERNS:
        _PATTERNS[code] = re.compile(rf"^\s*{quoted}\s*,?\s+(?:{_BY_AFTER_QUOTE[code]})\s+(?P<rest>\S.*)$")
    return _PATTERNS[code]


# (where the word is the language's everyday "on", "at" as well, the text must name the person again by surname:
# "„Лешникотрошачката“ на Стара Загора" is a city's staging, "„Хамлет“ на Театър София" a theatre's)
_EVERYDAY = {"bg", "mk"}


def quoted_by(text: str, language: str | None, quoted: str, author, quote_text, vouches=None) -> tuple[str, str] | None:
    """(title, author) of a headline '"T" <by> A' in the page's language, the name all that follows; or None."""
    code = (language or "").lower().replace("_", "-").split("-")[0]
    words = _BY_AFTER_QUOTE.get(code)
    if not words or not re.search(rf"\s(?:{words})\s", text):  # (the cheap guard: the word itself)
        return None
    match = _pattern(code, quoted).match(text)
    if not match:
        return None
    rest = match.group("rest").strip(" .")
    name = author(rest)
    if code in _EVERYDAY and name and not (vouches and vouches(name)):
        return None
    return (quote_text(match), name) if name and name == rest else None
