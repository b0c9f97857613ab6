"""A forum's own notice closing a member's post: "Reading list of the month: … Post your review in this sub-forum",
"Next month's pick is up for a vote in the Book Club sub-forum", set apart under the post by the board's template.

A book forum's moderators put a standing notice under the posts of a section (the month's theme, the next vote, how to
tag a thread); the engine prints it inside the post's box, after the member's text. It is the board's, not the
review's. Its shape, whatever the language:

- it names a sub-forum, the board's own section (``_SUBFORUM``: the word in ~25 languages; a bare "forum" or "board"
  is any site's, no sign);
- it is set apart: a quote box with no member's attribution, or a line whose whole text is italic or bold;
- it closes its box (no text after it there) and is short (forty words at most), with no first person singular: a
  member's own closing line ("I'll post the next one in the crime sub-forum") is the review's.

What stays: a sentence of the review that names a sub-forum in its prose, a member's quoted post (memberquotes), a
quote of the book at the post's end (no sub-forum named), the member's own italic sign-off in the first person.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

RULE = "forum's notice under the post"
_MAX_WORDS = 40
# sub-forum, a board's section: en fr de es pt it nl/ro/sv/da/nb pl cs/sk hu fi et tr ru/uk/bg/sr el ja zh ko lt lv id
_SUBFORUM = re.compile(
    r"\b(?:sub-?\s?forums?|sous-forums?|unterforen|unterforum|subforos?|subf[oó]runs?|sotto-?forum"
    r"|underfor(?:a|um|umet)"
    r"|podfor(?:um|ach|ów|a)|podf[oó]r(?:um|a|ech)|alf[oó]rum(?:ok)?|alafoorumi(?:lla|in|ssa)?|alamfoorum|alt\s+forum"
    r"|подфорум\w*|підфорум\w*|подраздел\w*|υποφόρουμ|subforumas|apakšforum\w*)\b"
    r"|サブフォーラム|子版块|子版塊|子论坛|子論壇|하위\s?게시판|서브\s?포럼", re.I)
# a piece of every name _SUBFORUM finds, casefolded (what re.I matches to these letters casefolds to them: "ᲂ" to "о"):
# one `in` test each, where the pattern, tried at every letter, took ~1.3 ms for a body of 20,000 characters
_PIECES = ("forum", "forun", "foren", "foro", "fora", "forów", "forech", "fórum", "fórun", "fóra", "fórech", "foorum",
           "форум", "раздел", "υποφόρουμ", "フォーラム", "子版", "子论", "子論", "게시판", "포럼")
# the first person singular: a member's own line (en fr de es pt it nl sv/da/nb pl cs ru/uk)
_FIRST = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|my|me|je|j'|j’|moi|mon|ma|mes|ich|mein\w*|mir|mich|"
                    r"yo|mi|mis|eu|meu|"
                    r"minha|io|ik|mijn|jag|jeg|mitt|min|ja|mój|moja|já|můj|я|мой|моя|мені|мене)\b")
_EMPHASIS = ("i", "em", "b", "strong")


def _attributed(quote: HtmlElement) -> bool:
    """A quote box headed by a member's name or a source ("ana wrote:", a cite)."""
    return bool(quote.xpath(".//cite")) or any(quote.get(a) for a in ("data-quote", "data-username", "cite"))


def _set_apart(element: HtmlElement, text: str) -> bool:
    if element.tag == "blockquote":
        return not _attributed(element)
    inner = [c for c in element if isinstance(c.tag, str)]
    return (len(inner) == 1 and inner[0].tag in _EMPHASIS and not (element.text or "").strip()
            and not (inner[0].tail or "").strip() and text_of(inner[0]).strip() == text)


def _closes_box(element: HtmlElement) -> bool:
    if (element.tail or "").strip():
        return False
    return all(not text_of(after).strip() for after in element.itersiblings() if isinstance(after.tag, str))


def board_notices(body: HtmlElement) -> list[HtmlElement]:
    """The forum's notices closing a post in the body (module docstring)."""
    text = body.text_content()  # (cheapest first: most pages name no sub-forum, and a plain `in` says so)
    folded = text.casefold()
    if not any(piece in folded for piece in _PIECES) or not _SUBFORUM.search(text):
        return []
    found = []
    for element in body.iter("blockquote", "div", "p"):
        text = text_of(element).strip()
        if not text or count_words(text) > _MAX_WORDS or not _SUBFORUM.search(text) or _FIRST.search(text):
            continue
        if _set_apart(element, text) and _closes_box(element):
            found.append(element)
    return [e for e in found if not any(e in f.iterdescendants() for f in found if f is not e)]


def drop_board_notices(body: HtmlElement, report) -> None:
    for notice in board_notices(body):
        report.add(RULE, notice)
        if notice.getparent() is not None:
            notice.drop_tree()
