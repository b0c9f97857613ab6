"""The site pointing at another post of its own under the review, by its name: "Also on <Site>: <headline>".

A blog engine's or a theme's related-post line closes a post with a short lead naming the site and a colon, then the
other post's headline: "Also on The Long Shelf: a walk through the city of the novel", "Más en Lecturas Lentas: …",
"Auch auf Lesezeit: …". ``readalsoline`` and ``tailpointer`` read the leads that are 'read also' labels or that end
on a link to the site; this lead is recognised by the site's own name in it, whatever the language's words:

- after the review's last paragraph (nothing of ``spliced.PROSE`` words after it), a line standing alone (no heading,
  list, quote or table), no score, no live link;
- a lead of two to eight words before the line's first colon, holding the site's name: one of the names the page
  gives (its home link's words) or a run of capitalised words that, squashed, is the host's own label
  ("Barrio Book Notes" on barriobooknotes.example), the name closing the lead and at least one word before it ("Also
  on <Site>:", "Más en <Site>:"; a line that opens on the name alone, "<Site>: …", is a field or a quotation, and a
  lead that goes on after the name, "<Site> verdict:", "Thanks to the <Site> book club:", is the reviewer's: rev-bpchrome38);
- after the colon, a headline: two to twenty words, one sentence at most.

What stays: the reviewer's line naming the site in a sentence (no colon lead), "Also on my shelf: …" (no name), a
record's field ("Publisher: …"), and any such line between the review's paragraphs.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import NOT_LINES, links_of, text_of
from .rating import has_score
from .spliced import PROSE
from .words import count_words

RULE = "related link"
_LEAD = re.compile(r"^([^:：]{3,80})[:：]\s*(\S.*)$", re.S)
_CAPITALISED = re.compile(r"(?:[A-ZÀ-ÞĀ-Ž][\w'’&.-]*\s+){0,4}[A-ZÀ-ÞĀ-Ž][\w'’&.-]*")
_SENTENCE = re.compile(r"[.!?。！？]\s+\S")
_SQUASH = re.compile(r"[\W_]+")


def _host_label(host: str) -> str:
    """The host's own label: "barriobooknotes" of barriobooknotes.micro.blog or www.barriobooknotes.com."""
    parts = [p for p in (host or "").lower().split(".") if p and p != "www"]
    return parts[0] if len(parts) >= 2 else ""


def _names_site(lead: str, names: tuple[str, ...], label: str) -> bool:
    low = lead.casefold()
    for name in names:  # (the name closes the lead, a word or more before it)
        if len(name) >= 4 and re.search(rf"(?<!\w){re.escape(name.casefold())}\W*$", low) and \
                count_words(low.replace(name.casefold(), " ")) >= 1:
            return True
    if len(label) < 5:
        return False
    for run in _CAPITALISED.finditer(lead):
        if lead[run.end():].strip(" \t\"'’”»)"):
            continue
        words = run.group().split()
        for start in range(len(words)):  # ("The Long Shelf" and "Long Shelf" alike; "Also" before it no part of it)
            squashed = _SQUASH.sub("", " ".join(words[start:])).casefold()
            if squashed == label and count_words(lead) > len(words) - start:
                return True
    return False


def site_pointer(block: HtmlElement, names: tuple[str, ...], label: str) -> bool:
    """The line is the site's lead naming itself, a colon and another post's headline (module docstring)."""
    text = text_of(block)
    found = _LEAD.match(text) if text and (":" in text or "：" in text) else None
    if found is None or block.tag in NOT_LINES or links_of(block):
        return False
    lead, rest = found.group(1).strip(), found.group(2).strip()
    return 2 <= count_words(lead) <= 8 and 2 <= count_words(rest) <= 20 and not _SENTENCE.search(rest) \
        and not has_score(text) and _names_site(lead, names, label)


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement], host: str = "",
         names: tuple[str, ...] = ()) -> None:
    """Mark the site's named pointer among the lines after the review's last paragraph (module docstring)."""
    label = _host_label(host)
    if not label and not names:
        return
    for i in range(len(items) - 1, -1, -1):
        text = text_of(items[i]) if i not in drop else ""
        if count_words(text) >= PROSE:
            return
        if text and site_pointer(items[i], names, label):
            drop[i], boxes[i] = RULE, items[i]
