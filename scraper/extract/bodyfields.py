"""The book's record kept in a field of its own after a Drupal node's body field (scraper.extract.bodyfind).

Drupal 8+ renders each field of a node as a box of its own ("field field--name-<machine name>"), the text in the body
field ("field--name-body") and what the site adds to a review in fields after it: the book's record under a heading of
its own ("About the book" / "Om bogen": author, title, publisher, year, pages), the tags, a library or shop button. The
record is the review's, as it would be inside the body: a field right after the body field (or after another such
field) that holds a heading and one or two short lines in a record's shape (three parts or more, none longer than six
words, a year among them), not mostly link text, joins the body (a copy, appended). A tags field (its links), a button, a long field, a field with no heading stay out.

On any engine, the book's record box set right before the body, and the book's cover in a <figure> there captioned
with the book's record, join it at its top (``prepend_record_box``): the review's, which the body's box leaves out.
A table of labelled rows in a box right after the box of the text, inside the body ("<div class=entry>…</div><div>
<table><tr><td>Title</td><td>T</td></tr><tr><td>Author</td>…</table></div>"), moves to the end of the text's box
(``lift_record_table``): trafilatura, narrowing to the text's box by its class, would lose it.
"""

from __future__ import annotations

import copy
import re

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

_FIELD = re.compile(r"(?:^|\s)field--name-(?!body\b)[\w-]+")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _record_field(field: HtmlElement) -> bool:
    heading = [h for h in field if h.tag in _HEADINGS]
    lines = [c for c in field if isinstance(c.tag, str) and c.tag in ("p", "div")]
    if len(heading) != 1 or not 1 <= len(lines) <= 2 or len(field) != len(heading) + len(lines):
        return False
    text = " ".join(text_of(line) for line in lines)
    linked = sum(len(text_of(a)) for a in field.iter("a"))
    # (a record's shape: three parts or more, none a sentence: "A: T. Publisher, 2026. 312 pages.")
    parts = [part for part in re.split(r"[.,:;|·]\s+", text) if part.strip()]
    return count_words(text) <= 40 and 2 * linked < len(text) and bool(re.search(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", text)) \
        and len(parts) >= 3 and max(count_words(part) for part in parts) <= 6


def append_record_fields(body: HtmlElement) -> None:
    """Append to the body field copies of the record fields right after it (module docstring)."""
    if "field--name-body" not in (body.get("class") or ""):
        return
    sibling = body.getnext()
    while sibling is not None and isinstance(sibling.tag, str) and _FIELD.search(sibling.get("class") or "") \
            and _record_field(sibling):
        body.append(copy.deepcopy(sibling))
        sibling = sibling.getnext()


def prepend_record_box(body: HtmlElement) -> bool:
    """Put at the top of the body a copy of the book's record box set right before it, in the same box: an Italian or
    Spanish magazine's "scheda" (<div class="scheda-libro"><p><b>Autore:</b> A</p><p><b>Editore:</b> P</p>…</div><div
    class="entry-content">…), a record its writer filled for the review, as the Drupal field after the body is. The box
    is one of two to eight short lines reading together as the book's record (bodyfind.record_box: a title or author
    label and facts of the book), with no more link text than its own; a box further up, a box of site facts, a box of
    long lines or one mostly links (a shop's buttons) stays out; so does, in a <figure> right before it, the book's
    cover captioned with its record (``_prepend_cover``), or that figure closing the article's <header> right before it
    (a Ghost or newspaper theme's header: rubric, headline, byline, lead picture). Whether one was put."""
    from .bodyfind import record_box  # (bodyfind reads this module: imported when asked)
    box = body.getprevious()
    while box is not None and not isinstance(box.tag, str):
        box = box.getprevious()
    if box is not None and box.tag == "header" and len(box) and box[-1].tag == "figure" \
            and not (box[-1].tail or "").strip():
        box = box[-1]  # (the article's header closing on its lead picture, the text's box right after it)
    if box is not None and box.tag == "figure":
        return _prepend_cover(body, box)
    lines = [c for c in box if isinstance(c.tag, str)] if box is not None and box.tag in ("div", "section", "aside", "dl", "ul") else []
    if not lines or not record_box(lines[0]):
        return False
    text = text_of(box)
    if 2 * sum(len(text_of(a)) for a in box.iter("a")) >= len(text):
        return False
    body.insert(0, copy.deepcopy(box))
    return True


def _prepend_cover(body: HtmlElement, figure: HtmlElement) -> bool:
    """The book's cover in a <figure> right before the body, captioned with the book's record ("A, «T», House") and
    called a cover by the page (its alt text or file name: recordcaption.names_book; its class, the title quoted:
    classed_cover), its author named in the
    body's text: a copy goes to the top of the body, as recordcaption.lift_record_pictures moves one inside it; not
    where the body already holds the record (the caption's title and house), as a closing record line."""
    from .recordcaption import _record, classed_cover, housed_by_name, names_book, said
    captions = figure.findall(".//figcaption")
    if len(captions) != 1 or figure.find(".//img") is None or (parts := _record(text_of(captions[0]))) is None:
        return False
    caption, text = text_of(captions[0]), text_of(body)
    housed = housed_by_name(parts[2]) and not parts[3]  # (a house's bracket, a name: s38, rev-detover38)
    if not (names_book(parts[0], figure, "", cover_only=True, housed=housed) or classed_cover(caption, parts[0], figure)) \
            or not said(parts[1], text):
        return False
    if parts[2] and parts[0] in text and parts[2].strip(" .") in text:
        return False  # (the body gives the same record, its title and its house: no second copy)
    body.insert(0, copy.deepcopy(figure))
    return True

def lift_record_table(body: HtmlElement) -> None:
    """Move into the end of the text's box the book's record set as a table in a box of its own right after it: two to
    eight rows of a label cell and a value cell that read together as the book's record (bodyfind's test: a title or
    author label and facts of the book, three labels or more), no more link text than its own, after a box of two
    paragraphs or more, and its title or its author's surname named in the page's headline (<title>, <h1>) or in the
    text. A table of the site's facts (the article's writer, its date), of scores, of another book (a giveaway's, the
    next review's), a box with more in it, or a table inside the text's box, stays where it is."""
    for table in list(body.iter("table")):
        box = table.getparent()
        if box is None or box is body or box.tag not in ("div", "section", "aside") or (box.text or "").strip() \
                or len([c for c in box if isinstance(c.tag, str)]) != 1:
            continue
        text_box = box.getprevious()
        while text_box is not None and not isinstance(text_box.tag, str):
            text_box = text_box.getprevious()
        if text_box is None or text_box.tag not in ("div", "section", "article") or len(text_box.findall("p")) < 2 \
                or not _record_table(table, box, text_box):
            continue
        box.tail = None
        text_box.append(box)


def _record_table(table: HtmlElement, box: HtmlElement, text_box: HtmlElement) -> bool:
    """The table's rows read as "label: value" lines make the book's record (see ``lift_record_table``)."""
    from .bodyfind import NAMING, RECORD_PARTS, record_line  # (bodyfind reads this module: imported when asked)
    from .bookinfo import label_of
    rows = table.xpath("./tr | ./tbody/tr")
    if not 2 <= len(rows) <= 8:
        return False
    lines = []
    for row in rows:
        cells = [text_of(c) for c in row if isinstance(c.tag, str)]
        if len(cells) != 2 or not all(cells) or count_words(cells[0]) > 3 or len(cells[1]) > 100:
            return False
        lines.append(f"{cells[0].rstrip(':： ')}: {cells[1]}")
    record = " | ".join(lines)
    if not (record_line(record) and sum(1 for part in RECORD_PARTS.split(record) if label_of(part)) >= 3
            and 2 * sum(len(text_of(a)) for a in box.iter("a")) < len(text_of(box))):
        return False
    # (the page's book: the title's or the author's value named in the page's headline or in the text before it; a
    # giveaway's or an "up next" table names another book)
    labelled = [found for found in map(label_of, lines) if found]
    root = table.getroottree().getroot()
    said = " ".join([text_of(text_box)] + [text_of(h) for h in root.iter("title", "h1")]).casefold()
    values = [value.strip(" .\"'«»“”„").casefold() for label, value in labelled if NAMING.fullmatch(label)]
    return any(value in said or value.split()[-1] in said for value in values if len(value) > 3)
