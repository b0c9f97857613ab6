"""A post on a literary festival's or a book fair's own site, its host named for the event.

A festival's or a fair's website ("…litfest.…", "…wordsfestival.…", "kitapfuari.…") publishes its programme, its
notices and its dispatches from the sessions: who spoke, who read, what the audience asked. Such a report names a
session's title in quotes, as a review names its book, and speaks of books and of ratings in passing ("she did not
want stars out of five"), but it judges no book of its own. The host is platform knowledge that no wording of the page
gives: a reviewer's blog is not named for a festival. A post there that rates nothing, is filed or labelled as no
review, and whose book was not found (or read only in its text) is the event's report or notice, not a review.

The host's name is read without its hyphens, for the event's word in ~15 languages as a domain spells it (in Latin
letters, no accents); "fest" alone is not enough ("ilmanifesto", "infested"). One substring scan of the host name:
cheap, asked only of a post with no book from its title, record or JSON-LD.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# en, pl, hu, fi, sq/tr-ish, de, nl, sv/nb, fr, es, pt, it, tr, cs, ro
_EVENT_HOSTS = ("festival", "festiwal", "fesztival", "festivaali", "festivali", "litfest", "bookfest", "lesefest",
                "bokfest", "bookfair", "buchmesse", "boekenbeurs", "bokmassa", "bokmessa", "salondulivre",
                "feriadellibro", "feriadelibro", "feiradolivro", "fieradellibro", "kitapfuari", "knizniveletrh",
                "targdecarte")


def festival_host(url: str | None) -> bool:
    """The address's host names a literary festival or a book fair; a "fair" the start of "fairy", "fairies" is none
    ("thebookfairy.blog", "bookfairies.org": a reviewer's or a charity's name, rev-detover38)."""
    host = (urlsplit(url or "").hostname or "").replace("-", "")
    return any(not (word.endswith("fair") and host[found.end():found.end() + 1] in ("y", "i"))
               for word in _EVENT_HOSTS for found in re.finditer(re.escape(word), host))


def own_voice(ev) -> bool:
    """The post judges a book in its own voice (shortverdict.verdict_marks: it recommends it, counts it a favourite,
    scores it, says it read it or grants a fault of its craft): a review, not a report or a notice, whatever its host or
    its labelled lines (rev-detover38). Not "the novel" said twice: a club's notice says it of the book it meets on."""
    from .shortverdict import FAVOURITE, READS, RECOMMENDS, RESERVES, SCORES, verdict_marks
    return any(mark.startswith((RECOMMENDS, READS, RESERVES, FAVOURITE, SCORES)) for mark in verdict_marks(ev))


def judge(ev, own_rating: bool) -> tuple[str, str] | None:
    """(kind, reason) for an unrated post on a festival's or a fair's own site whose book was not found or read only
    in its text, not filed or labelled a review; None otherwise. (gatherings.judge asks it.)"""
    if own_rating or ev.jsonld_review or ev.book_source not in (None, "body") or not festival_host(ev.url):
        return None
    from .reviewaddress import filed_by_address  # (filed or labelled a review, as classify reads it: asked here only)
    from .reviewlength import labelled_review
    from .reviewwords import REVIEW_TERMS
    if ev.source_hint or any(REVIEW_TERMS.search(c) for c in ev.categories + ev.tags) or filed_by_address(ev.url) \
            or labelled_review(ev) or own_voice(ev):  # (a festival's blog reviews books too: in its own voice)
        return None
    return "event", ("a post on a literary festival's or a book fair's own site (its host is named for the event) that"
                     " rates nothing and names its book in no title or record: the event's report or notice, not a review")
