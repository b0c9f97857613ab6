"""A pointer to another post of the site closing the post: after the review's last paragraph, a short line that is a
lead ending in a colon and then one link to an article of the site's own, nothing after it.

``spliced.related_link`` reads such a line between two paragraphs of the review, where its lead must be short and
its link most of the line (a review's sentence may hold a link to an older post). After the review, among the lines
the site adds there (the record, the asks, the tags), the shape is the blog naming itself: "An earlier post from this
shelf: <a>Szerb and travel</a>", "Also on the blog: <a>…</a>", in any language, whatever the lead's words. Its shape:

- after the review's last paragraph (nothing of 20 words or more after it) and not the post's first line;
- short (25 words at most), not a heading, quotation, list or table, no score;
- a lead of three to eight words ending in a colon (not a record's field label, "Series:", nor a footnote's mark),
  then exactly one link, its text all the rest of the line (a closing stop or arrow allowed);
- the link goes to an article of the site's own (a dated or numbered address: ``spliced.ARTICLE_PATH``), not the
  page itself, or to one of the site's reading shelves (Micro.blog's "/bookshelves/<shelf>/": "Also on my bookshelf:
  <a>Currently reading</a>", the platform's line under a post about a book);
- the lead owns nothing in the third person: "Listen to her earlier stories too: <a>T</a>" is the reviewer sending
  the reader to the author's other books (which the site has reviewed), not the site pointing at a post.

A link to another site (the publisher's page, a shop, the author's site) is a citation and stays; so does a line whose
link is followed by words of its own, or one standing between the review's paragraphs (``spliced`` judges those).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .book import BY
from .nodes import HEADING_TAGS, hrefs_in, text_of
from .promo import same_site
from .readeraside import THEIRS
from .rating import has_score
from .spliced import PROSE, ARTICLE_PATH
from .words import count_words

RULE = "related link"
_BLOCKED = ("ul", "ol", "dl", "table", "blockquote", "figure", "pre")
_THIRD_PERSON = re.compile(rf"(?<!\w)(?:{THEIRS.pattern})(?!\w)", re.I)
_SHELF_PATH = re.compile(r"^/bookshelves/[^/]+/?$")  # (Micro.blog's reading shelves)
# (… its link named for the shelf, not for a book, "T by A": the review's own line of its book, linked to the shelf it is on)
_BOOK_RECORD = re.compile(rf"\S\s+{BY}\s+[^\W\d_]")
_NOTE_MARK = re.compile(r"^(?:[\[(]\d{1,3}[\])]|\d{1,3}[.)]\s|[*†‡§¹²³⁴⁵⁶⁷⁸⁹])")


def tail_pointer(block: HtmlElement, host: str) -> bool:
    """A short 'lead: <link to another article of the site>' line (module docstring)."""
    if block.tag in HEADING_TAGS or block.tag in _BLOCKED:
        return False
    text = text_of(block)
    links = hrefs_in(block)
    if len(links) != 1 or count_words(text) > 25 or has_score(text):
        return False
    href, linked = links[0].get("href", ""), text_of(links[0]).strip()
    at = text.rfind(linked) if linked else -1
    if at <= 0 or text[at + len(linked):].strip(" .…»›→"):
        return False
    lead = text[:at].strip()
    # (a lead of one or two words is a field's label, the record's "Series: <a>", "Translated by: <a>"; a footnote's
    # mark opens a note of the review's own: "[2] On the foghorns, see my essay: <a>")
    if not lead.endswith((":", "：")) or not 3 <= count_words(lead) <= 8 or _NOTE_MARK.match(lead):
        return False
    if _THIRD_PERSON.search(lead):
        return False  # (the author's other books, recommended: module docstring)
    path = urlsplit(href).path
    shelf = bool(_SHELF_PATH.match(path)) and not _BOOK_RECORD.search(linked)
    return bool(host) and same_site(href, host) and (bool(ARTICLE_PATH.search(path)) or shelf)


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement], host: str) -> None:
    """Mark each pointer to another post of the site after the review's last paragraph."""
    left = [i for i, block in enumerate(items) if i not in drop and text_of(block)]
    prose = [i for i in left if items[i].tag not in HEADING_TAGS and count_words(text_of(items[i])) >= PROSE]
    if not prose:
        return
    for i in left:
        if i > prose[-1] and tail_pointer(items[i], host):
            drop[i], boxes[i] = RULE, items[i]
