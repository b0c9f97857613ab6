"""Thai and Lao: a quoted title "of" or "by" a writer whom the post's tags name ("อ่าน ‘T’ ของ A B …", read 'T' of A B),
where the headline names neither and the opening quotes more than one phrase (an ironic ‘word’ beside the title), so
``bookunspaced``'s one quoted title does not hold.

The tag vouches for the name's end (the words are unspaced: a name runs on into the sentence), the possessive right
after the closing quote ties the title to it. Only in the post's opening lines: a closing "if you liked ‘T2’ of A"
names another book. The tag must be a person's name (two runs of the script, given and family name), not the blog's
or its writer's; a pronoun or a publisher after the possessive is no writer (bookthaiof's NOT_WRITER).
Read by ``bookunspaced.unspaced_book``.
"""

from __future__ import annotations

import re

from .book import Context
from .bookthaiof import NOT_WRITER, OF

_SCRIPT = r"[\u0e00-\u0e7f\u0e80-\u0eff]"  # Thai, Lao
_RUN = rf"{_SCRIPT}{{2,20}}"
_PERSON = re.compile(rf"{_RUN}\s{_RUN}")
_QUOTED_OF = re.compile(rf"[\"“«‘「]({_SCRIPT}[^\"“”«»‘’「」\n]{{0,40}}?)[\"”»’」]\s*{OF}\s*")


def tagged_of(lines: list[str], tags: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author): the first quoted title of the opening lines right before "of"/"by" and a tagged person's name."""
    not_authors = {n.casefold() for n in context.not_authors if n}
    people = sorted({t.strip().lstrip("#") for t in tags if _PERSON.fullmatch(t.strip().lstrip("#"))
                     and t.strip().lstrip("#").casefold() not in not_authors}, key=len, reverse=True)
    if not people:
        return None
    for line in lines[:6]:
        for match in _QUOTED_OF.finditer(line):
            rest = line[match.end():]
            if NOT_WRITER.match(rest):
                continue
            person = next((p for p in people if rest.startswith(p)), None)  # (the longest tag the text runs on from)
            title = match.group(1).strip()
            if person and title not in person and person not in title:
                return title, person
    return None
