"""A name with a Bantu class prefix glued to it: Zulu, Xhosa, Swazi, Ndebele and Shona write a person's name with
its noun-class or case prefix joined on ("uDuma", "kaDuma", "ngoDuma", "UDuma" opening a sentence, "vaDuma",
"naDuma"; a hyphen before a vowel, "u-Aba"). A review in those languages calls the author by surname that way, so the
glued forms count as the text naming the surname (``book.Context``: a record's "T — A" split, an unmarked headline).
Only for the pages in those languages: elsewhere a lower-case run glued to a capital is a brand's or a Scots name.
The prefixes of a language's and a people's name (isi-/si-/esi- and chi-, "isiZulu", "chiShona"; ama-, "amaZulu") glue
to no person: a page naming its own language is no text naming a writer surnamed Zulu or Ndebele."""

from __future__ import annotations

import re

# the languages that glue class prefixes to names: zu, xh, ss, nr, nd (Nguni), sn (Shona)
_GLUING = frozenset({"zu", "xh", "ss", "nr", "nd", "sn"})
# the language's and the people's class prefixes (class 7 isi-/si-/chi-, class 6 ama-)
_NO_PERSON = r"(?![IiEe]?[Ss]i-?{0}|[Cc]hi-?{0}|[Aa]ma-?{0})"


def prefixed_names(surname: str, text: str, language: str | None) -> int:
    """How often `text` names `surname` with a short class prefix glued before it (one to four letters, maybe a
    hyphen), where the page's language glues them; 0 elsewhere and for a surname not capitalised."""
    if (language or "")[:2].lower() not in _GLUING or not surname[:1].isupper() or len(surname) < 3:
        return 0
    if surname not in text:  # (cheap: most surnames asked about are not in the text at all)
        return 0
    name = re.escape(surname)
    return len(re.findall(rf"(?<![^\W\d_]){_NO_PERSON.format(name)}[^\W\d_][a-z]{{0,3}}-?{name}(?![^\W\d])", text))
