"""CSS selectors matched fast: each compiled once, the simple ones all found in one walk of the tree.

``tree.cssselect(s)`` translates ``s`` to XPath on every call and then walks
the whole tree for it; with the hundred-odd widget selectors of
``platforms.WIDGET_SELECTORS`` that was a third of an extraction. Here a
selector made only of a tag, classes and an id (``.sharedaddy``,
``.navigation.post-navigation``, ``#disqus_thread``, ``div.post-footer``) is
matched by looking up the class and id tokens of the elements that have
them, for all such selectors in one pass; any other selector (descendants,
attributes) is compiled to XPath once per process and cached.

Matches come in document order, as ``cssselect`` gives them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree
from lxml.cssselect import CSSSelector
from lxml.html import HtmlElement

SIMPLE = re.compile(r"^(?P<tag>[a-zA-Z][\w-]*)?(?P<rest>(?:[.#][\w-]+)+)$|^(?P<only>[a-zA-Z][\w-]*)$")
TOKEN = re.compile(r"([.#])([\w-]+)")
CANDIDATES = etree.XPath("descendant-or-self::*[@class or @id]")


class Simple:
    """tag (or None), the classes all required, the id (or None)."""

    __slots__ = ("tag", "classes", "ident")

    def __init__(self, tag: str | None, classes: frozenset[str], ident: str | None):
        self.tag, self.classes, self.ident = tag, classes, ident

    def matches(self, tag: str, classes: set[str], ident: str | None) -> bool:
        return (self.tag is None or self.tag == tag) and self.classes <= classes and (self.ident is None or self.ident == ident)


@lru_cache(maxsize=4096)
def compiled(selector: str) -> Simple | CSSSelector:
    """The selector ready to match; raises cssselect's SelectorError for a bad one."""
    match = SIMPLE.match(selector.strip())
    if match and not match.group("only"):
        tokens = TOKEN.findall(match.group("rest"))
        ids = [name for kind, name in tokens if kind == "#"]
        if len(ids) <= 1:
            tag = match.group("tag")
            return Simple(tag.lower() if tag else None, frozenset(n for k, n in tokens if k == "."), ids[0] if ids else None)
    return CSSSelector(selector, translator="html")


def select_many(root: HtmlElement, selectors: list[str]) -> list[list[HtmlElement]]:
    """What each selector matches under `root` (itself included), one list per selector; a bad selector matches nothing."""
    results: list[list[HtmlElement]] = [[] for _ in selectors]
    by_class: dict[str, list[tuple[int, Simple]]] = {}
    by_id: dict[str, list[tuple[int, Simple]]] = {}
    for index, selector in enumerate(selectors):
        try:
            matcher = compiled(selector)
        except Exception:  # a bad per-source hint never stops extraction; sources.py validates them
            continue
        if isinstance(matcher, Simple):
            if matcher.classes:
                by_class.setdefault(min(matcher.classes), []).append((index, matcher))
            else:
                by_id.setdefault(matcher.ident, []).append((index, matcher))
        else:
            results[index] = matcher(root)
    if by_class or by_id:
        for element in CANDIDATES(root):
            classes = set((element.get("class") or "").split())
            ident = element.get("id")
            hits = [pair for token in classes if token in by_class for pair in by_class[token]]
            if ident in by_id:
                hits += by_id[ident]
            if not hits:
                continue
            tag = element.tag.lower() if isinstance(element.tag, str) else ""
            for index, matcher in hits:
                if matcher.matches(tag, classes, ident):
                    results[index].append(element)
    return results


def select(root: HtmlElement, selector: str) -> list[HtmlElement]:
    return select_many(root, [selector])[0]
