"""A newsletter issue's other sections around its book section: the greeting, the housekeeping, the week's links.

A writer's newsletter (Substack's "newsletter-post", a Buttondown or Ghost email) sends one issue a week in sections,
each opened by a heading of one level, set one after the other in the post's box: a greeting over them all, then
"The book", "Housekeeping", "Elsewhere this week", a sign-off under the last. The review is the book's section; the
others are the issue's, not the review's. ``mailsections`` reads a mail laid out in tables whose book heading names
the book; here the headings name the section only, so the book's section is known by its weight:

- the page is a newsletter's: the post's box, or a box around it, has a class naming a newsletter or an email
  ("newsletter-post", "email-body");
- the box's own children hold three headings or more of one level (h2–h4), the sections' openers, no other
  heading of that level or higher inside the sections;
- one section, the book's, holds most of the text: at least three quarters of the box's words, two paragraphs of
  twenty words or more at least;
- every other section is short beside it (a quarter of its words at most), and there are two of them at least: a
  review's own "Verdict" under its long "Plot" is one section, and stays.

Then the other sections go, heading and all, and so do the lines before the first heading when they are short (forty
words at most: the issue's greeting, not a review's opening paragraph). A review written in several long sections (its plot, its style, its faults) has no
section holding three quarters of its words, and stays whole.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

RULE = "newsletter section"
_LEVELS = ("h2", "h3", "h4")
_MAIL_CLASS = re.compile(r"(?:^|[-_])(?:newsletter|email|mail)(?:[-_]|$)", re.I)
_PROSE = 20
_GREETING = 40  # words


def _newsletter(body: HtmlElement) -> bool:
    return any(_MAIL_CLASS.search(token) for element in (body, *body.iterancestors())
               for token in (element.get("class") or "").split())


def _words(elements: list[HtmlElement]) -> int:
    return sum(count_words(text_of(e)) for e in elements)


def _prose(elements: list[HtmlElement]) -> int:
    paragraphs = [p for e in elements for p in ([e] if e.tag == "p" else e.iter("p"))]
    return sum(count_words(text_of(p)) >= _PROSE for p in paragraphs)


def cut_issue_sections(body: HtmlElement, report) -> int:
    """Drop a newsletter issue's sections other than the book's (module docstring); how many elements went."""
    if not _newsletter(body):
        return 0
    children = [c for c in body if isinstance(c.tag, str)]
    for level in _LEVELS:
        heads = [i for i, c in enumerate(children) if c.tag == level]
        if len(heads) >= 3:
            break
    else:
        return 0
    higher = _LEVELS[:_LEVELS.index(level) + 1] + ("h1",)
    if any(d.tag in higher for c in children if c.tag != level for d in c.iter()):
        return 0
    sections = [children[a:b] for a, b in zip(heads, heads[1:] + [len(children)])]
    sizes = [_words(s) for s in sections]
    book = max(range(len(sections)), key=sizes.__getitem__)
    if sizes[book] < 0.75 * _words(children) or _prose(sections[book]) < 2:
        return 0
    others = [s for k, s in enumerate(sections) if k != book]
    if len(others) < 2 or any(size > sizes[book] / 4 for k, size in enumerate(sizes) if k != book):
        return 0
    greeting = children[:heads[0]]  # (the lines over the first heading, short: the issue's greeting)
    if not 0 < _words(greeting) <= _GREETING:
        return 0  # (no greeting over the sections: a review in sections of its own, its verdict short)
    gone = [e for s in others for e in s] + greeting
    for element in gone:
        report.add(RULE, element)
        element.drop_tree()
    return len(gone)
