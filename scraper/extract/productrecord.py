"""A shop's product page that is the book's record, no review (moved from reviewed.py, unchanged): its text the
description, the publisher's blurb and the press's quotes, with no readers' review box and no score of its own; a line
in the first person outside quotation marks (a bookseller's pick) keeps it from being called so.
"""

from __future__ import annotations

import re

from . import reviewbox, tailasks
from .productstars import customers_tail
from .reviewed import FIRST_PERSON, QUOTED
from .signedpick import signed
from .words import count_words


_SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")


def _newsletter_ask(sentence: str) -> bool:
    """A short sentence that bids the reader to sign up and names a newsletter: the shop's ask, no one's reading."""
    return count_words(sentence) <= 25 and bool(tailasks.SIGN_UP.search(sentence)
                                                 and tailasks.NEWSLETTER.search(sentence))


def _own_word(line: str) -> bool:
    """The line speaks in the first person outside the shop's newsletter ask: each sentence of a line that holds one
    is read alone ("My favourite this autumn: I read it in one sitting. Sign up for our newsletter …" is a pick)."""
    if not FIRST_PERSON.search(line):
        return False
    if not (tailasks.SIGN_UP.search(line) and tailasks.NEWSLETTER.search(line)):
        return True
    return any(FIRST_PERSON.search(part) and not _newsletter_ask(part) for part in _SENTENCE_BREAK.split(line))


# a heading over the description that calls it the shop's own review, in the first person (singular or plural): "Our
# review", "Unsere Rezension", "Notre critique", "Nuestra reseña", "La nostra recensione", "Nossa resenha", "Onze
# recensie", "Vår recension", "Nasza recenzja", "Naše recenze"; a customers' tab ("Reviews (3)") names no one's
_OWN_REVIEW_HEAD = re.compile(
    r"^#{1,6}\s+(?:our|my|unsere?|meine?|notre|mon|ma|nuestra|mi|(?:la\s+)?(?:nostra|mia)|(?:a\s+)?(?:nossa|minha)|onze|"
    r"mijn|vår|min|vores|nasza|moja|naše|moje)\s+(?:review|rezension|besprechung|critique|avis|reseña|recensione|resenha|"
    r"recensie|recension|anmeldelse|recenzja|recenze)\s*$", re.I | re.M)
_HEADED_WORDS = 80  # the prose under it before the next heading: a review's paragraphs, not a tab's label over a form


def own_review_heading(markdown: str) -> bool:
    """The page's text sets its prose under a heading in the first person that calls it a review: the shop's own."""
    if "#" not in markdown:
        return False
    for found in _OWN_REVIEW_HEAD.finditer(markdown):
        under = re.split(r"^#{1,6}\s", markdown[found.end():], maxsplit=1, flags=re.M)[0]
        if count_words(under) >= _HEADED_WORDS:
            return True
    return False


def product_record(ev, own_rating: bool) -> tuple[str, str] | None:
    """A shop's product page (an h1 beside a price or a cart) that holds no readers' review box and whose text gives no
    score: its description, the publisher's blurb and the press's quotes, a record of the book and no review (a
    reader's review there lies in a box named so, reviewbox.shop_boxes, which the second reading keeps, or gives its stars)."""
    tail = customers_tail(ev.body[0]) if own_rating and ev.product_page else None  # (a customer's stars under the record's identifier row: productstars)
    if not ev.product_page or own_rating and tail is None or ev.jsonld_review or reviewbox.boxed(ev) or reviewbox.shop_boxed(ev):
        return None
    # (a line in the first person outside quotation marks is someone's own word, a bookseller's pick: a blurb speaks of
    # the book in the third person, its press quotes in their marks; a customer's under the record is theirs)
    # (... nor is the shop's own bid to sign up for its newsletter, "Meld je aan voor de nieuwsbrief": tailasks' words)
    if any(_own_word(line) for line in ev.body[0][:tail] if not (QUOTED.search(line) or signed(line))):  # (signedpick)
        return None
    if own_review_heading(ev.body[1]):  # (the shop's staff review under its own heading, "Our review", told as "we")
        return None
    return "listing", "a shop's product page whose text is its description, in no reader's review box and unrated: a record, no review"
