"""A record line whose title is quoted: "Name, „Title“. New edition, Publisher, 2026." or "«Title», Name. Publisher, 2019.".

``bookbiblio.from_bibliography`` splits a record line at its commas and full stops and reads the parts without their
quotes; where an edition's remark stands between the title and the publisher ("New edition", "2nd printing", "transl.
by …"), the parts between the name and the publisher are no longer the title alone. The quote marks say where the title
ends: the quoted part right beside the name is the title, whatever the record goes on to say. The caller judges whether
the rest is a record's (a year, pages, a price, a publisher), as it does for its own readings; ``remark_record`` takes a
rest that only remarks on the copy ("Reprint, hardcover."), every part a binding, an edition or a reprint, or the book's
kind alone, as a paper closes a review with its record ("Name, «Title». Novel.", "…. Roman.", "…. Romaan."; the kind
words of ``bookgenretail``: one or two of them, a quoted line of dialogue is followed by no such word).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .casefold import whole_word
from .bookheadline import QUOTED, quote_text
from .book import Context, leading_author, clean_title, is_name
from .bookbinding import BINDING
from .bookedition import WORD as _EDITION
from .bookgenretail import KIND_WORDS

# "Name, „Title“. …", "Name: «Title», …", "Name. «Title». …" (the name: no quote marks; a full stop after it, as a
# library's description parts its areas, only where the quote opens right after)
# (the Arabic script's comma "،" as well as the Latin one)
_NAME_FIRST = re.compile(rf"^(?P<name>[^„“”«»\"‘’:,،]{{3,60}}?)\s*(?:[,،:]|\.(?=\s*[„“«\"‘]))\s*{QUOTED}"
                         rf"\s*[.,،;]\s*(?P<tail>\S.*)$")
# "„Title“, Name. …", "«Title» — Name, …"
_TITLE_FIRST = re.compile(rf"^{QUOTED}\s*(?:,|\s[-–—])\s*(?P<rest>[^„“”«»\"‘].*)$")
# the author's other name in brackets after the name a record gives first: a pen name or the real one, "Name (Other
# Name), „T“. …", "«T», Name (Other Name). …" (two to five capitalised words, as the first; never a role, "(ed.)", nor
# dates, "(1966-....)"): the record's author is the name outside the brackets
_ALIAS = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<alias>[^()\d]{3,60})\)$")
_ALIAS_AFTER = re.compile(r"^\s*\((?P<alias>[^()\d]{3,60})\)")


def _unaliased(name: str) -> str:
    """`name` without the other name a record adds in brackets ("Name (Other Name)"); else `name` as it was."""
    match = _ALIAS.match(name) if name.endswith(")") else None
    return match.group("name") if match and is_name(match.group("alias").strip()) else name


def quoted_record(line: str, caseless: Callable[[str], bool] | None = None) -> tuple[str, str, str] | None:
    """(title, author, the rest of the line) of a record line that quotes its title beside its author's name; a name in a
    script without capitals ("A B, "T", Publisher, 344 pages" in Hebrew) where `caseless` vouches for it."""
    line = line.strip().strip("*_ ")
    match = _NAME_FIRST.match(line)
    name = _unaliased(match.group("name").strip()) if match else ""
    if match and (is_name(name) and leading_author(name) == name or caseless is not None and caseless(name)):
        title = clean_title(quote_text(match))
        return (title, name, match.group("tail")) if title else None
    match = _TITLE_FIRST.match(line)
    if match:
        rest = match.group("rest")
        name = leading_author(rest)
        after = rest[len(name):] if name and rest.startswith(name) else ""
        alias = _ALIAS_AFTER.match(after)
        after = after[alias.end():] if alias and is_name(alias.group("alias").strip()) else after
        if name and name.endswith(".") and len(name.split()[-1]) > 2:  # "Name. Publisher": the full stop is the record's
            name, after = name[:-1], "." + after
        tail = re.match(r"\s*[.,;]\s*(\S.*)$", after)
        title = clean_title(quote_text(match))
        if name and tail and title:
            return title, name, tail.group(1)
    return None


# a reprint or a new edition, in our languages (an edition's own word is bookedition's: "2. painos", "Neuausgabe")
_REPRINT = (r"reprint|reissue|new\s+edition|nachdruck|neuauflage|réédition|réimpression|nouvelle\s+édition|reedición|"
            r"reimpresión|nueva\s+edición|ristampa|riedizione|nuova\s+edizione|reedição|reimpressão|nova\s+edição|herdruk|"
            r"heruitgave|nyutgåva|nytryck|genoptryk|genudgivelse|opptrykk|nyutgivelse|uusintapainos|uusi\s+painos|uustrükk|"
            r"kordustrükk|kordusväljaanne|atkārtots\s+izdevums|jauns\s+izdevums|pakartotinis\s+leidimas|naujas\s+leidimas|"
            r"wznowienie|dodruk|nowe\s+wydanie|dotisk|reedice|nové\s+vydání|dotlač|nové\s+vydanie|ponatis|pretisak|"
            r"novo\s+izdanje|utánnyomás|új\s+kiadás|reeditare|retipărire|endurútgáfa|переиздание|новое\s+издание|"
            r"перевидання|перавыданне|yeni\s+baskı|επανέκδοση|νέα\s+έκδοση|"
            # bg/mk, sr, sq, az, uz, kk, ka, hy, he, ar, fa, ur/hi, id/ms, vi, ca, gl, eu, cy, tl, sw
            r"ново\s+издание|преиздание|реиздание|ново\s+издање|поновљено\s+издање|ribotim|botim\s+i\s+ri|yeni\s+nəşr|"
            r"təkrar\s+nəşr|yangi\s+nashr|qayta\s+nashr|жаңа\s+басылым|қайта\s+басылым|ახალი\s+გამოცემა|ხელახალი\s+გამოცემა|"
            r"նոր\s+հրատարակություն|վերահրատարակություն|מהדורה\s+חדשה|הדפסה\s+חוזרת|طبعة\s+جديدة|إعادة\s+طبع|"
            r"چاپ\s+جدید|تجدید\s+چاپ|نیا\s+ایڈیشن|नया\s+संस्करण|पुनर्मुद्रण|edisi\s+baru|cetak\s+ulang|tái\s+bản|"
            r"ấn\s+bản\s+mới|nova\s+edició|reedició|nova\s+edición|reedición|edizio\s+berria|argraffiad\s+newydd|"
            r"bagong\s+edisyon|toleo\s+jipya")
# one part of a record's remark: a binding, an edition or a reprint, in at most four words
_REMARK = re.compile(rf"^(?:[\w.\-]+\s+){{0,3}}?(?:{BINDING}|{_REPRINT}|{_EDITION})(?:\s+[\w.\-]+){{0,3}}$", re.I)
_PARTS = re.compile(r"\s*[.,;]\s*")


def remark_record(lines: list[str], context: Context, caseless: Callable[[str, Context], bool] | None = None) -> tuple[str, str] | None:
    """(title, author) of "Name, „Title“. Reprint, hardcover." among the post's first four or last eight lines: a record
    whose quoted title is followed by no year, pages or publisher but a remark on the copy, every part of it a binding, an
    edition or a reprint (``bookbiblio`` asks for those figures); the name's family name the text names again. A name in a
    script without capitals (Armenian, Georgian, Hebrew …) where `caseless` vouches for it (bookcaselessname.vouched_caseless:
    its family name named again, declined too)."""
    vouch = (lambda name: caseless(name, context)) if caseless is not None else None
    for line in lines[-8:][::-1] + lines[:4]:
        if len(line) > 200 or not any(q in line for q in "„“«\"‘”»"):
            continue
        found = quoted_record(line, vouch)
        if found and _remarked(found[2]) and found[1] not in context.not_authors \
                and (context.mentions(found[1].split()[-1]) >= 2 or vouch is not None and vouch(found[1])):
            return found[0], found[1]
    return None


def _remarked(rest: str) -> bool:
    """The rest of a record line only remarks on the copy or names the book's kind (one to three parts)."""
    parts = [p for p in _PARTS.split(rest.strip(" .")) if p]
    return bool(parts) and len(parts) <= 3 and all(len(p.split()) <= 4 and (_REMARK.match(p) or _kind(p)) for p in parts)


def remark_line(text: str, elsewhere: str) -> bool:
    """`text` is such a record line ("Name, «Title». Novel.") whose author's family name `elsewhere` (the review's
    other text) names: the review's own line, never the lead-in of an ask set after it (``leadin``)."""
    if len(text) > 200 or not any(q in text for q in "„“«\"‘”»"):
        return False
    found = quoted_record(text)
    return bool(found and _remarked(found[2]) and whole_word(elsewhere, found[1].split()[-1]))


def _kind(part: str) -> bool:
    """The part is a book's kind alone, in one word or two ("Romaan", "Graphic novel", "Kurzgeschichten")."""
    words = part.casefold().split()
    return 1 <= len(words) <= 2 and words[-1] in KIND_WORDS and (len(words) == 1 or words[0] in KIND_WORDS or words[0].isalpha())
