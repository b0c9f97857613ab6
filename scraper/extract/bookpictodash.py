"""A book pictograph's line that names the book and its author at once: "📖 T – A" (a social post's first line).

Posts on photo and short-form platforms open on a pictograph line for the book; where no pen's line follows ("✍️ A",
``bookopening.pictograph_record``), the one line may give both, the title and the author on either side of a spaced
dash. The author is the side the post names again by one word of it, outside this line (by surname where the script
has capitals; in a script without, by any word of three letters or more, given names too, as Thai names people, and
inside a longer run, as an unspaced script writes); the title is the other side,
which the post does not name again by a word alone. Title first is the usual order and is tried first.
"""

from __future__ import annotations

import re

from .book import Context, clean_title

_DASHED = re.compile(r"^(?P<left>.{1,80}?)\s+[–—-]\s+(?P<right>.{1,60})$")


def _said_again(name: str, rest: str) -> bool:
    """A word of the name (three letters or more) stands in the rest of the text."""
    return any(len(w) >= 3 and w in rest for w in name.split())


def dashed_pictograph(title_part: str, line: str, context: Context) -> tuple[str, str] | None:
    """(title, author) from the text after a book pictograph, "T – A" (or "A – T"); None unless one side alone is a
    person the text names again."""
    match = _DASHED.match(title_part.strip())
    if not match:
        return None
    rest = context.text.replace(line, " ")
    left, right = match.group("left").strip(), match.group("right").strip()
    cased = any(c.isupper() for c in left + right)  # (where the script has capitals: the text's own vouching, by surname)
    for title, name in ((left, right), (right, left)):
        again = (lambda n: context.vouches_for(n, 2)) if cased else (lambda n: _said_again(n, rest))
        if len(name.split()) <= 4 and not re.search(r"\d", name) and again(name) and not again(title) \
                and not any(n and n.casefold() == name.casefold() for n in context.not_authors):
            return clean_title(title), name
    return None
