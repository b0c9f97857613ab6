"""A run of capitalised words that opens a sentence may open with the sentence's own first word, capitalised only for
standing first: "Keď Peter Pišťanek v roku 1991 vydal …" (Slovak "when"), "Als Ada Berg 1990 veröffentlichte …",
"When Ada Berg published …". Such a word is a common word, and the text shows it: it writes that word in lower case
elsewhere ("…, keď …"), as no one writes a given name. The name is then the run without it, when that is still a name.
A diary's sentence drops its subject and opens on the verb of reading ("Finished Ada Berg's *T* on the ferry", "Letto
Ada Berg: …"): that verb, as openread knows it in our languages, is no given name either, written lower case elsewhere
or not.
"""

from __future__ import annotations

import re

from .casefold import whole_word
from .book import is_name
from .openread import _ADVERB, _VERB

_DIARY_VERB = re.compile(rf"(?:{_ADVERB})|(?:{_VERB})", re.I)


def without_opener(run: str, text: str) -> str:
    """`run` without a first word the `text` writes in lower case elsewhere, when the rest is a name (else `run`)."""
    words = run.split()
    if len(words) < 3 or words[0].lower() == words[0]:
        return run
    rest = " ".join(words[1:])
    if is_name(rest) and (whole_word(text, words[0].lower()) or _DIARY_VERB.fullmatch(words[0])):
        return rest
    return run
