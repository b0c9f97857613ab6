"""A pointer to the site's earlier review of another book: 'Read the review (2017) | <link>', a line standing alone.

A newspaper's books desk splices between a review's paragraphs a line that sends the reader to its review of the
writer's earlier book: a label saying 'read the review' (or 'our review', 'the critique'), often with the year of that
review in brackets, a separator, and the old review's headline as one link ("Lire la critique (2017) | <a>…</a>",
"Read our review (2019): <a>…</a>", "Lesen Sie unsere Rezension | <a>…</a>"). It is the desk's pointer, as a 'read also'
line is (``edges.READ_ALSO``, ``readalsoline``), in another wording those tables do not hold.

Its shape: the line opens on the label (``_LABEL``: the verb to read and the noun for a review or a critique, in en fr
es pt it ca de nl sv da nb pl cs sk ru uk tr fi hu ro el id), an optional year in brackets and a separator, then
nothing but one or two links (20 words at most) holding the rest of the line. A sentence of the review that says
"read my review of her first novel" goes on in prose, or links only a part of it, and stays; so does a heading, a list
or a quotation.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of, NOT_LINES as _NOT_LINES
from .words import count_words

RULE = "related link"
_LABEL = re.compile(
    r"^\W{0,3}(?:read\s+(?:the|our|my)\s+(?:full\s+)?review|(?:re)?lire\s+(?:la|notre)\s+(?:critique|chronique)|"
    r"lee\s+(?:la|nuestra)\s+(?:reseña|crítica)|lea\s+(?:la|nuestra)\s+(?:reseña|crítica)|"
    r"leia\s+(?:a\s+)?(?:nossa\s+)?(?:crítica|resenha)|leggi\s+la\s+(?:nostra\s+)?(?:recensione|critica)|"
    r"llegiu\s+la\s+(?:nostra\s+)?(?:crítica|ressenya)|(?:lesen\s+sie\s+)?(?:die|unsere)\s+(?:rezension|kritik|besprechung)\s+lesen|"
    r"lesen\s+sie\s+(?:die|unsere)\s+(?:rezension|kritik|besprechung)|zur\s+(?:rezension|kritik|besprechung)|"
    r"lees\s+(?:de|onze)\s+recensie|läs\s+(?:vår\s+recension|recensionen)|læs\s+(?:vores\s+anmeldelse|anmeldelsen)|"
    r"les\s+(?:vår\s+anmeldelse|anmeldelsen)|(?:prze)?czytaj\s+(?:naszą\s+)?recenzję|(?:přečtěte\s+si|čtěte)\s+(?:naši\s+)?recenzi|"
    r"(?:prečítajte\s+si|čítajte)\s+(?:našu\s+)?recenziu|читайте\s+(?:нашу\s+)?рецензию|читайте\s+(?:нашу\s+)?рецензію|"
    r"(?:incelemeyi|eleştiriyi)\s+okuyun|lue\s+(?:arvio|arvostelu)|olvassa\s+el\s+a\s+kritikát|"
    r"citi[țt]i\s+(?:recenzia|cronica)|διαβάστε\s+την\s+κριτική|baca\s+ulasan(?:nya)?)"
    r"(?:\s*[(（\[]\s*(?:1[89]|20)\d\d\s*[)）\]])?\s*[:：|·–—»›-]*\s*", re.I)
_MAX_WORDS = 20


def review_pointer(block: HtmlElement) -> bool:
    """The block is a 'read the review' label and then one or two links holding the rest of the line."""
    if block.tag in _NOT_LINES:
        return False
    text = text_of(block)
    if not text or len(text) > 240 or (label := _LABEL.match(text)) is None:
        return False
    rest = text[label.end():].split()
    links = [a for a in block.iterdescendants("a") if text_of(a)]
    return bool(rest) and 1 <= len(links) <= 2 and len(rest) <= _MAX_WORDS and " ".join(text_of(a) for a in links).split() == rest
