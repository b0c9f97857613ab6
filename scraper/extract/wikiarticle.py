"""An encyclopedia's article about a book on a wiki: a MediaWiki page (its <body> classed "mediawiki", as every
MediaWiki skin sets it, Wikipedia's, Fandom's, Miraheze's) whose text holds an info box (the engine's "infobox" table,
Fandom's "portable-infobox" aside) and opens, as the wikis' manual of style has every article open, on its subject in
bold: "'''Title''' is the first novel of …". An article, written by many and about the book, not a review of it: in any
language, the structure being the engine's.

A wiki may host a reader's review too (a literary wiki's "a reader's note on T"): it carries no info box, or it gives
a score of its own, and is left to the classifier. ``wiki_article(tree)`` gives a reason a person can check, or None.
Pure: the tree is only read.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import class_of
from .words import count_words

_INFOBOX = re.compile(r"(?:^|\s)(?:infobox|portable-infobox)(?:$|\s)", re.I)
_BOX_TAGS = ("table", "aside", "div")
_NAMESPACE = re.compile(r"ns-\d+")
_FIRST_OBJECT = re.compile(r"(?<!\w)(?:me|we|our)(?!\w)")  # ("made me", "we loved": the lead's writer, in lower case)
_LEAD_WORDS = 8  # words: the lead paragraph is prose, not a caption or a hatnote


def _mediawiki(tree: HtmlElement) -> bool:
    """A MediaWiki page in the wiki's article namespace: no other namespace's ("ns-500", Fandom's user blog posts;
    "ns-2", a user's page: a member's own writing there, a review perhaps)."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    classes = (class_of(body) or "").split() if body is not None else []
    return "mediawiki" in classes and all(not _NAMESPACE.fullmatch(c) or c == "ns-0" for c in classes)


def _lead(tree: HtmlElement, box: HtmlElement) -> HtmlElement | None:
    """The article's first paragraph of prose after its info box (outside any box: the box's own rows are cells)."""
    for p in box.itersiblings():
        for el in ([p] if p.tag == "p" else p.iter("p")):
            if count_words(el.text_content()) >= _LEAD_WORDS:
                return el
    return None


def wiki_article(tree: HtmlElement) -> str | None:
    """Why the page is a wiki's encyclopedic article (see the module's docstring), or None."""
    if not _mediawiki(tree):
        return None
    box = next((el for el in tree.iter(*_BOX_TAGS) if _INFOBOX.search(class_of(el) or "")), None)
    lead = _lead(tree, box) if box is not None else None
    if lead is None:
        return None
    # (the lead opens on its subject in bold, before any other word: "<b>Title</b> is …")
    first = next(iter(lead), None)
    if first is None or first.tag not in ("b", "strong") or (lead.text or "").strip():
        return None
    from .reviewed import FIRST_PERSON  # (reviewed reads modules that read this one)
    if FIRST_PERSON.search(lead.text_content()) or _FIRST_OBJECT.search(lead.text_content()):
        return None  # (an article's lead is impersonal: "<b>T</b> is the book that made me …" is a member's review)
    from .rating import has_score  # (rating reads modules that read this one)
    if any(has_score(p.text_content()) for p in lead.getparent().iter("p")):
        return None  # (the page gives a score of its own: a review set out on a wiki)
    return ("a wiki's encyclopedic article (a MediaWiki page, its info box, its lead opening on its subject in bold): "
            "an article about the book, not a review")
