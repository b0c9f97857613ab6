"""Reading an element's text cheaply, for the rules that read the text of every link or block of a page.

lxml.html's ``text_content()`` is an XPath evaluation (``string()``), many times the cost of reading ``.text``; an
element with no children (most links, many list items) holds nothing but its own text, so for it the two are the
same string (``raw_text``). ``text_of`` is that text with its whitespace collapsed, remembered per element while
``boilerplate.clean_body`` reads a body (``reading``), as are an element's links (``links_of``). ``shown_text`` reads
a headline, caption or label as a reader sees it: ``text_content()`` glues a block child or a line after <br> to its
neighbour ("News" + "Blog Tour" → "NewsBlog Tour"), which breaks every word rule that reads it.
``uncovered`` tells which of a body's blocks left stand at its ends, less those inside a box a rule removed.
"""

from __future__ import annotations

import re
import secrets
from contextlib import contextmanager
from functools import lru_cache, wraps

from lxml import etree
from lxml.html import HtmlElement

# the headings, h1 … h6 (one definition for every rule that asks whether a block is one)
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# the blocks that are never a line of text (headings, lists, tables, quotations, code, figures): the line rules skip them
NOT_LINES = HEADING_TAGS | frozenset(("ul", "ol", "dl", "table", "blockquote", "pre", "figure"))
# the elements a reader sees apart from their neighbours: blocks start a line, cells a column, <br> and <hr> a break
APART_TAGS = NOT_LINES | frozenset((
    "p", "div", "li", "dt", "dd", "tr", "td", "th", "caption", "figcaption", "header", "footer", "section", "article",
    "aside", "nav", "main", "address", "details", "summary", "hgroup", "br", "hr", "img", "option", "legend"))


def raw_text(element: HtmlElement) -> str:
    """``element.text_content()``: the text of the element and everything inside it, as written."""
    return (element.text or "") if not len(element) and isinstance(element.tag, str) else element.text_content()


def shown_text(element: HtmlElement) -> str:
    """The element's text as a reader sees it, whitespace collapsed: block children, cells and the lines around a
    <br> apart; inline runs (links, spans, <b>Har</b>ry) joined as written. Comments and scripts are not read."""
    if not len(element):
        return " ".join((element.text or "").split()) if isinstance(element.tag, str) else ""
    pieces: list[str] = []
    _shown(element, pieces)
    return " ".join("".join(pieces).split())


def _shown(element: HtmlElement, pieces: list[str]) -> None:
    if element.text:
        pieces.append(element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in ("script", "style", "template"):
            if tag in APART_TAGS:
                pieces.append(" ")
                _shown(child, pieces)
                pieces.append(" ")
            else:
                _shown(child, pieces)
        if child.tail:
            pieces.append(child.tail)


def own_texts(element: HtmlElement) -> list[str]:
    """``element.xpath("text()")``: the text nodes directly inside the element (its text, then each child's tail),
    without an XPath evaluation."""
    texts = [element.text] if element.text else []
    texts += [child.tail for child in element if child.tail]
    return texts


# While boilerplate.clean_body reads a body (it removes nothing until every rule has read it), an element's text and
# links do not change: inside ``reading()`` each is read once and remembered, keyed by the element (the key keeps
# lxml's proxy alive, so it stays the same object). Outside, nothing is remembered.
_memo: dict | None = None


@contextmanager
def reading():
    global _memo
    _memo = {}
    try:
        yield
    finally:
        _memo = None


# a picture or a player: an image, a video, a sound, an embedded frame, a drawing, a plug-in's object; the players,
# frames and drawings go with the dead tags before the cleaning, so their parent is marked first (``mark_media``)
_DROPPED_MEDIA = frozenset({"video", "audio", "iframe", "svg", "object", "embed", "canvas"})
MEDIA_MARK = f"data-shelfmark-media-{secrets.token_hex(4)}"  # (named afresh in each process: a page cannot write it)
_MEDIA = etree.XPath("descendant-or-self::*[self::img or self::picture or "
                     + " or ".join(f"self::{tag}" for tag in sorted(_DROPPED_MEDIA)) + f" or @{MEDIA_MARK}][1]")


def mark_media(element: HtmlElement) -> None:
    """Before a dead tag is dropped: a player, a frame or a drawing writes on its parent that it held one."""
    if element.tag in _DROPPED_MEDIA and (parent := element.getparent()) is not None:
        parent.set(MEDIA_MARK, "1")


def blank(block: HtmlElement) -> bool:
    """A block with no text and no picture (nor video, sound, embedded frame or drawing, dropped or not): a divider, an
    empty line ("<p>Join us …</p><hr>": the hr closes nothing); a video or an embed after a line is the post going
    on."""
    return not text_of(block) and not _MEDIA(block)


def text_of(element: HtmlElement) -> str:
    memo = _memo
    if memo is not None:
        found = memo.get(element)
        if found is None:
            found = memo[element] = " ".join(raw_text(element).split())
        return found
    # split() and \s agree on what whitespace is; this is several times faster than re.sub, and called very often
    return " ".join(raw_text(element).split())


def text_length(element: HtmlElement) -> int:
    """``len(text_of(element))``; outside ``reading()`` worked out from the words, not joined into the text (the
    join is most of the cost for a big element: a page's wrapper or sidebar)."""
    if _memo is not None:
        return len(text_of(element))
    words = raw_text(element).split()
    return sum(map(len, words)) + len(words) - 1 if words else 0


def text_longer(element: HtmlElement, limit: int) -> bool:
    """``text_length(element) > limit``; outside ``reading()`` the element's text pieces are read one by one and the
    answer is yes as soon as their own lengths add up past `limit` (each piece's collapsed length is at most what it
    adds to the whole: a page's sidebar or wrapper is not read whole to learn it is longer than a box and 200)."""
    if _memo is not None:
        return len(text_of(element)) > limit
    if not len(element) or not isinstance(element.tag, str):
        return text_length(element) > limit
    total = 0
    for piece in element.itertext():  # (the pieces text_content() joins)
        words = piece.split()
        if words:
            total += sum(map(len, words)) + len(words) - 1
            if total > limit:
                return True
    return text_length(element) > limit


@lru_cache(maxsize=8192)
def any_token(pattern: re.Pattern, value: str | None) -> bool:
    """``any(pattern.search(token) for token in (value or "").split())``: a class attribute's tokens, of which a page
    asks the same few values again and again (each block's boxes, read by several rules): a function of the pattern
    and the string alone, remembered for a while."""
    return any(pattern.search(token) for token in (value or "").split())


def hrefs_in(block: HtmlElement) -> list[HtmlElement]:
    """``block.xpath(".//a[@href]")``: the links inside the block, in document order, found by lxml's own iteration
    (the XPath cost ~8 µs a block, called some fifty times a page)."""
    return [a for a in block.iterdescendants("a") if a.get("href") is not None]


# an address with its scheme ("https:", "mailto:") or its host ("//"): not a page of the site itself
SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:|^//", re.I)


def relative_link(link: HtmlElement) -> bool:
    """The link goes to a page of the site itself: a relative address ("/adherer", "join.html"), not a fragment."""
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith("#") and SCHEME.match(href) is None


def links_of(block: HtmlElement) -> list[HtmlElement]:
    """The block's links (<a href>), remembered while a body is being read."""
    memo = _memo
    if memo is not None:
        key = (block, "links")
        found = memo.get(key)
        if found is None:
            found = memo[key] = hrefs_in(block)
        return found
    return hrefs_in(block)


def per_reading(function):
    """``function`` of a body's elements remembered, by its arguments, while the body is read (``reading()``), as
    ``text_of`` is: a block is asked whether it is typeset apart (promo.set_apart) by a dozen rules. Outside, each
    call reads the element again."""
    name = function.__qualname__

    @wraps(function)
    def remembered(*args):
        memo = _memo
        if memo is None:
            return function(*args)
        key = (name, *args)
        found = memo.get(key, _UNREAD)
        if found is _UNREAD:
            found = memo[key] = function(*args)
        return found

    return remembered


# While extract_page reads a page before cleaning it (from its parse to the comment boxes' removal: scraper.extract),
# no rule changes an element's class or id (drops take whole elements; mark_controls sets attributes of its own), and
# some eight walks of every element read them: each is read once from lxml (~0.3 µs a read, libxml2's look-up of the
# attribute and a new string) and remembered, keyed by the element (the key keeps lxml's proxy alive). Outside, and
# after ``forget_attributes()``, nothing is remembered.
_classes: dict | None = None
_ids: dict | None = None
_rows: tuple | None = None
_UNREAD = object()


def keep_attributes(root: HtmlElement | None = None) -> None:
    """Remember classes and ids from now on (a new page: what was remembered is dropped); with `root`, read every
    node's at once, in document order, for the walks of the whole page before anything is removed (``rows``)."""
    global _classes, _ids, _rows
    if root is None:
        _classes, _ids, _rows = {}, {}, None
        return
    rows = [(node, node.get("class"), node.get("id")) for node in root.iter()]
    _classes, _ids = {node: cls for node, cls, _ in rows}, {node: ident for node, _, ident in rows}
    _rows = (root, rows)


def forget_attributes() -> None:
    global _classes, _ids, _rows
    _classes = _ids = _rows = None


def rows(root: HtmlElement) -> list[tuple] | None:
    """(node, class, id) of every node of ``root.iter()``, in document order, while the page read by
    ``keep_attributes(root)`` is whole (until ``page_changes()``); None for another tree or after."""
    return _rows[1] if _rows is not None and _rows[0] is root else None


def page_changes() -> None:
    """From here on nodes go (the page's cleaning): ``rows`` gives no more; classes and ids are still remembered."""
    global _rows
    _rows = None


def class_of(element: HtmlElement) -> str | None:
    """``element.get("class")``."""
    memo = _classes
    if memo is None:
        return element.get("class")
    found = memo.get(element, _UNREAD)
    if found is _UNREAD:
        found = memo[element] = element.get("class")
    return found


def class_words(element: HtmlElement) -> set[str]:
    """The words of ``element``'s class attribute, as a set."""
    return set((element.get("class") or "").split())


def id_of(element: HtmlElement) -> str | None:
    """``element.get("id")``."""
    memo = _ids
    if memo is None:
        return element.get("id")
    found = memo.get(element, _UNREAD)
    if found is _UNREAD:
        found = memo[element] = element.get("id")
    return found


# a site-wide box, not the post's: a sidebar's or a widget's (by its tag or a class token: "sidebar-left", "widget",
# "widget_tag_cloud", "hot-widget"), or a header or footer outside the post (the site's masthead with its popular
# tags; an article's own footer holds the post's tags). The walk up stops at the post's own box (<article>, <main>, a
# theme's "post"/"hentry"/"entry" box), which a platform may set in a widget of its own (Blogger's "widget Blog"), and
# never reads <body> ("has-sidebar-right" says what the page holds). A page builder's blocks are no widgets: Elementor
# classes every block of the post "elementor-widget…".
_SIDE_CLASS = re.compile(r"(?:^|\s)(?!elementor-)(?:\S*sidebar\S*|widgets?(?:[-_]\S*)?|\S+[-_]widget)(?=\s|$)", re.I)
_POST_BOX = re.compile(r"(?:^|\s)(?:post|hentry|entry|type-post|single-post)(?=\s|$)", re.I)


# (each tag link's ancestors asked: the same few class strings on every page, their answers remembered)
_post_box, _side_class = lru_cache(maxsize=4096)(_POST_BOX.search), lru_cache(maxsize=4096)(_SIDE_CLASS.search)


def in_side_box(element: HtmlElement) -> bool:
    """The element sits in a site-wide box (sidebar, widget, aside, nav, a header or footer outside the post), not
    inside the post's own box."""
    ancestors = list(element.iterancestors())
    for at, box in enumerate(ancestors):
        tag, classes = box.tag, class_of(box) or ""
        if tag in ("body", "html", "article", "main") or _post_box(classes):
            return False
        if tag in ("aside", "nav") or _side_class(classes):
            return True
        if tag in ("header", "footer") and not any(
                b.tag in ("article", "main") or _post_box(class_of(b) or "") for b in ancestors[at + 1:]):
            return True
    return False


def uncovered(items: list[HtmlElement], live: list[int], drop: dict[int, str], boxes: dict[int, HtmlElement],
              body: HtmlElement) -> list[int]:
    """The blocks left, less those at either end inside a box an earlier rule removed (a share bar's "share · WeChat"
    spans under its first, taken): they do not push the credit rows above them off the edge. (The rules that keep
    their box in the tree, boilerplate.TEXT_ONLY, run after sitelines.mark asks.)"""
    removed = {boxes[k] for k in drop if k in boxes and boxes[k] is not items[k]}
    if not removed:
        return live
    covered = set()
    for order in (live, live[::-1]):
        kept = 0
        for i in order:
            element = items[i].getparent()
            while element is not None and element is not body and element not in removed:
                element = element.getparent()
            if element is not None and element in removed:
                covered.add(i)
            elif (kept := kept + 1) == 6:
                break
    return [i for i in live if i not in covered]
