"""The book's line under a review that a theme's class would lose: trafilatura drops a block whose class holds one of
its discard tokens ("meta", "caption", "byline", "rating" …), and papers class the book's own line so
("<p class='book-meta'>", "<p class='content_text book-caption'>"). ``bodyfind.keep_record_lines`` keeps a labelled
record line ("Author: A | Publisher: P"); this module reads two unlabelled shapes of the same line, for
``keep_record_lines`` to strip their class:

- the record parted by bars, a newspaper's book card: four to eight short parts, one a figure (pages, a price, a year),
  none over eight words ("<title> | <author> <by-word> | <publisher> | 212 <pages> | <price>": ``citedrecord.record_line``'s
  bar form), the line holding no link (a row of links parted by bars is a menu);
- the book's line in prose, opening on the book as the page's title names it: the title's lead (its part before the
  first colon or dash, two words or more: "<T> by <A>: <remark> | <site>") opens the line, and a short sentence of its own
  follows it ("<T> by <A> is available from <publisher>."): 30 words at most, one sentence closed by its stop, no link,
  no score. A line that repeats the headline whole (a sticky header) adds no sentence and stays classed.

Only blocks of inline text with a class of their own are read (the caller's walk); nothing is removed here.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from .citedrecord import record_line
from .rating import has_score
from .words import count_words

# classed blocks of inline text only, holding a bar but no colon (the caller reads those with a colon), or any such block
BARRED_LEAVES = etree.XPath("descendant-or-self::*[self::p or self::div or self::li][@class][not(.//p or .//div or .//li)]"
                            "[contains(., '|') and not(contains(., ':') or contains(., '：'))]")
CLASSED_LEAVES = etree.XPath("descendant-or-self::*[self::p or self::div][@class][not(.//p or .//div or .//li or .//a)]")
# the title's lead: its text before the first colon, dash or bar (the site's name after a separator)
_LEAD_END = re.compile(r"\s*[:：]\s|\s+[-–—|‹›«»·•]\s+|\s*[|｜]\s*")
_STOP = re.compile(r"[.!?。！？]")


def barred_record(block: HtmlElement, text: str) -> bool:
    """A book card's record parted by bars, with no link in it (module docstring)."""
    return 4 <= text.count("|") + 1 <= 8 and count_words(text) <= 40 and block.find(".//a") is None \
        and record_line(text) and not has_score(text)


def title_lead(title: str | None) -> str:
    """The page title's lead, two words or more ("" otherwise)."""
    if not title:
        return ""
    lead = _LEAD_END.split(title.strip(), 1)[0].strip(" «»\"“”'")
    return lead if 2 <= len(lead.split()) <= 12 and len(lead) >= 6 else ""


def title_led_line(text: str, lead: str, title: str) -> bool:
    """A sentence of its own opening on the title's lead (module docstring)."""
    if not lead or not text.startswith(lead) or count_words(text) > 30 or has_score(text):
        return False
    rest = text[len(lead):].strip()
    if not rest or rest[:1] in ":：|-–—‹›" or title.strip().startswith(text.rstrip(" .")):
        return False
    stops = _STOP.findall(text.rstrip())
    return len(stops) == 1 and _STOP.fullmatch(text.rstrip()[-1]) is not None and count_words(rest) >= 3
