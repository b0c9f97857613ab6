"""A headline's head that the text uses only as a modifier of a book's noun ("Malazan, at last" over "… the first
Malazan book looked like homework …", "Discworld, again" over "my first Discworld novel"): the name of a series, a
cycle or a world, which holds many books, never the one reviewed. A title stands on its own in the text ("I opened
*T*", "T is …"); a series' name stands before "book", "novel", "series", "saga", as an adjective does.

The nouns are the words for a book and its kinds (copywords.GIVEN_BOOK, bookgenretail.KIND_WORDS) and for a series
(series, saga, cycle in our languages: a closed class); the head must be named at least once, and every time so.
"""

from __future__ import annotations

import re

from .bookgenretail import KIND_WORDS
from .copywords import GIVEN_BOOK

_SERIES = (r"series|saga|sagas|cycle|trilogy|trilogie|trilogía|trilogia|trylogia|reihe|zyklus|série|serie|ciclo|cykl|"
           r"reeks|cyklus|sarja|sorozat|serisi|серия|серія|цикл|трилогия|трилогія")
_NOUN = re.compile(rf"\s+(?:{GIVEN_BOOK.pattern}|(?:{'|'.join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True))}"
                   rf"|{_SERIES})(?!\w))", re.I)


def series_name(head: str, text: str) -> bool:
    """`head`, one or two capitalised words, is named in `text` and only ever right before a book's or a series' noun."""
    words = head.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    places = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(head)}(?!\w)", text)]
    return bool(places) and all(_NOUN.match(text, at) for at in places)
