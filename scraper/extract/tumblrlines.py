"""A Tumblr blog's own closing lines, without a link: its ask box named, and its word on reblogging the post.

Tumblr gives every blog an ask box (the page "/ask", its menu's "ask" link) and lets every reader reblog a post;
a blogger closes a post with a line about either in words alone: "send me your favourite winter reads in the ask
box ❄️", "my asks are open", "Пытанні можна пакінуць у скрыні ask" (the interface's word kept in Latin letters in a
line of another script), "reblogs welcome, please keep the caption", "Перапосты вітаюцца". ``asklines.ask_pointer``
needs the link to the ask page; these lines have none. Their shape:

- the page is a Tumblr blog's (its head's generator, a ``tmblr-`` class of Tumblr's embeds, a tumblr.com address);
- among the post's last three lines left, after the review's last paragraph (``tailasks.mark_last_lines``), a short
  line (25 words at most), no score, no note the review carries;
- it names the ask box as a thing (``ASK_BOX``: "ask box", "inbox", "my/an ask", or "ask" in Latin letters in a line
  of another script), or reblogging, the platform's passing on of the post (``REBLOG``), in its language.

A reviewer's "I had to ask my sister what the ending meant" uses the verb, not the box; the same lines on another
platform's page are left to the rules that read that platform.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .housekeeping import a_note
from .rating import has_score
from .tailasks import mark_last_lines, short_line

RULE = "ask box"
_MAX_WORDS = 25

# the ask box as a thing: "ask box", "askbox", "my inbox", "my asks", "send me an ask" (not the verb: "ask me", "ask her
# why"; nor another's inbox, "the letters pile up in his inbox", nor the noun of a demand, "quite the ask": rev-bpworld)
ASK_BOX = re.compile(
    r"\bask\s?-?box(?:es)?\b|\b(?:my|our)\s+inbox\b|\b(?:my|our|your)\s+asks?\b(?!\s+(?:me|you|him|her|them|us|for|about|if|"
    r"whether|why|how|what|who|to|and)\b)|\basks\s+(?:are|is)\s+(?:open|closed)\b|"
    r"\b(?:send|drop|leave|shoot)\s+(?:me\s+|us\s+)?(?:an|your|some)\s+asks?\b|"
    # (the box's state said as the line's close: "the inbox is open)", "my ask box is now closed." — not "the inbox
    # is open on her desk", the state going on into the story's clause)
    r"\b(?:the|my|our)\s+(?:inbox|ask\s?-?box)\s+(?:is|are)\s+(?:now\s+|always\s+)?(?:open|closed)\s*(?=[).!?,]*\s*$)",
    re.I)
# "ask" in Latin letters inside a line written in another script: the interface's label kept as it is
_LATIN_ASK = re.compile(r"(?<![A-Za-z])ask(?![A-Za-z])", re.I)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")
# reblogging, the platform's passing on of a post (en, es, pt, fr, de, it, ru, be, uk, ja, zh, ko)
REBLOG = re.compile(
    r"(?<!\w)(?:reblog\w*|rebloguea\w*|rebloga\w*|repost\w*|реблог\w*|рэблог\w*|репост\w*|рэпост\w*|перапост\w*|"
    r"перепост\w*)(?!\w)|リブログ|转发|轉發|리블로그", re.I)


def tumblr_body(body: HtmlElement) -> bool:
    """The page is a Tumblr blog's: its generator, an embed of Tumblr's (a ``tmblr-`` class), a tumblr.com address in
    its head."""
    root = body.getroottree().getroot()
    for meta in root.iter("meta"):
        if (meta.get("name") or "").lower() == "generator" and "tumblr" in (meta.get("content") or "").lower():
            return True
    head = root.find("head")
    if head is not None and any(".tumblr.com" in (e.get("href") or e.get("content") or "") for e in head):
        return True
    return any("tmblr-" in (e.get("class") or "") for e in root.iter("div", "figure", "iframe"))


def names_ask_box(text: str) -> bool:
    """The line names the ask box as a thing, or keeps Tumblr's "ask" in Latin letters in a line of another script."""
    if ASK_BOX.search(text):
        return True
    if not _LATIN_ASK.search(text):
        return False
    # (the label alone in Latin letters: a title among the line's words, "«Ask Again, Yes» Мэри Бет Кин", is no label)
    if _LATIN_LETTER.search(_LATIN_ASK.sub("", text)):
        return False
    return len(_OTHER_LETTER.findall(text)) > 3 * len(_LATIN_LETTER.findall(text))


def names_reblog(text: str) -> bool:
    """The line opens (its first two words) or closes (its last three) on reblogging: "reblogs welcome", "please
    reblog", "Рэпосты вітаюцца", "feel free to reblog". The word inside a sentence of the story is a character's
    act: "the brother finally reposts her last letter to the island", "Героиня делает репост письма" (rev-bpworld)."""
    # (a line of the blog's actions set apart by separators, "Ask me anything · Reblog if you liked it": each part read
    # as a line of its own; a separator inside a sentence of the story leaves the word mid-part, not at its edges)
    for part in _SEPARATOR.split(text):
        words = _WORD.findall(part)
        if any(REBLOG.search(word) for word in (*words[:2], *words[-3:])):
            return True
    return False


_WORD = re.compile(r"\w+")
_SEPARATOR = re.compile(r"\s[·•|∙⋅]\s")


def tumblr_line(block: HtmlElement) -> bool:
    """A short line naming the ask box or reblogging, no score, no note (module docstring)."""
    if not (text := short_line(block, _MAX_WORDS)) or has_score(text):
        return False
    return (names_ask_box(text) or names_reblog(text)) and not a_note(text, block)


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the ask-box and reblog lines among the last lines of a Tumblr post."""
    if items and tumblr_body(body):
        mark_last_lines(items, drop, boxes, tumblr_line, RULE)
