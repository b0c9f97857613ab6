"""A journal's or a magazine's "books received" page (formats39b s39): the body is a list of bibliographic records, each
item opening on its maker's name inverted as a bibliography sets it ("Surname, Given." or "Surname, Given, ed."), then
the title in italics, then the imprint with its year ("Place: Publisher, 2026. 318 pp. £30."), with a line of
introduction and little other prose. It lists what reached the desk; it reviews none of it. The page's details often
yield one of the items as "the book", so the classifier took it for a review.

Structural: three or more list items of that record shape, at least half of the page's list items, and under
`_PROSE_CAP` words of prose outside the list (a review's "Further reading" list of records closes a post of prose,
which stays a review), and no verdict or rating of the post's own. Any language that writes a bibliography this way:
the shape is the citation style's (Chicago, MLA, DIN 1505), not any word.

classify.classify asks judge() with the other not-a-review judges, after its rating and list checks.
"""

from __future__ import annotations

import re

from .words import count_words

_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
# an inverted name: a surname (capitalised, hyphens and apostrophes allowed, one or two words), a comma, given names or
# initials, an optional editor's mark after a comma, a full stop; then a title in italics (Markdown *…* or _…_)
_NAME = r"[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?"
_GIVEN = r"[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}"
_RECORD = re.compile(rf"^{_NAME},\s{_GIVEN}(?:,\s\w{{1,5}}\.?)?\.?\s+(?:\*[^*]{{2,200}}\*|_[^_]{{2,200}}_)")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_PROSE_CAP = 120


def list_lines(markdown: str):
    """The body's non-empty Markdown lines as (headings so far, the list item's mark or None, the line), headings
    counted as they come: the walk digestitems makes too."""
    section = 0
    for line in markdown.splitlines():
        line = line.strip()
        if line.startswith("#"):
            section += 1
        if line:
            yield section, _ITEM.match(line), line


def records(markdown: str) -> tuple[int, int, int]:
    """(record items, all list items, words of prose outside the list items and headings)."""
    found = items = prose = 0
    for _, mark, line in list_lines(markdown):
        if mark:
            items += 1
            rest = line[mark.end():]
            # (the cheap test first: an inverted name has its comma in the first forty characters)
            if "," in rest[:40] and _RECORD.match(rest) and _YEAR.search(rest):
                found += 1
        elif not line.startswith("#"):
            prose += count_words(line)
    return found, items, prose


def judge(ev, own_rating: bool) -> tuple[str, str] | None:
    """(kind, reason) for a list of records that reviews none of them."""
    if own_rating or ev.verdict_lines or ev.jsonld_review:
        return None
    markdown = ev.body[1]
    if markdown.count("\n- ") + markdown.count("\n* ") < 2 and not re.search(r"^\d+[.)]\s", markdown, re.M):
        return None
    found, items, prose = records(markdown)
    if found >= 3 and 2 * found >= items and prose < _PROSE_CAP:
        return "list", f"the body lists {found} bibliographic records with a few lines of prose: books received, not a review"
    return None
