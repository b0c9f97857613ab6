"""A standfirst that mentions a screen version, under a headline that names the book with its author.

classify's body signal "its opening or its verdict says it reviews a podcast, a game, a film …" reads the heading that
opens the body (medium.first_heading: the post's subtitle or standfirst) as it reads a title, with medium.title_medium.
The title itself is read for a label only when it names the book with its author (medium.judge's names_the_book: "Salt
by Mira Hale, and its adaptation" is the book's post): an adaptation's or a season's word beside it is context. The
standfirst under such a headline was not, so "Years after the film adaptation, the story still feels new" under
"Rereading A's 'T'" sent the book's review to "other".

Read here: the book was read from the headline with its author (and the headline's medium words are not inside that
author); the first heading names another medium only by the words a title naming the book is excused for (title_medium
with names_the_book gives nothing); and with that heading set aside, no other of the signal's parts holds (the lead
lines, the watched-not-read opening, a verdict given to another medium). Asked only of a post the signal fired for.
"""

from __future__ import annotations

from . import medium


def label_only(ev, other_medium) -> bool:
    """The signal fired only for the body's first heading's screen or season words, under a headline naming the book
    with its author. `other_medium(markdown)`: classify's signal, asked again of the body without that heading."""
    if not (ev.book_source == "title" and ev.book_has_author and ev.title) or medium.medium_in_author(ev.title, ev.book_author):
        return False
    markdown = ev.body[1]
    heading = medium.first_heading(markdown)
    if not heading or not medium.title_medium(heading) or medium.title_medium(heading, True):
        return False
    lines = markdown.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("#"))
    return not other_medium("\n".join(lines[:at] + lines[at + 1:]))
