"""A short label, its colon, and one link to another post: "<label>: <a>Another post's title</a>", in any language.

A blog's editor splices a pointer to an older post between the review's paragraphs, or under its last one, its label
in the blog's language ("Read also:", "Lue myös:"); ``edges`` and ``readalsoline`` read the labels they know. Where
the label is one the tables lack, the line's shape still says what it is:

- a line of its own (not a heading, list, quotation or table), not the post's first, no score;
- a label of one or two words closing on a colon, nothing before it but the label;
- then exactly one link holding all the rest of the line (a closing stop allowed): an anchor leading nowhere (no
  address: a script's click handler, or lost when the post was copied; no name or id, which is a place the page jumps
  to) or one to an article of the site's own (a dated or numbered address, ``spliced.ARTICLE_PATH``);
- the link's text is a post's title, not a name: four words or more (not "Translated by: <a>Ana Lee</a>"), and, in a
  script with capitals, at least one word of four letters or more in lower case ("Series: <a>The House of the Lake</a>"
  and "Publisher: <a>Harbour Light Books</a>" are a record's values, written in capitals);
- no sentence goes on after the title;
- not one of a run of field lines: the lines before and after it are not short "label: value" lines (a score line
  is the rating, not a field of the run);
- spliced under the review's prose, not under its rating line: what follows the score is the post's record ("Rating:
  4/5" over "Series: <a>The ward trilogy, book two</a>"), a pointer there is ``tailpointer``'s to judge by its link.

A label of three words or more is ``tailpointer``'s and ``spliced``'s to judge; a link to another site (a shop, the
publisher, the author's page) is a citation and stays; a link over part of a sentence is the reviewer's.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .nodes import HEADING_TAGS, text_of
from .promo import same_site
from .rating import has_score
from .spliced import ARTICLE_PATH
from .words import count_words

RULE = "related link"
_BLOCKED = HEADING_TAGS | {"ul", "ol", "li", "dl", "table", "blockquote", "figure", "pre"}
_LABEL = re.compile(r"^\s*([^\W\d_][\w'’-]*(?:\s+[\w'’-]+)?)\s*[:：]\s*$")
_SENTENCE = re.compile(r"[.!?。！？।]\s+\S")
_LOWER_WORD = re.compile(r"(?<!\w)[^\W\d_]{4,}(?!\w)")
# a field line: a short label, its colon, a value (the run of a book's record)
_FIELD = re.compile(r"^\s*[^\W\d_][\w'’ -]{0,30}[:：]\s*\S")


def _live_link(anchor: HtmlElement, host: str) -> bool:
    href = (anchor.get("href") or "").strip()
    if not href:
        return anchor.get("name") is None and anchor.get("id") is None
    return bool(host) and same_site(href, host) and bool(ARTICLE_PATH.search(urlsplit(href).path))


def _title_shaped(title: str) -> bool:
    words = title.split()
    if len(words) < 4 or count_words(title) > 20 or _SENTENCE.search(title.rstrip(" .…")):
        return False
    if not any(_cased(w) for w in words):
        return True  # (a script without capitals: the length alone)
    return any(w == w.lower() and _cased(w) for w in _LOWER_WORD.findall(title))


def _cased(word: str) -> bool:
    return word.lower() != word.upper()


def labelled_pointer(block: HtmlElement, host: str = "") -> bool:
    """The block is a one- or two-word label, its colon, and one link to another post (module docstring)."""
    if block.tag in _BLOCKED:
        return False
    anchors = [a for a in block.iterdescendants("a")]
    if len(anchors) != 1 or not _live_link(anchors[0], host):
        return False
    text, title = text_of(block), text_of(anchors[0]).strip()
    at = text.find(title) if title else -1
    if at <= 0 or text[at + len(title):].strip(" .…»›→") or has_score(text):
        return False
    return bool(_LABEL.match(text[:at])) and _title_shaped(title)


def is_field(text: str) -> bool:
    return bool(_FIELD.match(text)) and count_words(text) <= 12 and not has_score(text)


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement], host: str = "") -> None:
    """Mark each labelled pointer of the body that stands apart from a record's field lines."""
    left = [i for i, block in enumerate(items) if i not in drop and text_of(block)]
    for n, i in enumerate(left):
        if n == 0 or not labelled_pointer(items[i], host):
            continue
        near = [left[k] for k in (n - 1, n + 1) if 0 <= k < len(left)]
        if not any(is_field(text_of(items[k])) for k in near) and not has_score(text_of(items[left[n - 1]])):
            drop[i], boxes[i] = RULE, items[i]
