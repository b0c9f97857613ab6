"""A small box of the review's own: a heading over a list of the book's bare facts (never an ask's lead-in).

A newspaper's review closes on a box under its own heading ("Book details", "书目", "Datos") holding a list of two to
six short items: the title, the author, the house. A lead-in to an ask after it speaks to the reader ("Enjoyed
this?", a list of links to follow or to pay); a record's items are bare: no link, no sentence's end, no question,
each a few words, and one of them names someone the review has already named (the author's surname, in any script).
The cleaning's lead-in rule (``boilerplate``, through ``leadin.never_lead_in``) leaves such a box alone.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of

_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_ENDS = (".", "!", "?", "¿", "¡", "？", "！", "。", ":", "：")


def headed_facts(block: HtmlElement, elsewhere: str) -> bool:
    """The block is the list of 2–6 bare short items under the one heading of its small box, one naming a person the
    text before names (the list, or the box holding it)."""
    if block.tag in ("ul", "ol"):
        box, facts = block.getparent(), block
    else:
        box = block
        facts = next((e for e in block if e.tag in ("ul", "ol")), None)
    if facts is None or box is None or box.tag not in ("div", "aside", "section") or box.find(".//a") is not None:
        return False  # (cheapest first: a list in a box with no link at all)
    parts = [e for e in box if isinstance(e.tag, str) and text_of(e)]
    heads = [e for e in parts if e.tag in _HEADINGS]
    if len(parts) != 2 or len(heads) != 1 or parts[1] is not facts or text_of(heads[0]).endswith(("?", "？", "!", "！")):
        return False
    items = [text_of(li) for li in facts if li.tag == "li"]
    if not 2 <= len(items) <= 6 or any(not t or len(t.split()) > 8 or t.endswith(_ENDS) for t in items):
        return False
    seen = {w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]{2,}", elsewhere)}
    # (a name's last word, four letters or more, as the review wrote it: "Laxman" of "V.V.S. Laxman with R. Kaushik")
    # (a name opens in capitals in a cased script: a lower-case last word, "friends", "below", is a plea's, no name)
    return any(len(last := re.sub(r"\W+$", "", t.split()[-1])) >= 4 and not last[:1].islower() and last.casefold() in seen
               or any(len(w) >= 4 and w[:1].isupper() and w.casefold() in seen for w in t.split()[1:])
               for t in items)
