"""The writer's name alone over the text: a magazine's byline, known by the writer's bio the cleaning removed.

A magazine sets its writer's name on a line of its own under the headline ("<p class=…>Ana Lee</p>"), with no label
and no date for the byline rules to read, and closes the article with the writer's bio ("Ana Lee — critic, lives in
Lodz."). The bio goes with the cleaning (a writer's bio, a sign-off); the name it opens with, standing alone on a line
before the text has begun, is the same person's byline, not the review's.

The shape: after the cleaning, a line of the body before any block of twenty words or more whose whole text is the
name that opens a removed bio or sign-off (the part before its dash, comma or colon, four words at most).

Or the name after the language's "by" with no bio to vouch for it ("By Ana Lee", nn/nb/sv "Av …", da "Af …", de "Von
…", fr "Par …", nl "Door …", es/pt "Por …", it "Di …", ca "Per …", is/fo "Eftir …", id/ms "Oleh …"): the same line over
the text, two to four capitalised words, whose family name (the last word) the text never says again. A book's author
under its title ("by Arne Vik" over a review that speaks of Vik) is said again, and stays.

Or the name alone with no "by", when the removed bio is the desk's line that names no one ("The reviewer is a doctoral
student …", ``deskbio``): the piece has a writer the bio does not name, and a line of two to four capitalised words
over the text whose family name the text never says again is that writer. Without such a bio the bare name stays (a
book's author, a character's name as a section head).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

RULE = "byline"
_BIO_RULES = ("writer's bio", "sign-off", "contact bio")
_NAME_END = re.compile(r"\s+[—–-]\s+|[,:：]\s*")
_TEXT_STARTED = 20


def _bio_names(removed: list) -> set[str]:
    names = set()
    for removal in removed:
        if not removal.rule.startswith(_BIO_RULES):
            continue
        parts = _NAME_END.split(removal.text, maxsplit=1)
        if len(parts) == 2 and 1 < count_words(parts[0]) <= 4 and not any(c.isdigit() for c in parts[0]):
            names.add(parts[0].strip())
    return names


# the writer's "by" opening a line of its own over the text, then two to four capitalised words (a name)
_BY_NAME = re.compile(r"^(?:by|av|af|von|vom|par|door|por|di|per|eftir|oleh|deur|troch|vun|gan|ni)\s+"
                      r"(?P<name>(?:[^\W\d_][\w'’.-]*\s+){1,3}(?P<last>[^\W\d_][\w'’-]+))$", re.I)


def _by_line(element: HtmlElement, text: str, body: HtmlElement) -> bool:
    """The line is "<by> Given Family" (module docstring), its family name never said again in the body."""
    match = _BY_NAME.match(text) if len(text) <= 60 else None
    if match is None or not all(w[:1].isupper() for w in match.group("name").split()):
        return False
    last = match.group("last")
    rest = text_of(body).replace(text, " ", 1)
    return re.search(rf"(?<!\w){re.escape(last)}", rest) is None


# two to four capitalised words and nothing else (a bare name)
_BARE_NAME = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){1,3}(?P<last>[^\W\d_][\w'’-]+)$")


def _bare_line(text: str, body: HtmlElement) -> bool:
    """The line is a bare "Given Family" whose family name the body never says again (module docstring)."""
    match = _BARE_NAME.match(text) if len(text) <= 50 else None
    if match is None or not all(w[:1].isupper() for w in text.split()):
        return False
    rest = text_of(body).replace(text, " ", 1)
    return re.search(rf"(?<!\w){re.escape(match.group('last'))}", rest) is None


def _under_title(element: HtmlElement) -> bool:
    """The line right before is a title's: a heading, or a short line set wholly in bold or italics with no sentence
    stop closing it ("<b>The Keeper's Log</b>"); a "by" and a name set apart under it credit the book, not the piece."""
    before = element.getprevious()
    while before is not None and not text_of(before):
        before = before.getprevious()
    if before is None:
        return False
    text = text_of(before)
    if before.tag in ("h2", "h3", "h4", "h5", "h6"):
        return True
    marked = [c for c in before if isinstance(c.tag, str) and c.tag in ("b", "strong", "em", "i") and text_of(c) == text]
    return bool(marked) and count_words(text) <= 12 and not re.search(r"[.!?]\W*$", text)


def drop_name_bylines(body: HtmlElement, report) -> None:
    """Drop the lines over the text that are only the name a removed bio opens with, or a "by" and a name the text
    never says again (module docstring)."""
    names = _bio_names(report.removed)
    from .deskbio import desk_bio  # (the desk's nameless bio: the bare name over the text is then the writer's)
    desk = any(r.rule.startswith("writer's bio") and desk_bio(r.text) for r in report.removed)
    from .boilerplate import TEXT_ONLY  # (late: boilerplate reads this module's neighbours)
    kept_out = {r.text for r in report.removed if r.rule in TEXT_ONLY}  # (a standfirst left in the tree, out of the text)
    for element in list(body.iter("p", "div", "address", "li", "blockquote", "h1", "h2", "h3")):
        if element.find(".//p") is not None or element.find(".//div") is not None:
            continue  # (a box of blocks: its blocks are read one by one)
        text = text_of(element)
        if text in kept_out:
            continue
        if count_words(text) >= _TEXT_STARTED:
            return  # the text has begun
        by = element.tag in ("p", "div", "address") and _by_line(element, text, body)
        # (a child holding other text than the line's is a box of its own; the name after "by" set in bold is the line's)
        own = {text, _BY_NAME.match(text).group("name")} if by and not _under_title(element) else {text}
        if (text in names or by or element.tag in ("p", "div", "address") and desk and _bare_line(text, body)) \
                and not any(isinstance(c.tag, str) and text_of(c) and text_of(c) not in own for c in element):
            report.add(RULE, element)
            element.drop_tree()
            return
