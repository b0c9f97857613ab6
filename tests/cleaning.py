"""Helpers for the cleaning tests: a post body of our own invention, cleaned by boilerplate.clean_body.

Also the invented posts the promotion tests (tests/test_promo*.py) and the structural cleaning tests
(tests/test_boilerplate*.py) share: a review, its host and the theme markup it is set in.
"""

from __future__ import annotations

import re

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.rating import find_rating


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def rules(report: CleanReport) -> list[str]:
    """The rules that removed something, in the report's order."""
    return [r.rule for r in report.removed]


def text_of(element: lxml.html.HtmlElement) -> str:
    return re.sub(r"\s+", " ", element.text_content()).strip()


def clean_in(page: str, selector: str, host: str) -> tuple[lxml.html.HtmlElement, CleanReport]:
    """Clean the first element `selector` picks out of a whole page: that element (cleaned in place) and the report."""
    root = lxml.html.fromstring(page)
    body = root.cssselect(selector)[0]
    report = CleanReport()
    clean_body(body, host, report)
    return body, report


def cleaned(inner: str, host: str) -> tuple[str, list[str]]:
    """The body's text after cleaning, and the rules that removed something (in the report's order)."""
    body, report = clean_in(f"<html><body><div class='entry-content'>{inner}</div></body></html>", ".entry-content", host)
    return text_of(body), rules(report)


# -- the Lantern Shelf post of the promotion tests -------------------------------------------------------------------

LANTERN_HOST = "lanternshelf.example"
LANTERN_REVIEW = [
    "Tove Ahlgren's second novel takes place over one August on an island where the ferry runs twice a week and everyone owes someone money.",
    "The narrator is a retired lighthouse engineer who keeps a ledger of every favour done and received, and the ledger is the book's spine.",
    "Ahlgren writes weather better than almost anyone, and the storm in the middle section is a set piece I will be rereading for years.",
    "Where it falters is the ending, which resolves the debts too neatly for a book that had been so honest about how people really owe each other.",
    "Still, it is the most absorbing thing I have read this year, and I finished it in two long evenings on the balcony.",
]


def hugo(inner: str) -> str:
    return f"<html><body><main class='main'><article class='post-single'><div class='post-content'>{inner}</div></article></main></body></html>"


def olivero(inner: str) -> str:
    return ("<html><body><main><article class='node node--type-article node--view-mode-full'>"
            f"<div class='text-content clearfix field field--name-body field__item'>{inner}</div></article></main></body></html>")


def clean_lantern(page: str, selector: str = ".post-content") -> tuple[str, CleanReport]:
    """A Lantern Shelf page cleaned: the text of the element `selector` picks out, and the report."""
    body, report = clean_in(page, selector, LANTERN_HOST)
    return text_of(body), report


def assert_lantern_review_kept(text: str) -> None:
    for sentence in LANTERN_REVIEW:
        assert sentence in text


# -- the Tidal Pages post of the structural cleaning tests (tests/test_boilerplate*.py) -------------------------------

TIDAL_HOST = "tidalpages.example"

# distinct review paragraphs (repeated paragraphs would be a different page entirely)
TIDAL_REVIEW = [
    "Ines Marlow's novel follows a ferry pilot through the last winter before the bridge opens, and it is patient in the best way.",
    "The pilot's logbook entries break up the chapters, terse and funny, and they carry more feeling than the dialogue around them.",
    "Marlow is good on work: the tides, the engine, the regulars who ride across every morning and never say where they are going.",
    "The middle sags a little when a subplot about a lost inheritance takes over, but the final crossing earns every page before it.",
    "I came to it for the premise and stayed for the sentences, which are plain, exact and now and then startlingly beautiful.",
]


def ghost(inner: str) -> str:
    return f"<html><body class='post-template'><main><article class='gh-article'><section class='gh-content gh-canvas'>{inner}</section></article></main></body></html>"


def substack(inner: str) -> str:
    return f"<html><body><div class='available-content'><div class='body markup' dir='auto'>{inner}</div></div></body></html>"


def clean_tidal(page: str, selector: str) -> tuple[lxml.html.HtmlElement, CleanReport]:
    """A Tidal Pages page cleaned: the element `selector` picks out (cleaned in place), and the report."""
    return clean_in(page, selector, TIDAL_HOST)


def removed_text(report: CleanReport, rule: str) -> list[str]:
    return [r.text for r in report.removed if r.rule == rule]


# A rating line between two plain lines of a review, as the rating tests (tests/test_rating_*.py) read it.
OPENING = "An opening paragraph about the plot, long enough to be a line of its own."
CLOSING = "A closing line about the translation and the cover of this edition."


def line_rating(line: str) -> float | None:
    """The rating find_rating reads from ``line`` set between OPENING and CLOSING (its value, or None)."""
    rating = find_rating([OPENING, line, CLOSING])
    return rating.value if rating else None
