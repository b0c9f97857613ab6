"""The post's heading where the page's title leads with the site and a board: "Club - Books - The post's own title".

Forum and board engines (Zeroboard, GNUboard, phpBB-like boards) write <title> as the site's name, the board's and
then the post's subject, and set the subject in a heading of their own markup (a table cell's h3, a div's h2) that no
theme class names. Trafilatura takes the <title>'s lead, "Club - Books". Where the title read is that lead and a
heading on the page reads the <title>'s last part (the heading may keep the quotation or title marks the <title> drops:
"A 『T』 review" for "A T review"), the heading is the post's title.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_SEPARATOR = re.compile(r"\s+(?:[-|–—:»>·]|::)\s+")
_MARKS = re.compile(r"[『』「」《》〈〉«»“”„\"'‘’]")


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", _MARKS.sub("", text)).strip().casefold()


def board_subject(tree: HtmlElement, title: str | None, page_title: str | None) -> str | None:
    """The heading that reads the last part of a "Site - Board - Subject" <title>, where `title` is its lead."""
    if not title or not page_title:
        return None
    lead, page_title = re.sub(r"\s+", " ", title).strip(), re.sub(r"\s+", " ", page_title).strip()
    # the lead is the site's and the board's names ("Site - Board"), and a separator sets the subject after it
    # (one separator throughout, as a breadcrumb: "Review of T - A | Subject" is a product's name and then its subject)
    rest = _SEPARATOR.match(page_title[len(lead):]) if page_title.startswith(lead) and _SEPARATOR.search(lead) else None
    if not rest or {m.group().strip() for m in _SEPARATOR.finditer(lead)} != {rest.group().strip()}:
        return None
    headings = [re.sub(r"\s+", " ", h.text_content()).strip() for h in tree.iter("h1", "h2", "h3", "h4")]
    if lead in headings:  # the title read is the post's own heading ("Review: T – A – Blog"): the rest is the blog's name
        return None
    subject = _plain(page_title[len(lead) + rest.end():])
    if len(subject) < 4:
        return None
    for heading in tree.iter("h1", "h2", "h3", "h4"):
        text = re.sub(r"\s+", " ", heading.text_content()).strip()
        if text and _plain(text) == subject:
            return text
    return None
