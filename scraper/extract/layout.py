"""Tables laid out as a page, written back as the boxes they are, before the body is turned into text.

A newsletter's template (and an old theme) sets its whole page in tables: one column, each row one cell, the cells
holding paragraphs and headings. Read as a table, its paragraphs run together into table rows, and the review's notes
(a warning, a disclosure at the top) sit inside one long row. A table whose every row has a single data cell, one of
which holds a block (a paragraph, a heading, a list, a quotation, another table), is layout: each cell becomes a box
of its own in the table's place. A table of data (two columns or more, a header cell, one column of plain values)
stays a table.
"""

from __future__ import annotations

from lxml.html import HtmlElement

_BLOCKS = "p|h1|h2|h3|h4|h5|h6|div|ul|ol|blockquote|table|figure|pre".split("|")


def page_cells(table: HtmlElement) -> list[HtmlElement] | None:
    """The table's cells, one per row, when it is laid out as a page; None for a table of data."""
    rows = table.xpath("./tr | ./tbody/tr | ./thead/tr | ./tfoot/tr")
    cells = []
    for row in rows:
        found = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if len(found) > 1 or any(c.tag == "th" for c in found):
            return None
        cells += found
    if not cells or not any(isinstance(c.tag, str) and c.tag in _BLOCKS for cell in cells for c in cell):
        return None
    return cells


def unwrap_layout_tables(body: HtmlElement) -> int:
    """Write each layout table in the body (innermost first) as a <div> of <div> boxes, one per cell; how many."""
    done = 0
    for table in reversed(list(body.iter("table"))):
        cells = page_cells(table)
        if cells is None:
            continue
        for child in list(table):
            table.remove(child)
        for key in list(table.attrib):
            if key not in ("class", "id"):
                del table.attrib[key]
        table.tag = "div"
        for cell in cells:
            cell.tag = "div"
            cell.tail = None
            for key in list(cell.attrib):
                if key not in ("class", "id"):
                    del cell.attrib[key]
            table.append(cell)
        done += 1
    return done
