"""What a page offers the book rules before its post is cleaned: ``Clues``, gathered by ``page_clues``.

The page's other titles (og:title, <title>), its meta description, keywords and declared writer, a schema.org Book,
a book card, a catalogue's author link or an info box (``bookld``, ``bookcardlocal``, ``bookboldrecord`` …), a page that
declares itself a book's (og:type "book" with ``book:author``: ``_og_book``), the images' alt texts, the figures'
captions, the subtitle right under the h1 (``headline_subtitle``) and the post's label/value pairs (on a page with no
article nor main, a catalogue's record table's: ``_record_table``): all read from the whole tree, since the cleaning
takes several of them out.
``bookbody.find_book`` then reads them with the cleaned post's lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .nodes import in_side_box, own_texts
from .book import Book, Context, letters_of, clean_title, is_name
from .bookcaselessname import caseless_name
from .booklabelfields import field_pairs, has_labels
from .bookinfo import AUTHOR_LABEL, TITLE_LABEL
from .bookaffiliate import affiliate_book
from .bookcardlocal import fact_box, local_card
from .bookboldrecord import bold_record, colon_record, quoted_record
from .bookinverted import inverted_record
from .bookcover import figure_captions
from .bookpagetext import page_pictures, post_lines
from .bookld import from_author_link, from_card, from_microdata


@dataclass
class Clues:
    """Everything on a page that can name the reviewed book, gathered by ``extract_page``."""

    title: str | None = None
    other_titles: list[str] = field(default_factory=list)  # og:title, <title>
    description: str | None = None
    microdata: Book | None = None
    # a heading beside a link to its author's page in a catalogue (``bookld.from_author_link``)
    linked: Book | None = None
    headings: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    body: HtmlElement | None = None
    context: Context = field(default_factory=Context)
    language: str | None = None
    url: str = ""
    labels: list[str] = field(default_factory=list)  # the post's tags, categories and keywords
    # the post's categories alone: the blog's columns and shelves ("Book of the week"), filing many posts, no title
    rubrics: list[str] = field(default_factory=list)
    pictures: list[str] = field(default_factory=list)  # alt texts of the page's images, read before cleaning
    fields: list[tuple[str, str]] = field(default_factory=list)  # label/value pairs in the post, read before cleaning
    declared_writer: str | None = None  # the page's writer as its <meta name="author"> declares
    # figures' (caption, alt texts), read before cleaning
    captioned: list[tuple[str, str]] = field(default_factory=list)
    subtitle: str | None = None  # the heading right under the page's h1, read before cleaning (``headline_subtitle``)


_CLUE_NAMES, _CLUE_PROPERTIES = ("description", "keywords", "author"), ("og:type", "book:author")


def page_clues(tree: HtmlElement) -> Clues:
    """og:title and <title>, the meta description and keywords, schema.org Book microdata and the images' alt texts,
    read before cleaning (``extract_page`` adds the post's title, text and labels)."""
    # ("//meta[@property='og:title']/@content | //title/text()" and "//meta[@name='description' or @name='keywords' or
    # @name='author' or @property='og:type' or @property='book:author']", read in one pass of lxml's iteration)
    titles, metas = [], []
    for element in tree.getroottree().getroot().iter("meta", "title"):
        if element.tag == "title":
            titles += [t.strip() for t in own_texts(element) if t.strip()]
            continue
        if (
            element.get("property") == "og:title"
            and (content := element.get("content")) is not None
            and content.strip()
        ):
            titles.append(content.strip())
        if element.get("name") in _CLUE_NAMES or element.get("property") in _CLUE_PROPERTIES:
            metas.append(element)
    description = next(
        (
            m.get("content").strip()
            for m in metas
            if m.get("name") == "description" and (m.get("content") or "").strip()
        ),
        None,
    )
    keywords = [
        k.strip()
        for m in metas
        if m.get("name") == "keywords"
        for k in (m.get("content") or "").split(",")
        if k.strip()
    ]
    post = next(tree.iter("article"), None)  # the first article in document order is the outermost
    post = post if post is not None else next(tree.iter("main"), None)
    fields = []
    if post is not None and has_labels(post.text_content()):  # most posts have no labelled line: skip the walk
        fields = field_pairs([], post) + field_pairs(post_lines(post), None)
    elif post is None:  # (a catalogue's page of no article nor main: its record's table, "Title | T", "Author | A")
        fields = _record_table(tree)
    # (bookboldrecord: "**T**" / "A · House · 2003"; "A: *T*" / "House, 2026, 278 s.")
    microdata = (
        from_microdata(tree)
        or from_card(tree)
        or _og_book(metas, titles)
        or affiliate_book(tree)
        or local_card(tree)
        or fact_box(tree)
        or bold_record(post, tree.getroottree().getroot())
        or colon_record(post)
        or quoted_record(post)
        or inverted_record(post if post is not None else tree.getroottree().getroot())  # (bookinverted)
    )
    return Clues(
        other_titles=titles,
        description=description,
        microdata=microdata,
        labels=keywords,
        linked=from_author_link(tree),
        pictures=page_pictures(tree),
        fields=fields,
        captioned=figure_captions(tree),
        subtitle=headline_subtitle(tree),
        declared_writer=next(
            (m.get("content").strip() for m in metas if m.get("name") == "author" and (m.get("content") or "").strip()),
            None,
        ),
    )


_HEADED_ROWS = "./tr/th[1][following-sibling::td] | ./tbody/tr/th[1][following-sibling::td]"


def _record_table(tree: HtmlElement) -> list[tuple[str, str]]:
    """The label/value rows of the page's first table whose header cells label both a title and an author, outside the
    site-wide boxes (a sidebar's "Now reading" widget names the blogger's current book on every page)."""
    for table in tree.iter("table"):
        pairs = [(th.text_content().strip().rstrip(":："), th.getnext().text_content().strip())
                 for th in table.xpath(_HEADED_ROWS)]
        if len(pairs) >= 2 and any(re.fullmatch(TITLE_LABEL, label, re.I) for label, _ in pairs) \
                and any(re.fullmatch(AUTHOR_LABEL, label, re.I) for label, _ in pairs) and not in_side_box(table):
            return pairs
    return []


# a site's own masthead, not a post's: the blog's name and tagline in a theme's header ("site-title",
# "site-description", "blog-name", "tagline", "logo", "branding", "masthead")
_MASTHEAD = re.compile(r"site[-_]?(?:title|name|desc|branding|header|logo|tagline)|blog[-_]?(?:name|title|desc)|"
                       r"tagline|slogan|logo|branding|masthead", re.I)


def _masthead(element: HtmlElement) -> bool:
    """The heading is the site's name or tagline: in an <hgroup> (a theme's site header), marked so by its id or class
    or its parent's, or a link to the site's home page alone."""
    parent = element.getparent()
    marks = f"{element.get('id', '')} {element.get('class', '')}"
    if parent is not None:
        if parent.tag == "hgroup":
            return True
        marks += f" {parent.get('id', '')} {parent.get('class', '')}"
    if _MASTHEAD.search(marks):
        return True
    links = element.findall(".//a")  # (the blog's name links to its home page: "/", "https://blog.example/")
    return len(links) == 1 and urlsplit(links[0].get("href") or "x").path in ("", "/") \
        and not urlsplit(links[0].get("href") or "").query


def headline_subtitle(tree: HtmlElement) -> str | None:
    """The subtitle a post's header sets right under its h1 (the next element, a heading of its own: a newsletter's or a
    publishing platform's subtitle, a paper's dek), which the cleaning takes out with the header; None without one.
    The post's h1, not a site's masthead: a theme's header sets the blog's name as an h1 and its tagline under it,
    on every post (``_masthead``)."""
    h1 = next((h for h in tree.iter("h1") if not _masthead(h)), None)
    under = h1.getnext() if h1 is not None else None
    # (or a paragraph its platform classes as the subtitle: Brunch's "cover_sub_title", a theme's "entry-subtitle")
    if under is None or not (under.tag in ("h2", "h3", "h4") or under.tag == "p" and _SUBTITLE_CLASS.search(under.get("class", ""))) \
            or _masthead(under):
        return None
    text = " ".join(under.text_content().split())
    # (Han and Hangul say in ten characters what Latin letters say in twenty)
    return text if (10 if _DENSE.search(text) else 20) <= len(text) <= 300 else None


_SUBTITLE_CLASS = re.compile(r"sub[_-]?title", re.I)
_DENSE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")


def _og_book(metas: list, titles: list[str]) -> Book | None:
    """A page that declares itself a book's (og:type "book") and names its author in ``book:author`` (a name, not the
    profile URL the protocol allows): the og:title is the book's, without a site's name after a bar or dash."""
    content = {m.get("property"): (m.get("content") or "").strip() for m in metas if m.get("property")}
    author = content.get("book:author", "")
    if content.get("og:type", "").lower() != "book" or not titles or not (is_name(author) or caseless_name(author)):
        return None
    title = clean_title(re.split(r"\s+[|–—]\s+|\s+-\s+", titles[0])[0])
    return Book(title, author, source="details") if title and letters_of(title) != letters_of(author) else None
