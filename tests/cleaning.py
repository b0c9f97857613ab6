"""Helpers for the cleaning tests: a post body of our own invention, cleaned by boilerplate.clean_body."""

from __future__ import annotations

import re

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def cleaned(inner: str, host: str) -> tuple[str, list[str]]:
    """The body's text after cleaning, and the rules that removed something (in the report's order)."""
    root = lxml.html.fromstring(f"<html><body><div class='entry-content'>{inner}</div></body></html>")
    body = root.cssselect(".entry-content")[0]
    report = CleanReport()
    clean_body(body, host, report)
    return re.sub(r"\s+", " ", body.text_content()).strip(), [r.rule for r in report.removed]
