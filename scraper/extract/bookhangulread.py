"""A Korean subtitle or standfirst that names the book read: "A 『T』를 다시 읽다" (rereading A's 『T』), "A 『T』을 읽고".

The double corner brackets mark a book's title; a bare name of three syllables right before them, with no particle of
its own, modifies it (A's 『T』), and the object's particle after the bracket with a verb of reading closes the line:
the line says which book the post reads. ``bookcjkslash.hangul_owner`` leaves this shape alone on a headline, where
the name may be the reader's with its particle dropped; here it is read only where the text itself speaks of the
book's writer without naming anyone ("작가는", "저자의": the writer the subtitle named) and the name is not the page's
own writer's. A word that ends in a particle or a time's ending is no bare name: "서른에 『T』를 다시 읽다" (rereading
『T』 at thirty), "이제야 『T』를 읽었다" (only now reading 『T』), "한밤에 …". Asked by ``bookstandfirst`` of the lines a platform sets under its headline.
"""

from __future__ import annotations

import re

from .book import Context
from .bookcjkslash import PARTICLE_END
from .bookscripts import KO_NOT_OWNER, ko_name

# (a name of three syllables, the bracketed title, the object's particle, an adverb or two, a verb of reading)
_READ = re.compile(r"^\s*(?P<name>[\uac00-\ud7a3]{3})\s+『(?P<title>[^』]{1,60})』\s?[을를]\s+"
                   r"(?:[\uac00-\ud7a3]{1,4}\s+){0,2}(?:다시\s?)?읽(?:다|고|으며|은|었다|어\s?보다|기)\s*$")
# the text speaks of the book's writer by role, a particle on it ("작가는 …", "저자의 …")
_WRITER = re.compile(r"(?:작가|저자|소설가)(?:는|가|의|은|님)(?![\uac00-\ud7a3])")


def hangul_read(line: str, context: Context) -> tuple[str, str] | None:
    """(title, author) of a Korean line "A 『T』를 읽다" (see the module's note), else None."""
    if "』" not in line or len(line) > 60:
        return None
    match = _READ.match(line)
    if not match:
        return None
    name = match.group("name")  # (nor one on the emphatic particle 야, "이제야")
    if not ko_name(name) or PARTICLE_END.search(name) or name.endswith("야") or name in KO_NOT_OWNER or name.casefold() in {n.casefold() for n in context.not_authors if n}:
        return None
    return (match.group("title").strip(), name) if _WRITER.search(context.text) else None
