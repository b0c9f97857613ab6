"""A record line whose author carries a second name in brackets right after the real one: "A (Pen Name), T, House,
Year", as Indigenous, Chinese, Persian and many other writers are credited with a name in their own language or a pen
name beside their legal one. Left in, the bracketed part makes the head no name, and the record's reader then takes the
name-shaped title after it for the author (a swap); the real name is kept and the bracket dropped.

Only the line's head, before its first comma: a name (``book.is_name``) the text calls by a family name elsewhere (as reviews
call authors; either of two family names), a bracket of one to four capitalised words and no figure (a year is ``dated_name``'s;
a lower-case remark or a clause is no name), then the comma. A title with a series in brackets is no person the text
calls by surname and stays as it is.
"""

from __future__ import annotations

import re

from .book import Context, is_name

_HEAD = re.compile(r"^(?P<name>[^(),]{3,60}?)\s*\((?P<pen>[^()\d,.;:]{2,50})\)(?=\s*,)")


def without_pen_bracket(line: str, context: Context | None) -> str:
    """`line` without the bracketed second name after its head's author; the line unchanged otherwise."""
    if context is None or "(" not in line[:70]:
        return line
    match = _HEAD.match(line)
    if not match:
        return line
    name, pen = match.group("name").strip(), match.group("pen").split()
    if not (1 <= len(pen) <= 4 and all(w[:1].isupper() for w in pen) and is_name(name) and _called(name, context)):
        return line
    after = line[match.end():].lstrip(" ,").split(",")[0].strip(" .")
    if is_name(after) and context.person(after):
        return line  # ("Anna Karenina (Penguin Classics), Leo Tolstoy, …": the writer is the name after, the head a title)
    return name + line[match.end():]


def _called(name: str, context: Context) -> bool:
    """The text calls the person by a family name alone, the last word or, as Spanish and Portuguese names carry two
    family names ("Ana Quispe Mamani" called "Quispe"), another word after the given name."""
    whole = context.mentions(name)
    return any(context.mentions(word) > whole for word in name.split()[1:])
