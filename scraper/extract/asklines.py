"""Two asks to the reader the tail rules miss: Tumblr's ask-box pointer, and a tip ask boxed between the paragraphs.

- The ask box: Tumblr gives every blog an ask page at the blog's root, "/ask" (and a submissions page, "/submit");
  a blogger closes a post with a short line linking it ("got a book for me? <a href='/ask'>send me an ask</a>"). Its
  shape: among the post's last three lines left, after the review's last paragraph (``tailasks.mark_last_lines``), a
  short line (``tailasks.short_line``) holding a link whose address is the blog's ask or submit page, one segment
  under the root, no score. A link to a post whose slug holds the word ("/post/123/ask-the-author") is a post's; and
  the page is the blog's own: a link within the blog (no host) or to a Tumblr blog's, not another site's "/ask" (an
  author's own question page a review points its reader to: "Sole answers readers herself: <a>ask her</a>").
- The boxed tip ask: the writer's ask for a tip or a coffee (``tipask.TIP``, ``tipask.COFFEE``) set in a box of its
  own between the review's paragraphs (a theme's callout, card or notice: ``promo.set_apart``), short, with a link
  (where to give), no score, no note the review carries. ``tipask`` reads the same ask among the last lines, where it
  needs a pointer to the widget; the box and the link are that pointer here. A boxed quotation from the book about a
  tip holds no link; a paragraph of the review that names a tip is not boxed.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml.html import HtmlElement

from . import tumblrlines
from .housekeeping import a_note
from .nodes import links_of, text_of
from .promo import promo_box, set_apart
from .rating import has_score
from .tailasks import mark_last_lines, short_line
from .tipask import COFFEE, RULE as TIP_RULE, TIP

_ASK_PAGES = ("ask", "submit")


def ask_pointer(block: HtmlElement) -> bool:
    """A short line linking the blog's ask or submit page (one segment under the root), with no score."""
    if not (text := short_line(block)) or has_score(text):
        return False
    for link in links_of(block):
        parts = urlsplit((link.get("href") or "").strip())
        host = (parts.hostname or "").casefold()
        if parts.path.strip("/") in _ASK_PAGES and (not host or host == "tumblr.com" or host.endswith(".tumblr.com")):
            return True
    return False


def boxed_tip(block: HtmlElement, body: HtmlElement) -> bool:
    """A short line set apart in a box, asking for a tip or a coffee, with a link (see the module's words)."""
    if not (text := short_line(block)) or has_score(text) or not (TIP.search(text) or COFFEE.search(text)):
        return False
    # (the review's note asked last: each test is a function of the line alone, and the note's is the dearest, a
    # sentence parse of every line; the same conjunction, in a cheaper order)
    return bool(links_of(block)) and set_apart(block, body) and not a_note(text, block)


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the ask-box pointer among the last lines, and a boxed tip ask anywhere in the post."""
    mark_last_lines(items, drop, boxes, ask_pointer, "ask box")
    tumblrlines.mark(items, body, drop, boxes)  # (the ask box or reblogging named in words, on a Tumblr page)
    for i, block in enumerate(items):
        if i not in drop and text_of(block) and boxed_tip(block, body):
            drop[i], boxes[i] = TIP_RULE, promo_box(block, body)
