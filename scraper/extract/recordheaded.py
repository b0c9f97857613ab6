"""A short post headed by its book's record and nothing else: "T — A" (or "A — T") as the whole headline.

classify's gate for a post whose book was read sends an unrated post under 120 English words to "other" ("names a
book but has only N words and no rating: too short for a review") unless it carries marks of one work in the
reviewer's voice, read from words in a few dozen languages (shortmarks). A reading blog in Wolof, Lingala or Kabyle
writes none of those words, but its headline says what the post is: the book's title and its author, parted by a dash,
and no other word. A notice about a book says something of it in its headline ("Cover reveal: …", "X announces a new
translation of «T»", "T, in an anniversary edition"), a record with its house or year in brackets is a shop's or a
catalogue's; the bare record heads a post about that one book, as a review label would (reviewlength.labelled_review).
Measured on every spent corpus and tests/corpus: of the posts read with their book from such a headline, the 77
reviews and the three shop or catalogue pages (told before the gate by their own rules); none of the non-reviews that
reach the gate (cover reveals, club notices, excerpts, "currently reading" updates) is headed so.

Asked only at the gate, and only of a post of one book's shape: one post, no other book named bar a closing list of
read-alikes, at most two score lines, no tour-stop sections, no meeting's day and hour, two lines of prose at least, no
word that it is not a review, and its author named again in a line that does not hold the title (a post's own words
about the writer, shortmarks.author_named_apart), not only in the headline. And only where the voice lists
(shortverdict, readvoice, reservation) cannot read the text: once they find its word for the work ("this novel",
readernotes.references) they know its language, and their hearing no verdict in it is the gate's evidence (a short
Hindi post under "T — A" that calls the book "this novel" but only says it comes out next month is no review).
"""

from __future__ import annotations

import re

# the headline's rest once its title and author are taken out: a dash between them, the title's quotes at most
_REST = re.compile(r"[\s«»“”„\"'‘’]*[—–-][\s«»“”„\"'‘’]*")
_PROSE = 8  # words in a line of prose
# the languages whose verdicts the voice lists read (shortverdict's verb of recommending, the widest of them): there
# their silence is the gate's evidence, whatever the headline (rev-detshort37a: an English, Greek, Russian or Vietnamese
# blurb, giveaway, new-arrival note or excerpt under "T — A" names no "the novel" either)
_VOICED = frozenset("en de nl sv da nb no fr es it pt ca ro pl cs sk sl hr sr bs ru uk bg tr az uz kk tg fi et hu lt lv el "
                    "sq eu id ms vi he ar fa hi ja zh ko ka te ta kn bn ur".split())


def record_headed(ev) -> bool:
    """The post's headline is its book's title and author parted by a dash, and nothing more, over a post of one book's
    shape whose text names the author again apart from the title."""
    if ev.book_source != "title" or not (ev.book_has_author and ev.book_title and ev.book_author and ev.title):
        return False
    headline, title, author = " ".join(ev.title.split()), ev.book_title, ev.book_author
    if title not in headline or author not in headline or title in author or author in title:
        return False
    if not _REST.fullmatch(headline.replace(title, " ", 1).replace(author, " ", 1)):
        return False
    if (getattr(ev, "language", None) or "").replace("_", "-").split("-")[0].lower() in _VOICED:
        return False
    if ev.post_bodies > 1 or ev.books_named - ev.closing_list_books > 1 or ev.scored_lines > 2 or ev.promo_sections \
            or ev.appointment:
        return False
    lines = list(ev.body[0])
    prose = [line for line in lines if len(line.split()) >= _PROSE]
    if len(prose) < 2:
        return False
    from .reviewed import denied  # (late: reviewed reads the modules this one's callers read)
    from .shortmarks import author_named_apart
    from .readernotes import references
    # (where the voice lists read the text's own word for the work, "this novel", they know its language, and their
    # finding no verdict says the post judges nothing: the gate stands; where they read none, the headline decides)
    # (the author named again in the first line of prose: a review places the book by its writer before it says more;
    # a blurb opens on the story, a giveaway or a cover reveal on its news, an excerpt on the book's own text, and names
    # the writer after, in a bio or a thanks: rev-detshort37a)
    return author_named_apart(author, title, prose[:1]) and not denied(ev) and not references(ev.body[1])
