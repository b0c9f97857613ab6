"""A name written with its initials glued on, no space after the dot: "С.Эрдэнэ", "Д.Нацагдорж", "А.Қодирий", "J.K.Rowling".

Mongolian writes a person as the initial of the father's name glued to the given name ("С.Эрдэнэ"), and Russian,
Kazakh, Uzbek and other Cyrillic and Latin-script desks often glue an author's initials to the surname the same way
("А.Пушкин", "A.Qodiriy"). ``book.is_name`` wants two words, so such a name is one word to it. It is read as a person
only where a quoted title follows it ("С.Эрдэнэ “Хонгор зул”: …", ``bookheadline._unmarked``): the quote marks set the title
apart, and the name's shape (one or two capital initials, each with its dot, then one capitalised word of two letters
or more, no figures) is what no title, abbreviation ("U.S.", "St.Petersburg") or web address has.
"""

from __future__ import annotations

import re

from .casefold import CAPITALS

_CAPITAL = f"[{CAPITALS}]"
_GLUED = re.compile(rf"^(?:{_CAPITAL}\.){{1,2}}{_CAPITAL}[^\W\d_A-ZА-ЯЁ][^\W\d_]*(?:[-‑][^\W\d_]+)?$")


def glued_name(text: str) -> bool:
    """One word of one or two capital initials, each with its dot, glued to a capitalised name: "С.Эрдэнэ"."""
    text = text.strip()
    return 4 <= len(text) <= 40 and "." in text[:4] and bool(_GLUED.match(text))
