"""An obituary told from a review by its lead (wldetect s34): the first paragraph of prose opens on the death of the
person the page names as the book's author ("A, whose novels …, has died at home. She was 91."). The page names a book
(a cover, a record, the life's work) and its author, as a review does; a review opens on the book or on its reading,
and one that mourns its author still gives its own verdict (a rating, a verdict line) or is filed as a review. A
character's death in the opening names the story's people, not the author; the death words are backlistnews'.
"""

from __future__ import annotations

import re

from .backlistnews import DEATH, opens_on_death


def obituary(ev, own_rating: bool, review_marked: bool) -> tuple[str, str] | None:
    """(kind, reason) for a post whose opening sentence tells its book's author's death and that gives no verdict."""
    # (a headline that names the book, the page's book found there, is a review's: an obituary's names the person)
    if own_rating or ev.verdict_lines or ev.jsonld_review or review_marked or not ev.book_author or ev.book_source == "title":
        return None
    words = [w for w in re.findall(r"[^\W\d_]{3,}", ev.book_author)]
    if not words:
        return None

    def named(sentence: str) -> bool:
        # the lead opens on the author's name ("A, whose …, has died") or on the death ("Zmarł A", "Ha muerto A"); a
        # clause before both ("When A died last spring, I …") opens a reader's sentence, no obituary's
        start = re.match(r"[\W_]*", sentence).end()
        death = DEATH.search(sentence)
        return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence) for w in words) and (
            any(re.match(rf"{re.escape(w)}(?!\w)", sentence[start:]) for w in words) or bool(death and death.start() == start))

    if opens_on_death("\n".join(ev.body[0]), named):
        return "other", "its lead opens on the death of the book's author and it gives no verdict: an obituary, not a review"
    return None
