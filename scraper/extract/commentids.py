"""The readers' comments box named by its id or class in the site's language (scraper.extract).

``boilerplate.remove_comments`` reads a comments box by its class ("comments", "comment-list", "disqus_thread"). A
newspaper's or a blog engine's template in another language often names the box by its id alone, in its own language:
``<div id="comentarios">``, ``<section id="kommentare">``, ``<div id="commenti">``. The box holds the comment form's
labels (rules, "my comments", "fill in your name to comment") and the readers' comments, never the review.

The id, as a whole or as the last part split by a dash or an underscore ("article-comentarios", "bloque_comentarios"),
is the word for comments (or a discussion) in one of many languages (``_COMMENT_WORD``), or that word as a template
writes it in ASCII, its accents dropped (``<div id="hozzaszolasok">``, ``<section class="komentare">``). The box goes whole unless it
holds the page's title heading (a wrapper around the post, named for the comments below it) or most of the page's text.

A template names the box by a class as often (``<section class="comentarios">``, ``<div class="commentaires">``): a
class token read the same way names it too, but for the word that names a review as well ("ulasan", Malay and
Indonesian), which a review's own box may carry; and the English plural as a CSS module names a component's comments
("ArticlePage_comments": ``_MODULE_COMMENTS``). The box holds no more than the readers' comments, or a placeholder
where there are none yet ("No comments yet. Only subscribers can comment."), the platform's, never the review's.

A third-party comments widget mounts on an id of the vendor's name and "comments" (``<div id="vendor-comments">``,
``_WIDGET_ID``: a prefix longer than ``platforms.COMMENT_TOKEN``'s one to four letters, which reads the short ones):
the id alone does not tell a thread from a count link or a wrapper, so the box must also hold a thread, by its
structure (``_thread``): two or more items that share one class, each with a short line of its own (the reader's
name, the time) and a paragraph or a longer text (what they wrote).

A forum engine names the thread's opening post "the discussion" (Vanilla's ``<div class="MessageList Discussion">``
before its ``<ul class="MessageList Comments">``), the word a blog's template may give its comments box too
(``platforms.COMMENT_TOKEN`` reads both). ``opening_post`` tells them apart by structure: a box named only for a
discussion, holding nothing named for a comment or a reply and forty words or more, with a comments list among its
later siblings, is the post the comments answer, where the two share the message list's class or the box is signed
(its writer's name by class: "Author"); a blog's discussion box holds its comments, its rules, or a heading alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from .casefold import bare
from .nodes import class_of, id_of, text_of
from .platforms import COMMENT_TOKEN

RULE = "comments"
# the word for the comments (or a discussion), per language: the one list of the concept (commenthead reads these in a
# heading, beside the words an id never carries)
COMMENT_WORDS = (
    "comentarios", "comentaris", "comentários", "comentarii", "commentaires", "commenti", "kommentare", "kommentarer",
    "kommentit", "kommentaarid", "komentarai", "komentāri", "komentarze", "komentáře", "komentáre", "komentari",
    "komentarji", "коментари", "комментарии", "коментарі", "hozzászólások", "yorumlar", "reacties",
    "reacciones", "σχόλια", "תגובות", "تعليقات", "نظرات", "टिप्पणियाँ", "komentar",
)
# ... and as an id writes them: vi "bình luận" joined or dashed, in ASCII too; ms/id "ulasan" (a review too: _REVIEW_TOO)
_COMMENT_WORDS = COMMENT_WORDS + ("bình[-_]?luận", "binh[-_]?luan", "ulasan")


_COMMENT_WORD = re.compile(rf"(?:^|[-_])(?:{'|'.join(_COMMENT_WORDS)})$", re.I)
# the same words as a template writes them in an id or a class, in ASCII with their accents dropped ("hozzaszolasok",
# "komentare", "σχολια"): the words above folded, for the ids only an accented word could not match
_COMMENT_ASCII = re.compile(rf"(?:^|[-_])(?:{'|'.join(map(bare, _COMMENT_WORDS))})$", re.I)

# a widget's mount id: a vendor's or a template's prefix (five letters or more) and the English plural
_WIDGET_ID = re.compile(r"^[a-z][a-z0-9]{4,}[-_]comments$", re.I)

_REVIEW_TOO = re.compile(r"ulasan$", re.I)  # (Malay and Indonesian for a review as much as for comments)


# a class a CSS module writes for the comments of a page's component: its name in PascalCase, one underscore and the
# English plural ("ArticlePage_comments", "NewsView_comments"; platforms.COMMENT_TOKEN reads a short prefix only)
_MODULE_COMMENTS = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+_comments$")


@lru_cache(maxsize=4096)
def _comment_class(value: str) -> bool:
    """Whether a class token of the attribute `value` names the comments box (remembered: a template repeats its
    classes on every page, and this was tried for every token of every classed element)."""
    return any((_COMMENT_WORD.search(token) or token.isascii() and _COMMENT_ASCII.search(token)
                or _MODULE_COMMENTS.match(token)) and not _REVIEW_TOO.search(token) for token in value.split())


@lru_cache(maxsize=4096)
def _comment_id(value: str) -> bool:
    """Whether the id `value` names the comments box (remembered, as _comment_class)."""
    return _COMMENT_WORD.search(value) is not None or value.isascii() and _COMMENT_ASCII.search(value) is not None


def _thread(box: HtmlElement) -> bool:
    """Whether `box` holds a readers' thread: two or more items sharing one class, each holding a short labelled part
    (a child element of a few words: the name, the time) and a paragraph or a text of four words or more."""
    seen: dict[str, int] = {}
    for item in box.iterdescendants(etree.Element):
        value = class_of(item)
        if not value or len(item) < 2:
            continue
        parts = [text_of(child) for child in item if isinstance(child.tag, str)]
        if any(p and len(p.split()) <= 4 for p in parts) and any(len(p.split()) >= 4 for p in parts):
            seen[value] = seen.get(value, 0) + 1
            if seen[value] >= 2:
                return True
    return False


def remove_comment_boxes(root: HtmlElement, report) -> None:
    """Remove each box whose id names it the readers' comments in the site's language (module docstring)."""
    # those named by their id, then by a class, each in document order (``//*[@id]``, then ``//*[@class]``): one walk
    # of the page's elements, their class and id as extract_page remembers them (nodes.class_of), and the page's
    # whole text read only when some box is named (~0.2 ms a page that has none: most)
    by_id, by_class = [], []
    for e in root.getroottree().getroot().iter(etree.Element):
        if (ident := id_of(e)) is not None and (_comment_id(ident) or _WIDGET_ID.match(ident) and _thread(e)):
            by_id.append(e)
        elif (value := class_of(e)) is not None and _comment_class(value):
            by_class.append(e)
    named = by_id + by_class
    total = None
    dropped: set = set()
    for element in named:
        if element.getparent() is None or dropped.intersection(element.iterancestors()) or element.tag in ("body", "html", "a", "span"):
            continue
        if total is None:
            total = len(text_of(root)) or 1
        if element.xpath(".//h1") or len(text_of(element)) > 0.5 * total:
            continue  # (a wrapper around the post itself)
        report.add(RULE, element)
        dropped.add(element)
        element.drop_tree()


# a class or id token that names a discussion, not a comment ("Discussion", "discussion", "diskussion", "diskuze")
_DISCUSSION = re.compile(r"^(?:[a-z]{1,4}[-_])?(?:discussions?|diskus[a-z]*|diskuz[a-z]*|disc-[a-z]+)$", re.I)
# a comments list's token: the list itself, not its form, its count link or its heading
_COMMENT_LIST = re.compile(r"^(?:[a-z]{1,4}[-_])?(?:comments|comment-?list|comments-(?:area|block|box|section|wrapper)|"
                           r"replies)$", re.I)
_NAMES_COMMENT = re.compile(r"comment|repl(?:y|ies)|respond|cmnt", re.I)
# a message's signature: its writer's name or card by class, microdata or link relation
_BYLINE = re.compile(r"(?<![a-z])(?:author|byline|username|user-?name|poster|posted-?by|member-?name)|^author$", re.I)


def opening_post(element: HtmlElement) -> bool:
    """Whether a box the comment rule reads as comments (named only for a discussion) is a thread's opening post: it
    holds nothing named for a comment or a reply and forty words or more, and a comments list follows it among its
    siblings (module docstring)."""
    tokens = (element.get("class") or "").split() + ([element.get("id")] if element.get("id") else [])
    named = [t for t in tokens if COMMENT_TOKEN.match(t)]
    if not named or not all(_DISCUSSION.match(t) for t in named):
        return False
    lists = [sibling for sibling in element.itersiblings() if isinstance(sibling.tag, str)
             and any(_COMMENT_LIST.match(t) for t in (sibling.get("class") or "").split() + [sibling.get("id") or ""])]
    if not lists:
        return False
    inside = list(element.iterdescendants(etree.Element))
    if any(_NAMES_COMMENT.search(f"{e.get('class') or ''} {e.get('id') or ''}") for e in inside):
        return False
    # (a forum's post and its replies are one message list's, sharing its class: "MessageList Discussion", "MessageList
    # Comments"; or the post is signed, as every message is; a blog's box of comment rules is neither)
    own = set((element.get("class") or "").split()) - set(named)
    if not any(own & set((sibling.get("class") or "").split()) for sibling in lists) \
            and not any(_BYLINE.search(f"{e.get('class') or ''} {e.get('itemprop') or ''} {e.get('rel') or ''}")
                        for e in inside):
        return False
    return len(text_of(element).split()) >= 40
