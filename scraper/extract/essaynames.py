"""An essay about reading told by the authors it names in passing, each once, in the possessive.

reviewed.unfound_book reads a post of a few hundred words whose book was not found, with no mark of one work, as a
review "by its length and shape", and an essay about reading as one only when its titles are set off (italics,
quotes) or its title speaks of books in the plural. An essay that writes its books plainly, each as its author's,
"Mira Hale's The Salt Orchard … Tomas Vell's Winter Ledger … Ana Ruiz's A Quiet House", names three authors or more
in the possessive, and returns to none: a review comes back to its own author ("Hale's prose", "Hale"), and names one
or two read-alikes. English (and the languages that write the possessive 's: none other is read).

A name here is two to four capitalised words (a first name and a surname at least: "Wheeler's bookstalls", a shop, is
one) before 's and a capitalised word or a title set off; "returns to none" means no surname said again anywhere.

classify imports unfound_book from here: reviewed's verdict, turned to an essay when its "review" rests on length and
shape alone and the post names three authors or more in passing (or, whatever it names, when its body is a run of
excerpts cut off under their headings or over the same "read more" line: a listing, teaserruns.py).
"""

from __future__ import annotations

import re

from .reviewed import unfound_book as _unfound_book
from .teaserruns import teaser_run

# two to four capitalised words (initials too: "R. K.", "RK"), then 's and a capitalised word, a quote or an emphasis
_POSSESSIVE = re.compile(r"(?<![\w'’])((?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w-]+)['’]s\s+(?=[A-Z\"“«*_])")


def authors_in_passing(markdown: str) -> set[str]:
    """The persons the post names in the possessive before a title, three or more, none of whose surnames it says
    again (empty otherwise)."""
    names = {found.group(1) for found in _POSSESSIVE.finditer(markdown)}
    once = {name for name in names
            if len(re.findall(rf"(?<![\w-]){re.escape(name.split()[-1])}(?![\w-])", markdown)) == 1}
    return once if len(once) >= 3 and once == names else set()


def unfound_book(ev, title: str, review_marked: bool) -> tuple[str, str] | None:
    """reviewed.unfound_book, unless its review rests on length and shape alone and the post names three authors or
    more in passing, each once: an essay about reading."""
    found = _unfound_book(ev, title, review_marked)
    if found and found[0] == "review" and found[1].endswith("(by its length and shape)") and not review_marked:
        if excerpts := teaser_run(ev.body[1]):  # (a section's page of excerpts, each cut off: teaserruns.py)
            return "listing", (f"a run of {excerpts} excerpts, each cut off with an ellipsis (under its heading or over"
                               " a link on), and no book, rating or mark of one work: a listing of posts, not a review")
        authors = authors_in_passing(ev.body[1])
        if authors:
            return "other", (f"one post of {ev.words} words with no mark of one work that names {len(authors)} authors in"
                             f" passing, each once ({', '.join(sorted(authors))}): an essay about reading, not a review")
    return found
