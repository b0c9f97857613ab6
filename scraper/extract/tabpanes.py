"""A page's tabs inside the post body: a shop's product page (Bootstrap's, its engines' and any ARIA tab widget) sets the
description, the specification table and the reviews as tab panes of one box, one of them shown. The review is in the
pane shown; the other panes are the page's other tabs (a blurb), hidden until clicked, and go; a table of the book's
properties in them stays (the book's details are read from it, as from any info box).
Only when the shown pane holds the most text of them (a shop that opens on its description, its reviews in a hidden
tab, keeps them all: which is the review is not for the tabs to say).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .nodes import text_of

_PANE = {"tab-pane", "tabpanel", "tab-panel", "tabs-panel", "tab__content", "tabs__panel"}
_SHOWN = {"active", "show", "is-active", "current", "selected", "open"}


def is_pane(element: HtmlElement) -> bool:
    """A tab pane (what is left of a hidden one is no label of what went: its table of properties stays)."""
    return element.get("role") == "tabpanel" or bool(_PANE & set((element.get("class") or "").split()))


def _shown(element: HtmlElement) -> bool:
    hidden = element.get("hidden") is not None or element.get("aria-hidden") == "true"
    return not hidden and bool(_SHOWN & set((element.get("class") or "").split()))


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the blocks inside the hidden panes of a tab box whose shown pane holds the most text."""
    hidden: set[HtmlElement] = set()
    for box in {el.getparent() for el in body.iter() if isinstance(el.tag, str) and is_pane(el)}:
        if box is None:
            continue
        panes = [el for el in box if isinstance(el.tag, str) and is_pane(el)]
        shown = [el for el in panes if _shown(el)]
        if len(panes) < 2 or len(shown) != 1:
            continue
        size = {id(el): len(text_of(el)) for el in panes}
        if all(size[id(shown[0])] > size[id(el)] for el in panes if el is not shown[0]):
            hidden |= {el for el in panes if el is not shown[0]}
    if not hidden:
        return
    for i, block in enumerate(items):
        pane = next((a for a in (block, *block.iterancestors()) if a in hidden), None)
        # (a table of the book's properties stays: the book's details are read from it, as from any info box)
        if pane is not None and i not in drop and block.tag != "table" and not any(a.tag == "table" for a in block.iterancestors()):
            drop[i], boxes[i] = "hidden tab", block


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def pane_titles(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """A tab pane's own title over its text: a heading among the body's first blocks, inside a box that a tab of the page
    opens (an in-page link "#<the box's id>"), which begins with that tab's label ("Staff Review" → "Staff Review: Main
    Branch", "Reviews" → "Reviews of our shop"). It names the tab, not the book; it goes."""
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])][:2]
    for i in live:
        block = items[i]
        if block.tag not in _HEADINGS:
            continue
        title = text_of(block).casefold()
        for box in block.iterancestors():
            if box is body.getparent():
                break
            key = box.get("id")
            if not key:
                continue
            labels = [text_of(a).casefold() for a in body.getroottree().iter("a") if a.get("href") == f"#{key}"]
            if any(label and len(label) < len(title) and title.startswith(label) for label in labels):
                drop[i], boxes[i] = "tab's title", block
            break
