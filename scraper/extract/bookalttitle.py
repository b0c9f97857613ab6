"""A book's alternative title, the older convention of naming a work twice with "or" between ("Title, or The Other
Title", "Title; or, The Other Title"; fr "Titre, ou l'Autre", ru "Название, или Другое название", de "Titel oder Der
andere", cs "Název aneb Jiný název"): one title, not two parts of a record line. A record line is split at its commas
(bookbiblio.SEGMENTS), which cuts such a title in two and leaves its second half where the publisher or the author is
looked for. A part that opens with the language's "or", in lower case, followed by a capital, a quote or a figure, is
the alternative half of the part before it, and is joined back to it; so is a part that ends on "; or" / ", or" (the
comma after the "or", as in "Frankenstein; or, The Modern Prometheus"). A part that opens with "or" and goes on in
lower case ("or so it seems") is left as it is.

After a full stop the "or" takes a capital ("Gehen. Oder die Kunst …", nb "Stien. Eller om å vente", "Frankenstein. Or,
The Modern Prometheus"): given the `line`, a part that opens with a capitalised "or", where the line has the part before
it, a full stop and this part, is the same alternative half, joined back with its full stop. Only the "or" words that
open no title, name or publisher of their own when capitalised are read so (not pt/gl "O" 'the', nl "Of", fr "Au",
"Ali", "Eli", "Edo", de "Neu"): "Steinbeck, John. Of Mice and Men" stays three parts.

``lower_tail``: an "Author: Title" record line whose title itself holds a comma ("A: Home, my own land. Publisher,
2012"): the part after the comma, up to the full stop that ends the record's first field, is all in lower case, so it
is no publisher, place or person (each capitalised) but the title going on. A single word that names the book's kind
("roman", "poems", "skáldsaga": bookgenretail.KIND_WORDS, some thirty languages), two words that are its kind ("a
novel"), a figure, or any capital (a translator, "trans. Ann Lee") leaves the title as it was; another single word
("Home, revisited") goes on with it, unless a person's name follows the stop (then the word was a credit's
abbreviation: "prev. Mia Kos"); nor do the copy's binding or format ("paperback", "broširano", "illustrated":
``bookbinding.FORMAT_WORD``, in our languages).
"""

from __future__ import annotations

import re

# "or" as it joins a title to its alternative, in lower case: en, fr/pt/ca, es/it, de, nl/af, ru/bg/sr/mk, uk, be, pl,
# cs, sk, sl/hr/bs, sr (Latin), hu, ro, sv/da/no, is, fi, et, lt, lv, el, eo, la, eu, cy, ga, mt, tr, az, uz, id/ms, sw, vi
_OR = (r"or|ou|o|ó|oder|of|или|або|альбо|czyli|albo|aneb|čili|alebo|čiže|ali|ili|avagy|vagy|sau|ori|eller|eða|eli|taikka|"
       r"ehk|arba|jeb|ή|ἤ|aŭ|sive|seu|edo|neu|nó|jew|ya\s+da|yahut|yaxud|yoki|atau|au|hoặc")
# a part that opens with "or" (then a capital, a quote or a figure: _capital_after)
_OPENS_OR = re.compile(rf"^(?:{_OR})\s+")
# "Or" capitalised after a full stop: en, fr, de, ru/bg, uk, pl, cs, sk, hu, ro, sv/da/no, is, fi, et, lt, lv, el, eo, la, tr, uz,
# id/ms, vi, sr/hr/bs ("Ili"), sl ("Ali" is a name: not read)
_OR_CAPITAL = (r"(?:Or|Ou|Oder|Или|Або|Czyli|Albo|Aneb|Čili|Alebo|Avagy|Vagy|Sau|Eller|Eða|Taikka|Ehk|Arba|Jeb|Ή|Aŭ|Sive|"
               r"Ya\s+da|Yahut|Yoki|Atau|Hoặc|Ili)")
OPENS_OR_CAPITAL = re.compile(rf"^{_OR_CAPITAL}(?=[\s,]|$)")
# "T. Or" joined, its alternative the next part ("Frankenstein. Or, The Modern Prometheus")
_ENDS_OR_CAPITAL = re.compile(rf"\.\s+{_OR_CAPITAL}$")
# a part that ends on "or" after a semicolon or a comma: "Frankenstein; or", its alternative the next part
_ENDS_OR = re.compile(rf"[;,]\s+(?:{_OR})$")


def _capital_after(part: str, at: int) -> bool:
    rest = part[at:].lstrip("\"'«„“‘‹([ ")
    return bool(rest) and (rest[0].isdigit() or rest[0].isupper())


def joined_alternatives(segments: list[str], separator: str = ", ", line: str | None = None) -> list[str]:
    """The record line's parts, each alternative title joined back to the title before it ("Андеграунд" + "или Герой
    нашего времени" → "Андеграунд, или Герой нашего времени"); with the `line`, one after a full stop too ("Stien" + "Eller
    om å vente" → "Stien. Eller om å vente")."""
    if len(segments) < 2:
        return segments
    out: list[str] = []
    for part in segments:
        if out and re.fullmatch(_OR, part):  # ("Title, or, The Other Title": the "or" a part of its own)
            out[-1] = f"{out[-1]}{separator}{part}"
        elif out and (match := _OPENS_OR.match(part)) and _capital_after(part, match.end()) and not _ENDS_OR.search(out[-1]):
            out[-1] = f"{out[-1]}{separator}{part}"
        elif out and (_ENDS_OR.search(out[-1]) or line and _ENDS_OR_CAPITAL.search(out[-1])) and _capital_after(part, 0):
            out[-1] = f"{out[-1]}{separator}{part}"
        elif out and line and part[:1].isupper() and OPENS_OR_CAPITAL.match(part) and f"{out[-1]}. {part}" in line \
                and not OPENS_OR_CAPITAL.match(out[-1]):
            out[-1] = f"{out[-1]}. {part}"
        else:
            out.append(part)
    return out


# "T, rest." after "Author: ": the rest two to six lower-case words, then a full stop or the line's end
_LOWER_REST = re.compile(r",\s+((?:[^\W\d_A-Z\u0400-\u042f]+\s+){0,5}[^\W\d_A-Z\u0400-\u042f]+)(?:\.\s|\.?$)")


def lower_tail(line: str, title: str) -> str:
    """`title`, cut at the record `line`'s first comma, with the lower-case words that go on after it up to the full
    stop ("Home" → "Home, my own land"); else `title`."""
    at = line.find(title)
    if at < 0 or "," not in line[at + len(title):at + len(title) + 2]:
        return title
    match = _LOWER_REST.match(line, at + len(title))
    if not match or kind_only(match.group(1)) or any(w.islower() is False for w in match.group(1).split()):
        return title
    if " " not in match.group(1) and (match.group(1).casefold() in KIND_WORDS or _person_next(line[match.end():])):
        return title  # "A: T, roman. House": the book's kind; "A: T, prev. B C. House": a credit's abbreviation
    if FORMAT_WORD.fullmatch(match.group(1)):
        return title  # "A: T, paperback. House", "A: T, broširano.", "A: T, illustrated.": the copy's format
    return f"{title}, {match.group(1)}"


_NEXT_PART = re.compile(r"\s*([^.,;]{1,60})[.,;]")


def _person_next(rest: str) -> bool:
    """What follows the record's first stop is a person's name of two to four capitalised words, no figure ("Mia Kos."):
    the word before the stop was a credit's abbreviation ("prev.", "trad."), not the title going on."""
    match = _NEXT_PART.match(rest)
    words = match.group(1).split() if match else []
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not re.search(r"\d", match.group(1))


from .bookenumerated import kind_only  # noqa: E402
from .bookgenretail import KIND_WORDS  # noqa: E402
from .bookbinding import FORMAT_WORD  # noqa: E402
