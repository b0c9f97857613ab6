"""Which links of a page may name a book's author (scraper.extract.bookld.from_author_link), told cheaply.

A page has some 170 links (menus, a sidebar, tag clouds, share bars, comments); ``bookld._linked_name`` and
``bookld._marked_name`` read each one's address, text, classes, neighbours and the text around it, ~4 µs a link
(0.6 ms a page). ``plain_link`` asks the same questions in one pass, each the cheapest way it can be asked, and says
when neither can find a name (both would give ``(None, False)``): most links. The others are read by both, as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

from .bookinfo import AUTHOR_LABEL
from .nodes import class_of, raw_text

# a link to an author's page in a catalogue or shop ("/authors/ursula-k-le-guin", "/author/show/123.Jane_Doe",
# "/autores/julio-ramos"); a blog's own "/author/<login>/" archive of its writers is not one (singular, no "show")
AUTHOR_PAGE = re.compile(
    r"/(?:authors|author/show|autor(?:es|en)|auteurs|writers|escritores|schrijvers|forfattere|f[öo]rfattare|kirjailijat|авторы|autori)/"
    r"(?:\d+[.\-_]?)?(?P<slug>[^/?#]+?)(?:[\-_]\d+)?/?(?:[?#].*)?$", re.I)  # an id before or after ("/autori/jan-novak-26")

# a catalogue's author page filed by the name family name first ("/author/doejane" for "Jane Doe", as a social
# cataloguing site files its authors); a blog's "/author/<login>/" is read so only when the login is that inverted name
# (bookld._linked_name)
FILED_AUTHOR = re.compile(r"/author/(?P<slug>[^/?#.]{4,60})/?(?:[?#].*)?$", re.I)

# a catalogue's or a shop's search by author: "?author=herling-grudzinski+gustaw", "?q=au:Jansson", "author:Paasilinna"
AUTHOR_QUERY = re.compile(r"[?&;:](?:authors?|autor(?:es|en)?|auteurs?|autori|autore|au|writers?)[=:]([^&#]+)", re.I)

AUTHOR_PATH = re.compile(r"/(?:authors?|autor(?:es|en|i)?|auteurs?|writers?|escritores)(?:\.\w{2,4})?/?\?", re.I)

# a shop's role after the name: "<a>Name</a> (지은이)", "(著)", "(Autor)"
AUTHOR_AFTER = re.compile(rf"\s*[(（]\s*(?:{AUTHOR_LABEL}|지은이|글|著|作)\s*[)）]", re.I)
# or a role word bare after the name, as CJK shops write it: "<a>Name</a> 저자(글)", "<a>Name</a> 著"
ROLE_AFTER = re.compile(r"\s*(?:저자|지은이|著|作)(?:\s*[(（][^)）]{0,6}[)）])?\s*(?:$|[·,/|])")
# a label cell or element before the value: "<th>Author</th>", "<span>Autor:</span>"
LABEL_CELL = re.compile(rf"\s*(?:{AUTHOR_LABEL})\s*[:：]?\s*", re.I)


class _Remembered:
    """`pattern` whose ``fullmatch`` of a text is remembered: LABEL_CELL's long case-insensitive alternation is tried
    branch by branch on each text beside a link (~4 µs; a tag cloud's words, ~75 a page, 0.3 ms), and a site's menus,
    sidebars and tag clouds give the same texts on every page. The same match as the pattern's."""

    __slots__ = ("fullmatch", "pattern", "flags")

    def __init__(self, pattern: re.Pattern) -> None:
        self.fullmatch = lru_cache(maxsize=4096)(pattern.fullmatch)
        self.pattern, self.flags = pattern.pattern, pattern.flags


LABEL_CELL = _Remembered(LABEL_CELL)
# what a role after the name opens with: a bracket ("(著)", "(Autor)") or a CJK role word ("저자", "지은이", "著", "作")
ROLE_OPENINGS = frozenset("(（저지著作")


@lru_cache(maxsize=8192)  # (a site's menus and sidebars link to the same addresses on every page)
def author_page(href: str) -> re.Match | None:
    return AUTHOR_PAGE.search(href)


@lru_cache(maxsize=8192)
def _author_href(href: str) -> bool:
    """The address is an author's page, a search by author, or an author page taking a parameter."""
    return bool(author_page(href) or AUTHOR_QUERY.search(href) or AUTHOR_PATH.search(href) or FILED_AUTHOR.search(href))


def plain_link(link: HtmlElement) -> bool:
    """Neither ``_linked_name`` nor ``_marked_name`` can read a name from the link (an <a>): its address is no
    author's, its text holds no inverted name (no comma or semicolon), and no author class, label before it, role after
    it or label cell beside it marks it; each test the opening condition of one of their readings, asked alike."""
    if _author_href(link.get("href") or ""):
        return False
    raw = raw_text(link)
    if "," in raw or ";" in raw:
        return False
    parent = link.getparent()
    if parent is None:  # (_marked_name is asked only of a link with a parent)
        return True
    classes = f"{class_of(link) or ''} {class_of(parent) or ''}"
    if "aut" in classes or "writ" in classes.lower():
        return False
    previous = link.getprevious()
    before = (parent.text if previous is None else previous.tail) or ""
    if ":" in before or "：" in before:
        return False
    tail = link.tail or ""
    if tail.strip():
        if tail.lstrip()[:1] in ROLE_OPENINGS and (AUTHOR_AFTER.match(tail) or ROLE_AFTER.match(tail)):  # ("(12)": a count)
            return False
    elif (after := link.getnext()) is not None:
        text = after.text
        if text and text.strip():
            if text.lstrip()[:1] in ROLE_OPENINGS:
                return False
        elif len(after) or not isinstance(after.tag, str):  # (its whole text would be read: asked by _marked_name)
            return False
    cell = previous if previous is not None and not (previous.tail or "").strip() else \
        parent.getprevious() if previous is None and not (parent.text or "").strip() else None
    return not (cell is not None and len(cell) == 0 and LABEL_CELL.fullmatch(cell.text or ""))


def unspaced_name(text: str) -> bool:
    """A name as Korean and Chinese write it, two to five Hangul syllables or Han characters with no space ("은희경",
    "莫言", "余華"): one word, which the word-by-word readings of a name take for too short to be one."""
    return 2 <= len(text) <= 5 and all("\uac00" <= ch <= "\ud7a3" or "\u4e00" <= ch <= "\u9fff" for ch in text)
