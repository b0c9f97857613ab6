"""Paragraphs written as ``<dd>`` outside any list: the indented paragraph of the old Russian text libraries.

Moshkow's engines (lib.ru, Samizdat/samlib, and the hand-made sites that copied their markup) set a text's paragraphs
as ``<dd>&nbsp;&nbsp;…`` lines with no ``<dl>`` around them and no closing tag: the browser indents each one. An HTML
parser nests every ``<dd>`` in the one before it, so the whole text is one chain of ``<dd>`` in ``<dd>``: no engine's
selector knows it, the search for the box holding most of the page's paragraphs (``bodyfind``) counts none of them,
and the cleaning (``bodyblocks``) sees no block in the box to read.

``unnest_paragraphs`` writes each such ``<dd>`` back as the paragraph it is, before the body is looked for: the
``<dd>`` nested in it is lifted out to follow it, and it becomes a ``<p>`` (a ``<div>`` where it holds blocks of its
own). A ``<dd>`` inside a ``<dl>`` (a definition list, a forum's or a comment engine's "<dt>name<dd>text" rows) is a
list's item and stays as it is.
"""

from __future__ import annotations

from lxml.html import HtmlElement

_BLOCKS = frozenset(("p", "div", "ul", "ol", "dl", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
                     "figure", "section", "center", "form"))


def unnest_paragraphs(tree: HtmlElement) -> int:
    """Write each ``<dd>`` outside a ``<dl>`` as a paragraph of its own (see the module docstring); how many."""
    loose = [dd for dd in tree.iter("dd") if next(dd.iterancestors("dl"), None) is None]
    for dd in loose:  # (in document order: a <dd> lifted out of the one before is reached next, and lifts its own)
        nested = [child for child in dd if child.tag == "dd"]
        for child in reversed(nested):
            dd.addnext(child)  # (its tail goes with it: the text after it was after it)
    for dd in loose:
        dd.tag = "div" if any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in dd) else "p"
    return len(loose)
