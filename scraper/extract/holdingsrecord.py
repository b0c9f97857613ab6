"""A library catalogue's record page, read from the page as it came: the book's record as label-value rows, a table of
its copies (one row a copy: the library, the shelf mark, the status), and no prose of the page's own beyond a summary or
a note (the publisher's blurb, an opening-hours line). A record, not a review: an OPAC (AbsysNet, Pergamum, Koha,
Aleph, Sierra …) shows every book so.

Structural only, in any language: the record is five or more rows of two cells (a short label, a short value), the
copies table a header of three or more cells over two or more rows of as many short cells, and the page's prose (its
blocks of twelve words or more, outside the tables and the page's navigation) under 150 words, none of it in a box
classed as a review or a comment (a reader's review under a record is a review: recordreview.py, cataloguehead.py).

``holdings_record(tree)`` gives a reason a person can check, or None. Pure: the tree is only read.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import class_of, id_of
from .words import count_words

_AWAY_TAGS = {"nav", "header", "footer", "aside", "script", "style", "noscript", "table", "select", "button"}
_BLOCK_TAGS = {"p", "div", "li", "dd", "blockquote", "section", "article", "td"}
# a box for readers' reviews or comments, by its class or id (the engines' English and Romance names)
_REVIEW_BOX = re.compile(r"review|comment|coment|opinion|opini[aã]o|critic|rese[nñ]|avalia|recens|rezens|bewert|(?:^|[\s_-])avis(?:$|[\s_-])", re.I)  # (avis, not aviso: a notice)


def _cells(row: HtmlElement) -> list[HtmlElement]:
    return [cell for cell in row if cell.tag in ("td", "th")]


def _words(el: HtmlElement) -> int:
    return count_words(el.text_content() or "")


def _record_rows(table: HtmlElement) -> int:
    """Rows of two cells: a label of at most four words, a value of at most twenty."""
    rows = 0
    for row in table.iter("tr"):
        cells = _cells(row)
        if len(cells) == 2 and 1 <= _words(cells[0]) <= 4 and 1 <= _words(cells[1]) <= 20:
            rows += 1
    return rows


def _copies_table(table: HtmlElement) -> bool:
    """A header of three cells or more over two rows or more of as many short cells (eight words at most each)."""
    rows = [row for row in table.iter("tr") if _cells(row)]
    if len(rows) < 3:
        return False
    head = _cells(rows[0])
    if len(head) < 3 or any(cell.tag != "th" for cell in head):
        return False
    body = rows[1:]
    return all(len(_cells(row)) == len(head) and all(_words(cell) <= 8 for cell in _cells(row)) for row in body)


def _away(el: HtmlElement) -> bool:
    return any(anc.tag in _AWAY_TAGS for anc in el.iterancestors())


def _prose(tree: HtmlElement) -> tuple[int, bool]:
    """(words of the page's prose blocks outside tables and navigation, whether one lies in a review or comment box)"""
    total, boxed = 0, False
    for el in tree.iter(*_BLOCK_TAGS):
        if el.tag in _AWAY_TAGS or _away(el) or any(inner.tag in _BLOCK_TAGS for inner in el.iterdescendants()):
            continue
        # (its own text, not a table's inside it; a block mostly of links is a menu or a list of other records)
        words = _words(el) - sum(_words(table) for table in el.iter("table"))
        links = sum(_words(link) for link in el.iter("a"))
        if words < 12 or links * 2 >= words:
            continue
        total += words
        if any(_REVIEW_BOX.search(f"{class_of(anc) or ''} {id_of(anc) or ''}") for anc in [el, *el.iterancestors()]):
            boxed = True
    return total, boxed


def holdings_record(tree: HtmlElement) -> str | None:
    """Why the page is a library catalogue's record and no review, or None."""
    tables = list(tree.iter("table"))
    if len(tables) < 2:
        return None
    record = any(_record_rows(table) >= 5 for table in tables)
    if not record or not any(_copies_table(table) for table in tables):
        return None
    words, boxed = _prose(tree)
    if boxed or words >= 150:
        return None
    return ("a library catalogue's record: its label-value rows, a table of its copies and no prose of its own beyond "
            f"{words} words of summary or notes: a record, no review")
