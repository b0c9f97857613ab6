"""A book's page on a reading log or a catalogue, titled "T / A" over its record.

Reading-log and bookshelf sites (Japanese ones above all, and library catalogues everywhere) title a book's page with
the title and the author set apart by a slash, the site's or the shelf's name after a dash ("T / A - someone's shelf -
Site"), and show the same record on the page: the title as a heading, and beside it, in the heading's box, the author's
line, the name first and the record's details after a slash, a comma or a bracket ("A / Publisher (2011-09-17)", "A
（著）"). A reader's review under it need not name the author at all, and its text is all the body keeps.

Read before the cleaning takes the record away, in any script: the page title's first part split by its one slash
into a title that is a heading (h1 to h3) of the page and a name-shaped author (a capitalised name, or a name in a
script without capitals), which one of the next two elements beside that heading opens with. A page title's slash
alone says nothing ("Either / Or", a pair of names); nor a heading alone; the record's line beside the heading does.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .book import Book, is_name
from .bookcaselessname import caseless_name
from .booktitles import cjk_name

_PARTS = re.compile(r"\s+[-–—|｜]\s+")
# the slash between title and author: the full-width one as it stands, the ASCII one spaced ("AC/DC" is one word)
_SLASH = re.compile(r"\s*／\s*|\s+/\s+")
# after the name on its record line: a slash, a comma, a bracket (a role, a year) or nothing
_AFTER_NAME = re.compile(r"$|\s*[/／,，、;；(（\[［|｜]")


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _name(value: str) -> str | None:
    value = value.strip()
    if not value or re.search(r"\d", value) or len(value) > 40:
        return None
    return value if is_name(value) else caseless_name(value) or cjk_name(value)


def slash_record(tree: HtmlElement | None, page_titles: list[str]) -> Book | None:
    """The book of a page titled "T / A" whose heading T has A's record line beside it (see the module's note)."""
    if tree is None:
        return None
    for page_title in page_titles:
        parts = _SLASH.split(_PARTS.split(" ".join((page_title or "").split()))[0])
        if len(parts) != 2:
            continue
        title, author = (p.strip() for p in parts)
        name = _name(author)
        if not title or not name or name == title:
            continue
        for heading in tree.iter("h1", "h2", "h3"):
            if _text(heading) != title:
                continue
            beside, sibling = 0, heading.getnext()
            while sibling is not None and beside < 2:
                if isinstance(sibling.tag, str):
                    line = _text(sibling)
                    if len(line) <= 120 and line.startswith(author) and _AFTER_NAME.match(line[len(author):]):
                        return Book(title, name, source="record")
                    beside += 1
                sibling = sibling.getnext()
    return None
