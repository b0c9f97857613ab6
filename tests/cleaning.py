"""Helpers for the cleaning tests: a post body of our own invention, cleaned by boilerplate.clean_body.

Also the invented post the promotion tests share (tests/test_promo*.py): the Lantern Shelf review, its host and
the theme markup it is set in.
"""

from __future__ import annotations

import re

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body


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
