"""Two more shapes of a related post's line under its 'read also' label (``edges.READ_ALSO``), for ``edges.mark``.

- The label set in bold runs on past the table's words ("<b>Baca juga entri</b> <a>…</a>", "<b>Read also, from the
  archive</b> <a>…</a>"): the bold lead of one to six words is the label, the line's rest after it is read for links.
- The label a line of its own over a list whose every item is one link and nothing else ("<p><b>Leggi anche</b></p>
  <ul><li><a>…</a></li>…</ul>"), each link leading nowhere or to the site's own pages (no host in its address): a list
  of links to other sites (a shop's, an encyclopedia's) is the writer's reading list and stays, and so is a list whose
  items say more than their link.

- After the review's last paragraph, the label closed by a colon over a post's title whose link was lost ("📚 Read
  this too: <title>", no link in the line): the line opens on the pictograph a template sets before its pointer, then
  a title of one to ten words, no sentence's stop closing it. A sentence after the label ("See also: the afterword,
  which explains the ending.") closes on its stop and stays; and a plain label over a book's name ("See also:
  Piranesi", "Read next: The Overstory by Richard Powers") is the reviewer's closing recommendation, which no
  template marks: it stays.

The marks between a line's links (" · ", " | ", ", ") are no words of their own (``linked_words``), and after the
review, under a label set in bold (``bold_lead``), a link with no address (``bare_links``) is a link still.
"""

from __future__ import annotations

import re
import unicodedata

from lxml.html import HtmlElement

from .nodes import SCHEME, text_of
from .words import count_words

# a word that is only the marks between links (" · ", "|", ","): ``taillinklist`` reads its lines' links by it too
SEPARATORS = re.compile(r"^[\s,;|·•/、，；–—-]*$")

_BOLD = ("b", "strong")
_LEAD_WORDS = 6
_MAX_ITEMS = 6


def linked_words(text: str) -> list[str]:
    """The line's words, the marks set between its links left out."""
    return [w for w in text.split() if not SEPARATORS.match(w)]


def bare_links(block: HtmlElement) -> list[HtmlElement]:
    """The block's links that lead nowhere: no address (it lives on a script's click handler, or was lost when the
    post was copied), no anchor's name or id."""
    return [a for a in block.iter("a") if a.get("href") is None and a.get("name") is None and a.get("id") is None]


def bold_lead(block: HtmlElement) -> bool:
    """The line opens on a bold element, no text before it: a label set apart."""
    first = next((c for c in block if isinstance(c.tag, str)), None)
    return first is not None and first.tag in _BOLD and not (block.text or "").strip()


def after_label(block: HtmlElement, text: str, end: int) -> str:
    """The line's text after its label (which ends at `end`), or after the bold lead holding the label and running on
    past it (module docstring)."""
    if not bold_lead(block):
        return text[end:]
    first = next(c for c in block if isinstance(c.tag, str))
    lead = text_of(first).strip()
    if len(lead) > end and text.startswith(lead) and count_words(lead) <= _LEAD_WORDS and not first.xpath(".//a"):
        return text[len(lead):]
    return text[end:]


_STOP_END = re.compile(r"[.!?。！？…][\"'”’»)\]」』]*\s*$")


def unlinked_title(block: HtmlElement, text: str, end: int) -> bool:
    """The label, closed by a colon, then a short title and no link (module docstring)."""
    title, lead = text[end:].strip(), text.lstrip()
    marked = bool(lead) and unicodedata.category(lead[0]) == "So"  # (a template's pictograph before its pointer)
    return marked and (":" in text[:end] or "：" in text[:end]) and 1 <= count_words(title) <= 10 \
        and not _STOP_END.search(title) and not block.xpath(".//a")


def link_list(block: HtmlElement) -> bool:
    """The block is a list of one to six items, each one link alone to no other site's page (module docstring)."""
    if block.tag not in ("ul", "ol"):
        return False
    items = [li for li in block if li.tag == "li"]
    if not 1 <= len(items) <= _MAX_ITEMS or len(items) != len([c for c in block if isinstance(c.tag, str)]):
        return False
    for li in items:
        links = li.xpath(".//a")
        if len(links) != 1 or linked_words(text_of(links[0])) != linked_words(text_of(li)) or not text_of(li).strip():
            return False
        if SCHEME.match((links[0].get("href") or "").strip()):
            return False
    return True
