"""scraper.extract.promo: an affiliate disclosure naming the bookseller and the programme, wherever it stands.

Invented lines in Japanese, Russian and English, each beside a near miss: the reviewer naming a bookseller, or
writing about a commission in the story.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

from scraper.extract.boilerplate import CleanReport, clean_body

REVIEW = [
    "Ada Kestrel's debut follows a cartographer who is hired to map a valley that the locals insist keeps moving at night.",
    "The maps are reproduced between chapters and they change, slyly, as the story goes; I kept flipping back to check.",
    "Kestrel is better at atmosphere than at plot, and the last act hurries, but the valley itself is unforgettable.",
    "It is the rare fantasy novel that trusts its reader, and I will be pressing it on everyone I know this winter.",
]


def cleaned(inner: str) -> tuple[str, list[str]]:
    root = lxml.html.fromstring(f"<html><body><div class='entry-content'>{inner}</div></body></html>")
    body = root.cssselect(".entry-content")[0]
    report = CleanReport()
    clean_body(body, "valleymaps.example", report)
    return re.sub(r"\s+", " ", body.text_content()).strip(), [r.rule for r in report.removed]


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


@pytest.mark.parametrize(
    "note",
    [
        "🛒 この記事は楽天のアフィリエイトを利用しています。購入されると紹介料が入ります。",
        "Ссылки на Ozon в этом посте — по партнёрской программе магазина, вам это ничего не стоит.",
        "Heads up: the Kobo links here are affiliate links; I get a few cents, you pay the same.",
    ],
)
def test_an_affiliate_disclosure_goes_from_the_middle_of_a_review(note):
    text, rules = cleaned(paras(*REVIEW[:2]) + f"<p>{note}</p>" + paras(*REVIEW[2:]))
    assert rules == ["affiliate note"]
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize(
    "line",
    [
        "I bought my copy on Kobo after a friend lent me the first chapter, and finished it in a weekend.",  # a bookseller
        "The cartographer's commission is from a valley council that wants a boundary it cannot have.",  # a commission
    ],
)
def test_a_bookseller_or_a_commission_alone_stays(line):
    text, rules = cleaned(paras(*REVIEW[:2]) + f"<p>{line}</p>" + paras(*REVIEW[2:]))
    assert line in text and rules == []
