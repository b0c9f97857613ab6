"""A run of capitalised words before a possessive that opens its sentence may open on a verb the sentence begins with,
capitalised by its place only: "Finished A B's first book on the bus", "Rereading A B's novel". A verb's past or -ing
form (a word of four letters or more before "-ed" or "-ing") opening the sentence is no given name, where the words after
it are a name still (two capitalised words or more: a name of its own, not a lone surname). English's verb forms; a
given name that ends so is short and keeps its place ("Ted", "Jing": four letters at least before the ending), and one
of any other ending is never cut ("Kim Stanley Robinson's novel"), but for the irregular past forms of the verbs a
reading log opens on, reading, beginning, getting or finding a book ("Reread A B's first novel this week", "Began A B's
memoir", "Bought A B's collection"): none of them is a given name.

A given name that ends so keeps its place too where the word cannot be a verb's form or the text says it as a name:
- its stem ends on a consonant and "r" ("Winifr-ed", "Mildr-ed", "Manfr-ed"): no English verb's stem ends so (a verb
  before "-ed" ends on a vowel and "r", "enter-ed");
- the text says the word capitalised again in a sentence's middle ("… as Winifred knew"): a name, as a verb in a
  sentence's middle is in lower case.
"""

from __future__ import annotations

import re

from .book import is_name

# (the words after it no middle initial: "Mildred D. Taylor", "Sterling A. Brown" are given names before one)
_OPENING_VERB = re.compile(r"(?:([A-Z][a-z]{3,})(?:ed|ing)|(?:R[Ee]-?[Rr]ead|Read|Began|Begun|Bought|Found|Got|Took|Brought))"
                           r"\s+(?![A-Z]\.?\s)(?=\S+\s+\S)")
_NO_VERB_STEM = re.compile(r"[^aeiouy\W]r$")


def _said_as_name(word: str, text: str) -> bool:
    """The word capitalised in a sentence's middle somewhere in the text (a word before it, no stop between)."""
    return re.search(rf"[\w,;]\s+{re.escape(word)}\b", text) is not None


def unopened(run: str, paragraph: str, at: int, text: str = "") -> str:
    """The run (found at `at` in `paragraph`) without a verb that opens its sentence, where the words after it are a name."""
    opens = not paragraph[:at].strip() or paragraph[:at].rstrip()[-1:] in ".!?"
    verb = _OPENING_VERB.match(run) if opens else None
    if verb and verb.group(1) and (_NO_VERB_STEM.search(verb.group(1)) or _said_as_name(verb.group(0).strip(), text or paragraph)):
        return run
    return run[verb.end():] if verb and is_name(run[verb.end():]) else run
