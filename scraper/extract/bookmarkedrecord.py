"""A record line at a post's end that sets its title in italics: "Name, <em>Title</em>, Publisher, City 2026, 248 pp.".

Reviews in Polish, Czech, Russian, German, Italian … close (or open) with the book's record in citation order, the title
set off by italics rather than quotes. Read as plain text ("Name, Title, Publisher, City 2026") the title and the
publisher are two bare parts, and "Name, Publisher, 2015" is a record too: which part is the title is no telling. The
italics tell it: the line's first italic (``em``, ``i``, ``cite``) right beside the name is the title (read as a quoted
one by ``bookquotedrecord``), when the rest of the line is a record's (a year, pages, a price, an ISBN, a publisher).
A scholarly citation ("A, <em>T: S</em>. City: House, 2014.") joins the title and its subtitle with a colon as its
style requires: the book is the title before it, unless the text names the whole again (``_short_title``).

``described_marked``: the rest of the line may describe the book instead, in a few lower-case words that name its kind
("Name, <em>Title</em>, an original novel.", "…, powieść.", "…, originala romano."), as a forum member or a blogger
closes a review; the kind's word (bookgenretail.KIND_WORDS) tells it from a quoted line of dialogue ("…, she said.").

``by_marked``: a paper's record set the other way round, the italic title opening the line, then the language's "by"
and the name, then the imprint ("<em>Title</em> by Name, House/Imprint", "<em>Titel</em> von Name, Verlag, 24 Euro",
"<em>Titre</em> de Name, Éditions X"): the italics set the title apart, the by-word the person; the rest, if any, a
record's alone (a year, pages, a price, a publisher's word, or a house's capitalised name), never a sentence going on
("<em>T</em> by Name, which I read at school, …": lower-case words). A paper's book box sets the title in bold instead
("<b>T</b> by Name. House, 320pp, £20"): read so only with the record's figures after the name (a year, pages, a
price, an ISBN), as a bold word opening a line is more often a label or a heading's than a title.
"""

from __future__ import annotations

import copy
import re

from lxml.html import HtmlElement

from .book import BY_RECORD, NAME, Context, is_name
from .bookbiblio import BIBLIO_DETAIL, BIBLIO_TAIL
from .bookcaselessname import caseless_words, named_again, lone_pen_name
from .bookboxhouse import imprint_name
from .bookcitedhead import cited_head, subtitle_words
from .bookgenretail import KIND_WORDS
from .bookopening import TEXT_BLOCKS
from .bookquotedrecord import quoted_record
from .notewords import PUBLISHER

_ITALICS = ("em", "i", "cite")
_BOLD = ("b", "strong")


def _marked(block: HtmlElement, marks: tuple[str, ...] = _ITALICS) -> str:
    """The block's text with its first italic (or other `marks`) wrapped in “ ” (and no other markup)."""
    if next(block.iter(*marks), None) is None:
        return ""  # (asked before the copy: most blocks hold none)
    block = copy.deepcopy(block)
    italic = next(block.iter(*marks))
    text, tail = re.sub(r"\s+", " ", italic.text_content()).strip(), italic.tail
    for child in list(italic):
        italic.remove(child)
    italic.text, italic.tail = f"“{text}”", tail
    return re.sub(r"\s+", " ", block.text_content()).strip()


def _unlabelled(block: HtmlElement, text: str) -> str:
    """`text` without the bold label that opens its block ("<b>Book details:</b> Name, <em>T</em>, House"): a box's
    label, set off in bold and closed by its colon, before the record, no part of it. Only a box of the copy's details
    is so read (pages, a price, an ISBN after the title: ``_edge_records``); a label over a bare citation, "<b>Read
    next:</b> Name, <em>T</em>, House, 1950", cites another book."""
    first = block[0] if len(block) and not (block.text or "").strip() else None
    label = re.sub(r"\s+", " ", first.text_content()).strip() if first is not None and first.tag in _BOLD else ""
    if label.endswith((":", "：")) and 0 < len(label.split()) <= 4 and text.startswith(label):
        return text[len(label):].lstrip()
    return text


def _edge_records(body: HtmlElement | None, longest: int, context: Context | None = None):
    """quoted_record of each of the body's last eight blocks (last first), then its first four, of ``longest`` characters
    at most, read with its italic title in quotes; the lines that read as none are skipped."""
    if body is None:
        return
    # (a name in a script without capitals, or one name alone, "Name, <em>T</em>, House, 2005", the text names again)
    vouched = (lambda n: (caseless_words(n) or lone_pen_name(n)) and named_again(n, context)) if context else None
    blocks = body.xpath(TEXT_BLOCKS)
    for block in blocks[-8:][::-1] + blocks[:4]:
        text = _marked(block) if len(block.text_content()) <= longest else ""
        bare = _unlabelled(block, text) if text else ""
        found = quoted_record(bare, vouched) if text else None
        if found and (bare == text or BIBLIO_DETAIL.search(found[2])):
            yield found


def marked_record(body: HtmlElement | None, context: Context) -> tuple[str, str] | None:
    """(title, author) of a record line among the body's first four or last eight blocks that sets its title in italics."""
    for found in _edge_records(body, 300, context):
        if (BIBLIO_TAIL.search(found[2]) or PUBLISHER.search(found[2])) and found[1] not in context.not_authors \
                and not imprint_name(found[1], found[2], context):  # ("*T*, House, 2016": bookboxhouse)
            return _short_title(found[0], found[2], context), found[1]
    return None


# a scholarly citation's imprint after the title, "New York: House, 2014", "Paris : House, 2019" (``_short_title``)
_IMPRINT = re.compile(r"^[^\W\d_][\w.’' -]{1,30}?\s?:\s+[^\W\d_][^:]{1,60}?,\s+(?:1[5-9]\d\d|20\d\d)\b")


def _short_title(title: str, rest: str, context: Context) -> str:
    """A scholarly citation ("A, *T: S*. City: House, 2014.") joins the title and its subtitle with a colon, as its
    style requires: the book is known by the title before it, the subtitle the citation's addition, unless the text
    names the whole title again outside the record; else `title` as it was. A series' volume is cited the same way
    ("Series: Volume Title"), its part after the colon short and the book's own name: the part before the colon is cut
    off only where the subtitle runs to five words or more (a descriptive phrase, "Labour and Land in the Northern
    Valleys"), or, three or four words, where the text names the part before the colon on its own, not as a series'."""
    head, words = subtitle_words(title) or ("", 0)
    if words < 3 or not _IMPRINT.match(rest.lstrip(" .,")) or context.text.count(title) > 1:
        return title
    if (short := cited_head(title, context.text)) != title:
        return short
    alone = _alone(context.text, head)
    return head if alone and not any(_SERIES.match(context.text, end) for end in alone) else title


def _alone(text: str, part: str) -> list[int]:
    """Where `part` stands in `text` as words of its own (no letter before it, no letter nor colon after): the ends."""
    ends, start = [], text.find(part)
    while start >= 0:
        end = start + len(part)
        if not (start and (text[start - 1].isalnum() or text[start - 1] == "_")) \
                and not (end < len(text) and (text[end].isalnum() or text[end] in "_:")):
            ends.append(end)
        start = text.find(part, start + 1)
    return ends


# a series' word after its name ("the Dune series", "Reihe", "série", "saga", "cycle", "シリーズ"): ``_short_title``
_SERIES = re.compile(r"\s*(?:series|books|novels|saga|trilogy|cycle|sequence|Reihe|Serie|Zyklus|Romane|série|serie|"
                     r"ciclo|cykl|reeks|sarja|серия|серии|シリーズ|系列)\b", re.I)


_DESCRIPTION = re.compile(r"^[,;]?\s*([^\W\d_][^\W\d]*(?:[\s-][^\W\d]+){0,4})\s*\.?$")


def described_marked(body: HtmlElement | None, context: Context) -> tuple[str, str] | None:
    """(title, author) of a line among the body's first four or last eight blocks, "Name, <em>Title</em>, description.":
    the description lower-case, five words at most, one of them a book's kind."""
    for found in _edge_records(body, 200):
        described = _DESCRIPTION.match(found[2])
        if described and described.group(1)[:1].islower() and found[1] not in context.not_authors \
                and any(word.casefold() in KIND_WORDS for word in re.split(r"[\s-]", described.group(1))):
            return found[0], found[1]
    return None


_BY_MARKED = re.compile(
    rf"^“(?P<title>[^“”]{{1,100}})”\s*,?\s+(?:{BY_RECORD})\s+(?P<name>{NAME}?)\s*"
    r"(?:$|(?:[,;(]|(?<=[^\W\d_]{3})\.)\s*(?P<rest>.*)$)")  # (a stop after a word, no initial's: "by A. House, 2026")
_NAME_STOP = re.compile(r"(?<=[^\W\d_]{3})\.\s+")
# a house's name as the record gives it: capitalised words, initials, "/" between imprints, "&", a joining word
_HOUSE = re.compile(r"^(?:(?:[^\W\d_][\w'’.\-]*|[&/+]|and|und|et|y|e|i|og|och|en|of|de|di|du)\s*)+\.?$")


def by_marked(body: HtmlElement | None, context: Context) -> tuple[str, str] | None:
    """(title, author) of a line among the body's first four or last eight blocks, "<em>Title</em> by Name[, House]":
    the name a person's the text names again by surname, not the blog's or blogger's."""
    if body is None:
        return None
    blocks = body.xpath(TEXT_BLOCKS)
    for block in blocks[-8:][::-1] + blocks[:4]:
        if len(block.text_content()) > 200 or (block.text or "").strip():
            continue  # (the italic opens the line: no text before it)
        # (or a paper's book box, the title in bold: "<b>T</b> by A. House, 320pp, £20", its record's tail required)
        match = _BY_MARKED.match(_marked(block))
        bold = None if match else _BY_MARKED.match(_marked(block, _BOLD))
        match = match or bold
        if not match:
            continue
        name, rest = match.group("name").strip(), (match.group("rest") or "").strip(" .")
        if stop := _NAME_STOP.search(name):  # ("by A. House Name, 288pp": the name's stop, not an initial's)
            name, rest = name[:stop.start()], f"{name[stop.end():]}, {rest}".strip(" ,")
        if bold is not None and not BIBLIO_TAIL.search(rest):
            continue
        if rest and not (BIBLIO_TAIL.search(rest) or PUBLISHER.search(rest)
                         or _HOUSE.match(rest) and all(w[:1].isupper() for w in re.findall(r"[^\W\d_]{4,}", rest))):
            continue  # (a sentence going on after the name: the reviewer's own)
        if is_name(name) and name not in context.not_authors and context.mentions(name.split()[-1]) >= 2:
            return match.group("title").strip(), name
    return None
