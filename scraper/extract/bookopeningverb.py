"""A run of capitalised words before a possessive that opens its sentence may open on a verb the sentence begins with,
capitalised by its place only: "Finished A B's first book on the bus", "Rereading A B's novel". A verb's past or -ing
form (a word of four letters or more before "-ed" or "-ing") opening the sentence is no given name, where the words after
it are a name still (two capitalised words or more: a name of its own, not a lone surname). English's verb forms; a
given name that ends so is short and keeps its place ("Ted", "Jing": four letters at least before the ending), and one
of any other ending is never cut ("Kim Stanley Robinson's novel").
"""

from __future__ import annotations

import re

from .book import is_name

# (the words after it no middle initial: "Mildred D. Taylor", "Sterling A. Brown" are given names before one)
_OPENING_VERB = re.compile(r"[A-Z][a-z]{3,}(?:ed|ing)\s+(?![A-Z]\.?\s)(?=\S+\s+\S)")


def unopened(run: str, paragraph: str, at: int) -> str:
    """The run (found at `at` in `paragraph`) without a verb that opens its sentence, where the words after it are a name."""
    opens = not paragraph[:at].strip() or paragraph[:at].rstrip()[-1:] in ".!?"
    verb = _OPENING_VERB.match(run) if opens else None
    return run[verb.end():] if verb and is_name(run[verb.end():]) else run
