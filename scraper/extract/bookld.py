"""The reviewed book from schema.org data the page declares: JSON-LD, microdata and RDFa.

JSON-LD: a ``Review`` whose ``itemReviewed`` is a ``Book`` or ``Audiobook`` (or a ``CreativeWork``/``Product``, as review plugins
write it, or an untyped item with an author), else a lone ``Book``. Types may be written in full
("http://schema.org/Book", "schema:Book"), and ``itemReviewed`` may be a list (its first book counts).
Microdata and RDFa: the first element typed ``Book`` with a ``name`` and an ``author`` inside it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote

from lxml import etree
from lxml.html import HtmlElement

from .book import REVIEW_PREFIX, REVIEW_SUFFIX, Book, clean_title, is_name
from .bookheadline import from_title
from .bookcaselessname import caseless_name
from .bookshoprow import labelled_row, product_author, shop_record  # (bookproducthead's, and a product box's rows)
from .bookremark import bare_title
from .booktitles import cjk_name
from .bookinfo import AUTHOR_LABEL, drop_remarks
from .bookrecord import DATE, LIFE_DATES, head_title, plain_between, record_title, slug_key, patronymic_order, record_name, shop_title
from .nodes import class_of, raw_text, rows, shown_text
from .bookldlinks import (unspaced_name, AUTHOR_AFTER, AUTHOR_PAGE, FILED_AUTHOR, AUTHOR_PATH, AUTHOR_QUERY, LABEL_CELL, ROLE_AFTER, ROLE_OPENINGS,  # noqa: F401
                          author_page, plain_link)
from .worddates import byline_dated
from .bookldcredit import credited as _credited


def _names(value) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def _types(item: dict) -> set[str]:
    t = item.get("@type")
    return {re.sub(r"^.*[/:#]", "", str(x)) for x in (t if isinstance(t, list) else [t]) if x} if t else set()


def from_jsonld(items: list[dict]) -> tuple[Book | None, dict | None]:
    """The reviewed book (and the Review object) from schema.org JSON-LD items."""
    for item in items:
        if "Review" not in _types(item):
            continue
        reviewed = item.get("itemReviewed")
        for candidate in reviewed if isinstance(reviewed, list) else [reviewed]:
            if not isinstance(candidate, dict) or not _names(candidate):
                continue
            if _types(candidate) & {"Book", "Audiobook", "CreativeWork", "Product"} or (not _types(candidate) and candidate.get("author")):
                return _book_from_ld(candidate), item
    for item in items:
        if _types(item) & {"Book", "Audiobook"} and _names(item):  # (schema.org's Audiobook is a Book)
            return _book_from_ld(item), None
    return None, None


def _book_from_ld(item: dict) -> Book:
    year = None
    for key in ("datePublished", "copyrightYear"):
        match = re.search(r"\d{4}", str(item.get(key) or ""))
        if match:
            year = int(match.group(0))
            break
    title, author = clean_title(_names(item) or ""), _names(item.get("author"))
    named = None if author else from_title(title)  # review plugins name a Product "Title by Author"
    if named and named.author:
        title, author = named.title, named.author
    return Book(title, author, year, _names(item.get("publisher")), source="jsonld")


def _book_items(tree: HtmlElement) -> list[HtmlElement]:
    """The page's elements typed as a schema.org Book, in document order: ``//*[@itemtype or @typeof]
    [contains(@itemtype,'schema.org/Book') or contains(concat(' ', @typeof, ' '), ' Book ') or contains(@typeof,
    ':Book')]``, read in one walk (the XPath cost twice as much)."""
    items = []
    for element in tree.getroottree().getroot().iter(etree.Element):
        itemtype, typeof = element.get("itemtype"), element.get("typeof")
        if (itemtype is not None and "schema.org/Book" in itemtype) or \
                (typeof is not None and (" Book " in f" {typeof} " or ":Book" in typeof)):
            items.append(element)
    return items


def from_microdata(tree: HtmlElement) -> Book | None:
    """A schema.org ``Book`` in microdata (``itemtype``) or RDFa (``typeof``), with its name and author."""
    for item in _book_items(tree):
        prop = "itemprop" if item.get("itemscope") is not None else "property"
        name = item.xpath(f".//*[@{prop}='name' or @{prop}='schema:name'][not(ancestor::*[@{prop}='author' or @{prop}='schema:author'])]")
        author = item.xpath(f".//*[@{prop}='author' or @{prop}='schema:author']")
        if not name:
            continue
        author_text = None
        if author:
            inner = author[0].xpath(f".//*[@{prop}='name' or @{prop}='schema:name']")
            node = inner[0] if inner else author[0]
            author_text = (node.get("content") or node.text_content()).strip() or None
        title = clean_title(name[0].get("content") or name[0].text_content())
        if title:
            return Book(title, author_text, source="details")
    return None


# a book card's parts as themes and catalogues class them: "book-title", "book__author", "bookTitle", "book-name"
_CARD_PART, _BOK = "contains(translate(@class,'BOK','bok'),'book')", str.maketrans("BOK", "bok")  # (narrowed by `_classed`; the same in Python)


@lru_cache(maxsize=8192)  # (per class string: a theme repeats a few dozen on every page)
def _book_class(classes: str | None) -> bool:
    return bool(classes) and "book" in classes.translate(_BOK)
# a card's title part: "title", "name", or the short "tit"/"ttl" Korean and Japanese themes write ("book_tit")
_TITLE = "title|name|tit|ttl"
# the page's chrome: a book card or an author link in it is not the review's
_CHROME_TAGS = ("nav", "aside", "footer")
_CHROME_CLASSES = ("related", "sidebar", "widget", "comment", "recommend")
_CARD_CHROME = " or ".join([f"ancestor::{tag}" for tag in _CHROME_TAGS]
                           + ["ancestor::*[" + " or ".join(f"contains(@class,'{c}')" for c in _CHROME_CLASSES) + "]"])


def _in_chrome(element: HtmlElement) -> bool:
    """``_CARD_CHROME`` read in Python."""
    return any(a.tag in _CHROME_TAGS or any(c in (a.get("class") or "") for c in _CHROME_CLASSES) for a in element.iterancestors())


def _classed(el, part: str) -> str | None:
    """The namespace of a "book-<part>" class ("book-title": "", "lt-book-title": "lt-"), None for none ("facebook-name") or a place's word or a link around it (a post's "prev-book-title")."""
    match = re.search(rf"(?:^|\s)([a-z]{{1,4}}-)?book[-_]{{0,2}}(?:{part})(?:$|\s|[-_])", el.get("class") or "", re.I)
    place = match and (match.group(1) or "")[:-1].lower()  # ("" unspaced)
    return None if not match or place and (place in ("prev", "next", "rel", "top", "new", "more", "last", "old", "alt") or el.xpath("ancestor::a[@href][not(starts-with(@href,'#'))]")) else place and place + "-"


# a BEM element of a book's block, its title: "c-book-card__title", "book-header__title", "lenta-card__book-title";
# its author is the same block's element ("c-book-card__author"), a class other blocks on the page do not share
_BEM_TITLE = re.compile(r"(?:^|\s)(?P<block>[a-z][\w-]*?)__(?P<elem>[a-z-]*?)(?:title|name)(?=$|\s)", re.I)
_BOOK_WORD = re.compile(r"(?:^|[-_])book(?:$|[-_])", re.I)  # "c-book-card", "book-", not "facebook"
_BEM_AUTHOR = etree.XPath(".//*[contains(concat(' ', @class, ' '), $c) or contains(concat(' ', @class, ' '), $cs)]")


# a CSS module's class as React/Next.js build it, a component named for a book ("BookCard_title", "BookCard_title__x7Yz2")
_MODULE_TITLE = re.compile(r"(?:^|\s)(?P<block>[A-Z][A-Za-z0-9]*)_(?:[a-z][A-Za-z]*)?(?:title|name|Title|Name)(?:__[\w-]+)?(?=$|\s)"); _MODULE_BOOK = re.compile(r"Book(?![a-z])")


def _bem_block(el) -> str | None:
    """The prefix of a BEM title class that names a book in its block or element ("c-book-card__", "lenta-card__"),
    or of a CSS module's ("BookCard_")."""
    for match in _BEM_TITLE.finditer(el.get("class") or ""):
        if _BOOK_WORD.search(f"{match.group('block')}-{match.group('elem')}"):
            return match.group("block") + "__"
    for match in _MODULE_TITLE.finditer(el.get("class") or ""):
        if _MODULE_BOOK.search(match.group("block")):
            return match.group("block") + "_"
    return None


def from_card(tree: HtmlElement) -> Book | None:
    """The one book card on the page outside its chrome: an element classed as the book's title and one classed as
    its author within the same card ("<h2 class='book-title'>T</h2><a class='book-author'>A</a>"). Several cards
    are a list (related books, a shelf): no telling which is reviewed."""
    # //*[_CARD_PART][not(_CARD_CHROME)], read in one walk (XPath's translate() on every element cost more)
    root = tree.getroottree().getroot()
    found = rows(root)  # (every node's class, read once for the page's walks: nodes.rows)
    parts = [el for el, cls, _ in found if _book_class(cls) and isinstance(el.tag, str)] if found is not None else \
        [el for el in root.iter(etree.Element) if _book_class(class_of(el))]
    titles = [t for t in parts if not _in_chrome(t)
              and _classed(t, _TITLE) is not None
              and not any(_classed(a, _TITLE) is not None for a in t.iterancestors())]
    if not titles:
        return _bem_card(parts)
    if len({shown_text(t) for t in titles}) != 1:
        return None
    card, prefix = titles[0].getparent(), _classed(titles[0], _TITLE)
    for _ in range(3):  # the author sits beside the title, at most a few levels up
        if card is None:
            return None
        authors = [a for a in card.xpath(f".//*[{_CARD_PART}]") if _classed(a, "author") == prefix and not any(_classed(d, "author") is not None for d in a.iterdescendants())]
        if authors:
            title = clean_title(shown_text(titles[0]))
            author = re.sub(r"^(?:by|de|von|di|par|por|door|av)\s+", "", re.sub(r"\s+", " ", authors[0].text_content()).strip(), flags=re.I)
            author = _LABEL.sub("", author)  # the card's own label before the name ("Author: A", "تأليف: A", "著者：A")
            author = _credited(author)  # "A 著 ／ B 訳": the author, without the translator
            author = cjk_name(author) or author  # "村上 春樹": a kanji name's space is layout (booktitles.cjk_name)
            if re.search(r"\d", re.sub(r"\s*[(（\[][^)）\]]*[)）\]]", "", author)):
                return None  # "by ploy.reads · 42 episodes": a serial's or a shelf's counts, no book's author
            return Book(bare_title(title, tree), author, source="details") if title and author and len(author) <= 80 else None
        card = card.getparent()
    return None


def _bem_card(parts: list[HtmlElement]) -> Book | None:
    """The one book block outside the chrome whose title and author are elements of the same BEM block
    ("<h2 class='c-book-card__title'>T</h2><p class='c-book-card__author'>A</p>")."""
    found = set()
    for title in parts:
        block = _bem_block(title)
        if not block or _in_chrome(title):
            continue
        box = title.getparent()
        for _ in range(3):
            if box is None:
                break
            authors = _BEM_AUTHOR(box, c=f" {block}author ", cs=f" {block}authors " if block.endswith("__") else f" {block}author__")
            if authors:
                text = clean_title(shown_text(title))
                author = _credited(re.sub(r"\s+", " ", authors[0].text_content()).strip())  # ("김초엽 지음": the role after the name)
                if text and author and len(author) <= 80:
                    found.add((text, author))
                break
            box = box.getparent()
    return Book(*found.pop(), source="details") if len(found) == 1 else None


_BYLINE = ("ancestor-or-self::*[@rel='author' or contains(@class,'byline') or contains(@class,'entry-meta') or "
           "contains(@class,'post-meta') or contains(@class,'vcard')]")


def _author_query(href: str, text: str) -> bool:
    """The link searches the catalogue for the author its text names: the same words, in any order."""
    query = AUTHOR_QUERY.search(unquote(href).replace("+", " "))
    words = lambda value: sorted(k for k in (slug_key(w) for w in re.split(r"[\s,;\-_.]+", value)) if k)  # noqa: E731
    # or an author page that takes the name as any parameter: "/author/?name=Jane+Doe", "/autores.php?nombre=…"
    values = re.findall(r"[?&;]\w+=([^&#]+)", unquote(href).replace("+", " ")) if AUTHOR_PATH.search(href) else []
    values += [query.group(1)] if query else []
    # (or one word in a script that writes a name unspaced, Hangul or Han, the search's value that very word: "?author=은희경")
    return bool(text) and (len(words(text)) >= 2 and any(words(v) == words(text) for v in values)
                           or unspaced_name(text) and any(v.strip() == text for v in values))


def _linked_name(link: HtmlElement) -> tuple[str | None, bool]:
    """The author a link names: its page is named after its text ("/authors/jane-doe"), or a library catalogue's
    author link (classed so, or a search for the name) gives the name inverted ("Gaiman, Nora" → "Nora Gaiman"); and
    whether that is a book record's (the name inverted with a comma, or the link searching the catalogue for it)."""
    href = link.get("href") or ""
    match = author_page(href)
    raw = raw_text(link)
    # (the family name its last words, one or more: "García Velasco", "van der Meer", "Le Clair", rev-formats39a)
    if not match and (filed := FILED_AUTHOR.search(href)) and 2 <= len(words := raw.split()) <= 5 \
            and slug_key(filed.group("slug")) in {slug_key(" ".join(words[i:] + words[:i])) for i in range(1, len(words))}:
        match = filed  # (bookldlinks)
    if not match and "," not in raw and ";" not in raw and not AUTHOR_QUERY.search(href) \
            and not AUTHOR_PATH.search(href):  # no author page, search or inverted name
        return None, False
    text = re.sub(r"\s+", " ", raw).strip()
    queried = _author_query(href, text)
    if match and text and (slug_key(match.group("slug")) == slug_key(text) or match.re is FILED_AUTHOR) or queried:
        return text, "," in raw or queried
    text = LIFE_DATES.sub("", text)  # a catalogue's heading form: "Steinbeck, John, 1902-1968"
    inverted = re.fullmatch(r"([^,;]{2,40})[,;]\s*([^,;]{2,40}?)\.?", text)
    classed = "author" in ((link.get("class") or "") + " " + (link.getparent().get("class") or "")).lower()
    if inverted and (classed or slug_key(text) in slug_key(unquote(href))):
        name = record_name(text)  # (its inverted form read in order)
        return (name, "," in raw or _author_query(href, name)) if is_name(name) else (None, False)
    return None, False


# a catalogue's or a shop's book header marks its author link by a class or a label: "<span class='author'><a>…",
# "Auteur: <a>…</a>" (a bare "by" is any product's maker's: "Kettle Pro by <a>Acme Home</a>")
_AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:author|autor|auteur|writer)s?(?:$|[\s_-]|(?-i:[A-Z]))", re.I)  # ("autorProdus")
_AUTHOR_BEFORE = re.compile(rf"(?:{AUTHOR_LABEL})\s*[:：]\s*$", re.I)
# (a shop's role after the name, AUTHOR_AFTER and ROLE_AFTER, and a label cell, LABEL_CELL: bookldlinks)


def _marked_name(link: HtmlElement) -> tuple[str | None, bool]:
    """The name of a link that a class ("author") or a label before it ("Autor:", "by") marks as the author's, and
    whether a book record marks it so: a label ("Autor:", a row's label cell) or a role after it ("(著)", "저자"), not
    a class alone (a blog theme's byline is classed "author" too)."""
    parent = link.getparent()
    classes = f"{link.get('class') or ''} {parent.get('class') or ''}"
    before = (parent.text if link.getprevious() is None else link.getprevious().tail) or ""
    tail = link.tail or ""
    labelled = ("：" in before or ":" in before) and bool(_AUTHOR_BEFORE.search(before))
    after = link.getnext() if not tail.strip() else None  # (the role in an element of its own: "<a>…</a> <span>(著)</span>")
    # a role opens with a bracket or a role word (AUTHOR_AFTER, ROLE_AFTER): the element's text is read whole only
    # when its first letter may open one (a blog's links are followed by other links, whose text_content is an XPath)
    role = tail if tail.strip() or after is None else (after.text if (after.text or "").strip() else None)
    if role is None or role is not tail and role.lstrip()[:1] in ROLE_OPENINGS:
        role = after.text_content()
    roled = role.lstrip().startswith(("(", "（")) and bool(AUTHOR_AFTER.match(role)) or bool(ROLE_AFTER.match(role))
    # a row of label and value cells: "<th>Author</th><td><a>…</a></td>", "<div class=label>Autor</div><div><a>…", or a
    # label element just before the link ("<span class=label>Autor:</span> <a>…")
    label = link.getprevious() if link.getprevious() is not None and not (link.getprevious().tail or "").strip() else None
    cell = label if label is not None else parent.getprevious() if link.getprevious() is None and not (parent.text or "").strip() else None
    celled = cell is not None and len(cell) == 0 and bool(LABEL_CELL.fullmatch(cell.text or "")) \
        and (cell is not label or bool(re.search(r"[:：]\s*$", cell.text or "")))  # (an inline label has its colon: "yazar <a>" is a byline)
    if not (("aut" in classes or "writ" in classes.lower()) and _AUTHOR_CLASS.search(classes) or labelled or roled or celled):
        return None, False
    text = re.sub(r"\s+", " ", link.text_content()).strip()
    # (a class alone may mark a blog's byline: only a patronymic's place says a catalogue's order there)
    text = record_name(text) if labelled or roled or celled else patronymic_order(text)
    return (text if is_name(text) else caseless_name(text)), labelled or roled or celled


# a catalogue's link to a book's own page, named after its title ("/books/the-salt-ledger", "/book/show/12.T")
_BOOK_PAGE = re.compile(r"/(?:books?(?:/show)?|livros?|libros?|libri|livres?|boeken|boek|buecher|kitap)/(?:\d+[.\-_]?)?(?P<slug>[^/?#]+)/?(?:[?#].*)?$", re.I)


def _book_page_links(box: HtmlElement, author_link: HtmlElement) -> list[HtmlElement]:
    """The title of a box without a heading: its one link (however many times repeated, as a cover and a name) to
    a book page named after the link's text."""
    found = {}
    for a in box.iter("a"):
        match = a is not author_link and _BOOK_PAGE.search(a.get("href") or "")
        text = match and re.sub(r"\s+", " ", a.text_content()).strip()
        if text and slug_key(match.group("slug")) == slug_key(text):
            found.setdefault(text, a)
    return list(found.values())


def _classed_titles(box: HtmlElement, author_link: HtmlElement) -> list[HtmlElement]:
    """A shop header's title without a heading: the one link in the box classed as a title ("prod_title")."""
    ancestors = set(author_link.iterancestors())
    return [a for a in box.iter("a") if a not in ancestors and a is not author_link
            and re.search(r"title", a.get("class") or "", re.I)][:2]


def _name_holders(tree: HtmlElement):
    """The page's links, and each plain value a label element just before it marks as the author's ("<span>Tác giả:</span>
    <span>Name</span>", "<dt>Autor:</dt><dd>Name</dd>"): a shop's header that does not link its author."""
    for element in tree.iter(etree.Element):
        if element.tag == "a":
            yield element
        elif len(element) == 0 and element.tag in _VALUE_TAGS and (element.text or "").strip() and len(element.text) <= 60:
            label = element.getprevious()
            if label is not None and len(label) == 0 and not (label.tail or "").strip() \
                    and (":" in (text := label.text or "") or "：" in text) and LABEL_CELL.fullmatch(text) and re.search(r"[:：]\s*$", text):
                yield element


_VALUE_TAGS = frozenset(("span", "dd", "td", "div", "p", "strong", "b"))
_IN_CHROME = etree.XPath(f"boolean({_CARD_CHROME} or {_BYLINE})")
_HEADS = etree.XPath(".//h1 | .//h2 | .//h3 | .//h4")


_LABEL = re.compile(r"^[^\s:：\d][^\s:：\d]{0,20}(?: [^\s:：\d]+)?\s*[:：]\s*(?=\S)")  # (a Thai label's vowel marks too)


def from_author_link(tree: HtmlElement) -> Book | None:
    """The one book whose author a catalogue links to ("<h3>T</h3><a href='/authors/jane-doe'>Jane Doe</a>"): the
    link's page is named after its text (or a catalogue's author link gives the name inverted), and the title is the
    heading in the same small box. Or a book's page, whose h1 is the book's: its header's author link, marked as the
    author's by a class or a label, beside the h1 (no date or time in the box: a post's byline is no book's author)."""
    found: dict[tuple[str, str], bool] = {}
    for link in _name_holders(tree):
        if link.tag == "a" and plain_link(link):  # (most links: neither reading below finds a name in them)
            continue
        name, strong = _linked_name(link) if link.tag == "a" else (None, False)
        header = None
        if not name and link.getparent() is not None:
            header, strong = _marked_name(link)
        name = name or header
        if not name or _IN_CHROME(link):
            continue
        box = link.getparent()
        for level in range(4 if strong else 2):  # the title sits beside the author, a level or two up (a record's rows: four)
            box = box.getparent() if box is not None else None
            heads = _HEADS(box) if box is not None else []
            heads = [h for h in heads if link not in h.iterdescendants()]
            if heads and header and byline_dated(box, link, level < 2):  # a post's byline: "Autor: <a>…</a> · 12. März 2026"
                break
            if heads and (header or level >= 2):
                bylined = header and (len(heads) > 1 or heads[0].tag != "h1" or box.xpath("boolean(.//time)")
                                      or DATE.search(box.text_content()))
                if level >= 2 or bylined and strong:  # a record's header (its rows maybe far below its h1): the one
                    heads = [h for h in heads if h.tag == "h1"]  # h1, before it, no date between them
                    if len(heads) != 1 or not plain_between(box, heads[0], link):
                        break
                elif bylined:
                    break
            heads = heads or _book_page_links(box, link) or (_classed_titles(box, link) if header else [])
            if len(heads) == 1:
                title = head_title(heads[0])
                title = clean_title(REVIEW_SUFFIX.sub("", REVIEW_PREFIX.sub("", title)) or title)  # "Quick review: T"
                title = drop_remarks(title) or title  # "T (30주년 기념 리커버)": an edition's remark
                if strong:  # a record's h1: "T | Author Name", "T (Imprint Bunko)", "T (Hardcover)"
                    title = shop_title(record_title(title, name, raw_text(link)), tree)
                if title and slug_key(name) not in slug_key(title):  # "About Jane Doe" is her box, not a book
                    found[(title, name)] = found.get((title, name), False) or strong
                break
    # a record's author (labelled, with a role, or a catalogue's inverted name) beside the page's h1: the page is the book's
    if len(found) > 1 and sum(found.values()) == 1:  # one a record labels the author's, the rest by a class alone (a row's
        found = {pair: strong for pair, strong in found.items() if strong}  # "author-publisher" box classes its publisher too)
    if len(found) != 1:  # (none: a shop's product page, its h1 and a labelled row's link to its author's page)
        return None if found or not (pair := product_author(tree) or labelled_row(tree)) else Book(bare_title(record_title(pair[0], pair[1], pair[1]), tree), pair[1], source="record")
    (title, name), strong = found.popitem()
    return shop_record(Book(bare_title(title, tree), name, source="record" if strong else "details"), tree)
