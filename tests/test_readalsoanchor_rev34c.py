"""A 'read also' line whose title is wholly anchors with no address is a lost link (readalsoline._dead_anchors,
rev34c), but an anchor with a name or an id is a place the page jumps to: "Related: <a name=…>…</a>" is a heading of
the review's own and stays."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_P = ("<p>Nell Garrow's Salt and Tallow follows a chandler's widow who keeps her husband's shop open through one wet "
      "spring, and each chapter lets a customer's errand open a door into the town's quiet debts.</p>"
      "<p>The voice is dry and patient, funnier than the blurb admits, and the ending pays for a slow middle third; "
      "the translation keeps the dialect without making a costume of it.</p>")


def _body(lang: str, line: str) -> str:
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Salt and Tallow</title></head><body>'
            f'<article class="post"><h1 class="entry-title">Salt and Tallow</h1><div class="entry-content">{_P}{line}'
            f'{_P.replace("Salt and Tallow", "the novel")}</div></article></body></html>')
    return extract_page(html, "https://lamplit.example.org/2026/salt-and-tallow/").body_text


LOST = [
    ("pl", '<p class="zobacz">Przeczytaj też: <a>Sześć powieści o małych miastach</a></p>', "Sześć powieści"),
    ("nl", '<p class="lees-ook">Lees ook: <a>Zes romans over kleine steden</a></p>', "Zes romans"),
    ("en", '<p class="read-also">Read also: <a>Six novels about small towns</a></p>', "Six novels"),
]


@pytest.mark.parametrize("lang,line,words", LOST)
def test_a_lost_link_under_the_label_goes(lang, line, words):
    assert words not in _body(lang, line)


TARGETS = [
    ("en", '<p>Related: <a name="ledger">the ledger scenes</a></p>', "the ledger scenes"),
    ("en", '<p class="read-also">Read also: <a id="debts">the town\'s debts</a></p>', "the town's debts"),
    ("pl", '<p class="zobacz">Przeczytaj też: <a name="dlug">o długach miasteczka</a></p>', "o długach miasteczka"),
]


@pytest.mark.parametrize("lang,line,words", TARGETS)
def test_a_named_anchor_is_a_jump_target_and_stays(lang, line, words):
    assert words in _body(lang, line)
