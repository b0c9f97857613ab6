"""An author's surname read in a case ending ("Ismail Kadaresë" from '"T" e Ismail Kadaresë', "Dritëro Agollit"), given
back in its base form by the forms the post itself uses: languages that add their case endings to the name's base
(Albanian, Finnish, Estonian, Hungarian …) say the same base with other endings ("Kadareja", "Agollin"), so the base is
what all the forms share, when that is said bare somewhere, or ends with a vowel as such bases do ("Kadare", "Agolli");
only for a surname the post never says on its own outside the whole name (the one form the name was read in).
Not a name the headline sets alone after its dash, "T – A": a record's split gives the name in its citation form
(Turkish "Halikarnas Balıkçısı", said "Balıkçı'nın" in the text, keeps its possessive ending there).

Latin script only: Cyrillic and Greek replace a name's ending (``bookgenitive`` reads those), and a base that ends
with a consonant and is never said bare may be a cut-off stem ("Fisht" of "Fishtës", "Fishtën").
"""

from __future__ import annotations

import os
import re
from dataclasses import replace

from .book import DASH, Book
from .words import words_from

_VOWELS = "aeiouyäöüåæøéèêáàâíìîóòôúùûőűõ"  # (not Albanian "ë": "Fishtë" of "Fishtës", "Fishtën" is a case form of "Fishta")


# Lithuanian and Latvian replace a name's ending ("Parulskis", "Parulskio"; "Ikstena", "Ikstenas"): what the forms share
# is no base (``bookgenitivefront`` gives their nominative back)
_REPLACING = ("lt", "lv")


def base_form(book: Book | None, text: str, language: str | None = None, headline: str | None = None) -> Book | None:
    """`book` with its author's surname in the base form the post's other forms of it share, or as it was."""
    if book is None or not book.author or (language or "")[:2].lower() in _REPLACING:
        return book
    if headline and re.search(rf"{DASH}{re.escape(book.author)}\s*(?:$|[|(])", headline):
        return book  # ("T – A": the name in its citation form)
    words = book.author.split()
    last = words[-1]
    if len(words) < 2 or len(last) < 5 or not last.isalpha() or any(ord(ch) >= 0x250 for ch in last):
        return book
    head = last[:max(4, len(last) - 3)]
    if head not in text:  # (cheap: the post says no other form of it)
        return book
    tokens = set(words_from(text, head))  # (re.findall(rf"(?<!\w){re.escape(head)}\w*", text): no pattern compiled per name)
    forms = {t for t in tokens if t != last and len(os.path.commonprefix([t, last])) >= len(last) - 3}
    if not forms or last in tokens and _alone(last, book.author, text):
        return book  # (a surname the post says on its own is its base: "Williams", whatever "William" is)
    stem = os.path.commonprefix([last, *forms])
    if len(stem) < 3 or stem == last or any(len(f) - len(stem) > 3 for f in forms):
        return book
    if stem not in tokens and (len(stem) < 4 or stem[-1].lower() not in _VOWELS):
        return book  # (a stem never said bare must end as bases do, with a vowel)
    return replace(book, author=" ".join(words[:-1] + [stem]))


def _alone(word: str, name: str, text: str) -> bool:
    """`word` said in `text` outside the whole `name`."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text.replace(name, " ")) is not None
