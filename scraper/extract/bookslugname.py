"""A slugged run that is the head of a person's longer name: "Sait Faik" where the text also writes "Sait Faik
Abasıyanık'ın …" and calls him "Abasıyanık" alone elsewhere. A URL that spells the author's full name spells its
given names too, and a later sentence may call the author by given names alone ("Mary Ann writes …"): the run is a
part of the author's name, not the reviewed book's title.

The longer name is the run continued by one or two capitalised words (a suffix after an apostrophe cut off, as
Turkish and Azerbaijani write case endings on names: "Abasıyanık'ın", "Orhan Pamuk'un"); it is a person when the text
names its last word alone more often than the whole name (Context.person). A title that a series name or a subtitle
continues ("The Salt Ledger Chronicles") is not cut: the text does not call the series by its last word alone.
"""

from __future__ import annotations

import re

from .book import Context

_NEXT = re.compile(r"\s+((?:[^\W\d_][\w\-]*[’'][^\W\d_]{1,5}|[^\W\d_][\w\-]*)(?:\s+[^\W\d_][\w\-]*)?)")


def name_head(run: str, context: Context) -> bool:
    """`run` is the first words of a longer name the text calls a person (by its last word alone)."""
    text = context.text
    for match in re.finditer(rf"(?<![\w'’]){re.escape(run)}(?=\s)", text):
        following = _NEXT.match(text, match.end())
        if not following:
            continue
        words = following.group(1).split()
        for count in range(1, len(words) + 1):
            last = re.split(r"[’']", words[count - 1])[0]
            if not last[:1].isupper():
                break
            longer = " ".join([run, *words[:count - 1], last])
            if context.person(longer):
                return True
            if last != words[count - 1]:
                break  # (a case ending closes the name)
    return False
