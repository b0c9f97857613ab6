"""CSS selectors matched fast: each parsed once, all found in one walk of the tree.

``tree.cssselect(s)`` translates ``s`` to XPath on every call and then walks
the whole tree for it; with the hundred-odd widget selectors of
``platforms.WIDGET_SELECTORS`` that was a third of an extraction, and even a
compiled XPath walk costs ~0.2 ms a page. Here a selector made of compounds
(a tag, classes, an id, attributes present or equal to a value) joined by
descendant combinators (``.sharedaddy``, ``div.post-footer``, ``#disqus_thread``,
``[data-hook='related-posts']``, ``.btn-container .kofiimg``) is matched by
looking up the class, id and attribute names of the elements that have them,
for all such selectors in one pass, and a bare tag (``article``) with lxml's own
iteration; any other selector is compiled to XPath once per process and cached.

The matches are the ones cssselect gives, in document order as it gives them, with
one difference kept from before: classes of a selector that was always matched
this way (a tag, classes and at most one id) are split on any whitespace, those of
the others, as cssselect's XPath does, on XML's (space, tab, newline, return).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree
from lxml.cssselect import CSSSelector
from lxml.html import HtmlElement

from .nodes import class_of, id_of

SIMPLE = re.compile(r"^(?P<tag>[a-zA-Z][\w-]*)?(?P<rest>(?:[.#][\w-]+)+)$")  # the selectors matched this way from the start
_NAME = r"[a-zA-Z][a-zA-Z0-9_-]*"
COMPOUND = re.compile(rf"(?P<tag>{_NAME})?(?P<rest>(?:[.#][\w-]+|\[{_NAME}(?:='[^'\s]*'|=\"[^\"\s]*\")?\])*)")
PART = re.compile(rf"(?P<kind>[.#])(?P<name>[\w-]+)|\[(?P<attr>{_NAME})(?:=(?P<quote>['\"])(?P<value>[^'\"]*)(?P=quote))?\]")
_CSS_SPACE, _XML_SPACE = re.compile(r"[ \t\n\r\f]+"), re.compile(r"[ \t\n\r]+")


class Simple:
    """A compound selector: tag (or None), the classes all required, the id (or None), the attributes required
    (name, and the value or None for any), and the compound a strict ancestor must match (a descendant combinator),
    or the parent, when `child` (a child combinator: ``.links > ul.links``)."""

    __slots__ = ("tag", "classes", "ident", "attrs", "within", "xml_space", "child")

    def __init__(self, tag: str | None, classes: frozenset[str], ident: str | None, attrs: tuple = (),
                 within: Simple | None = None, xml_space: bool = False):
        self.tag, self.classes, self.ident, self.attrs, self.within = tag, classes, ident, attrs, within
        self.xml_space, self.child = xml_space, False

    def key(self) -> tuple[str, str | None]:
        """What the walk finds it by: ("class", one of its classes), ("id", its id), ("attr", an attribute's name) or ("tag", its tag)."""
        if self.classes:
            return "class", min(self.classes)
        if self.ident is not None:
            return "id", self.ident
        return ("attr", self.attrs[0][0]) if self.attrs else ("tag", self.tag)

    def matches(self, element: HtmlElement, root: HtmlElement) -> bool:
        """Whether the element (under `root`, or root itself) matches; ancestors are looked at up to root."""
        if not isinstance(element.tag, str) or (self.tag is not None and self.tag != element.tag.lower()):
            return False
        if self.classes:
            value = element.get("class") or ""
            if not self.classes <= set(_XML_SPACE.split(value) if self.xml_space else value.split()):
                return False
        if self.ident is not None and element.get("id") != self.ident:
            return False
        if any((element.get(name) is None) if value is None else element.get(name) != value for name, value in self.attrs):
            return False
        if self.within is None:
            return True
        if element is not root:
            if self.child:  # (the parent is root or inside it)
                parent = element.getparent()
                return parent is not None and self.within.matches(parent, root)
            for ancestor in element.iterancestors():
                if self.within.matches(ancestor, root):
                    return True
                if ancestor is root:
                    break
        return False


def _compound(text: str, within: Simple | None, xml_space: bool) -> Simple | None:
    match = COMPOUND.fullmatch(text)
    if not text or not match:
        return None
    parts = list(PART.finditer(match.group("rest")))
    ids = [p.group("name") for p in parts if p.group("kind") == "#"]
    if len(ids) > 1:
        return None
    tag = match.group("tag")
    return Simple(tag.lower() if tag else None, frozenset(p.group("name") for p in parts if p.group("kind") == "."),
                  ids[0] if ids else None, tuple((p.group("attr").lower(), p.group("value")) for p in parts if p.group("attr")),
                  within, xml_space)


@lru_cache(maxsize=4096)
def compiled(selector: str) -> Simple | CSSSelector:
    """The selector ready to match; raises cssselect's SelectorError for a bad one."""
    text = selector.strip()
    if SIMPLE.match(text) and text.count("#") <= 1:
        return _compound(text, None, False)
    css = CSSSelector(selector, translator="html")  # (also: a bad selector raises, as before)
    matcher, child = None, False
    for part in _CSS_SPACE.split(text):
        if part == ">" and matcher is not None and not child:  # (a child combinator set apart by spaces)
            child = True
            continue
        matcher = _compound(part, matcher, True)
        if matcher is None:
            return css
        matcher.child, child = child, False
    return css if matcher is None or child else matcher


@lru_cache(maxsize=256)
def _plan(selectors: tuple[str, ...]) -> tuple[dict, list, bool, dict]:
    """The selectors by what the walk finds them by, those matched by XPath (each with the classes its every match
    needs some element of the page to have), whether a walk is needed, and a memo of the
    (index, matcher) pairs each class attribute's tokens find (a theme repeats a few dozen class strings on every
    page; splitting and looking up each element's again was most of the walk)."""
    by: dict[str, dict] = {"class": {}, "id": {}, "attr": {}, "tag": {}}
    others = []
    for index, selector in enumerate(selectors):
        try:
            matcher = compiled(selector)
        except Exception:  # a bad per-source hint never stops extraction; sources.py validates them
            continue
        if isinstance(matcher, Simple):
            kind, key = matcher.key()
            by[kind].setdefault(key, []).append((index, matcher))
        else:
            others.append((index, matcher, _needed_classes(selector)))
    return by, others, bool(by["class"] or by["id"] or by["attr"]), {}


def _needed_classes(selector: str) -> frozenset[str]:
    """Class names some element must have for the selector to match anything: those of a selector of compounds and
    combinators alone (cssselect reads a class as a token of the attribute split on XML's whitespace, which str.split
    splits on too); none of another (a list, a pseudo-class, a negation)."""
    if re.search(r"[,:()\[\]]", selector):
        return frozenset()
    return frozenset(re.findall(r"\.([\w-]+)", selector))


def _class_pairs(value: str, by_class: dict, memo: dict) -> tuple:
    """The (index, matcher) pairs filed under the class tokens of the attribute value `value`."""
    pairs = memo.get(value)
    if pairs is None:
        tokens = value.split()
        pairs = tuple(pair for token in set(tokens) if token in by_class for pair in by_class[token]) \
            if tokens and not by_class.keys().isdisjoint(tokens) else ()
        if len(memo) >= 20000:  # (bounded: a crawl of many sites meets many class strings)
            memo.clear()
        memo[value] = pairs
    return pairs


def select_many(root: HtmlElement, selectors: list[str]) -> list[list[HtmlElement]]:
    """What each selector matches under `root` (itself included), one list per selector; a bad selector matches nothing."""
    results: list[list[HtmlElement]] = [[] for _ in selectors]
    by, others, walk, memo = _plan(tuple(selectors))
    for tag, pairs in by["tag"].items():
        found = list(root.iter(tag))
        for index, matcher in pairs:
            results[index] = [element for element in found if matcher.within is None or matcher.matches(element, root)]
    by_class, by_id, by_attr = by["class"], by["id"], by["attr"]
    attr_names = by_attr.keys()
    classes = set()  # the page's class attributes, for the XPath selectors' needed classes
    # (a walk in Python, each element's attribute names asked once: an XPath walk testing seven attributes of every
    # element cost three times as much)
    for element in root.iter(etree.Element) if walk else ():
        keys = element.keys()
        if not keys:
            continue
        value = class_of(element)
        if value:
            classes.add(value)
            hits = _class_pairs(value, by_class, memo)
        else:
            hits = ()
        ident = id_of(element)
        if ident is not None and ident in by_id:
            hits = (*hits, *by_id[ident])
        if attr_names and not attr_names.isdisjoint(keys):
            for name in by_attr:
                if element.get(name) is not None:
                    hits = (*hits, *by_attr[name])
        for index, matcher in hits:
            if matcher.matches(element, root):
                results[index].append(element)
    tokens = None
    for index, matcher, needed in others:
        if needed and walk:  # (a selector needing a class no element has matches nothing: its XPath walk is not run)
            tokens = {token for value in classes for token in value.split()} if tokens is None else tokens
            if not needed <= tokens:
                continue
        results[index] = matcher(root)
    return results


def select(root: HtmlElement, selector: str) -> list[HtmlElement]:
    return select_many(root, [selector])[0]
