"""Links inside a sentence of the review, unwrapped before trafilatura reads the body (scraper.extract).

trafilatura drops a short block whose text is mostly link text (a menu's, a link list's). In a wiki-like engine a
sentence links its nouns to the wiki's own pages ("『<a>T</a>』（<a>A</a>、1965年）を再読した。"), and a short sentence
with two links reads as link-dense though it is the review's opening. In a copy of the cleaned body (the body itself is
read again later, links and all), a block that is a sentence (it ends with a sentence's closing mark) and holds more
text outside its links than inside them has its links unwrapped: the words stay, the links go. A link list, a "Read
also: <a>…</a>" line, or a block that is mostly its links keeps them.
"""

from __future__ import annotations

import copy
import re

from lxml.html import HtmlElement

from .nodes import text_of

_BLOCKS = ("p", "div", "li", "dd", "td", "blockquote")
_SENTENCE_END = re.compile(r"[.!?。！？…][)\]）」』\"'”’»]*\s*$")
_WORDS = re.compile(r"\w")


def sentence_links_unwrapped(body: HtmlElement) -> HtmlElement:
    """A copy of the body whose sentence blocks have their links unwrapped (module docstring)."""
    links = list(body.iter("a"))
    if not links:
        return body
    clone = copy.deepcopy(body)
    blocks = {}
    for link in clone.iter("a"):
        block = next((a for a in link.iterancestors() if a.tag in _BLOCKS), None)
        if block is not None:
            blocks.setdefault(id(block), block)
    for block in blocks.values():
        if any(c.tag in _BLOCKS for c in block.iterdescendants()):
            continue
        text = text_of(block)
        linked = sum(len(_WORDS.findall(text_of(a))) for a in block.iter("a"))
        if _SENTENCE_END.search(text) and len(_WORDS.findall(text)) - linked > linked:
            for link in list(block.iter("a")):
                link.drop_tag()
    return clone
