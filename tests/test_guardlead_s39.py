"""Speed (speed39): ``ifhelped._leading`` asks a guarded pattern's guard once for the line (``Guarded.may_match``) and
tries the pattern itself at the line's first 13 starts; the answer must be the unguarded pattern's at those starts, for
lines that open on a condition, lines that hold one later, and lines of several scripts that hold none."""

import re

import pytest

from scraper.extract import ifhelped
from scraper.extract.casefold import Guarded, guarded
from scraper.extract.commissionline import EARNING
from scraper.extract.ifpost import IF_POST_MORE, SUPPORT_WISH

_LINES = [
    "If this was useful, you can buy me a coffee.",
    "Si te ha servido, compártelo con tus amigos.",
    "Если этот обзор был полезен, подпишитесь на канал.",
    "Bu yazıyı beğendiyseniz paylaşabilirsiniz.",
    "Wenn dir dieser Beitrag gefallen hat, teilt ihn.",
    "If you want to support my blog, the shop link is below.",
    "The ferryman's daughter, if this was useful at all, never says so until the final chapter.",
    "A slow winter novel about a glassblower and her apprentice; I liked it more than I expected.",
    "Роман о стекольщице и её ученике, тихий и холодный.",
    "ガラス職人の冬を描いた静かな小説でした。",
    "",
    "If",
]


def _brute(pattern: re.Pattern, text: str):
    for pos in range(min(13, len(text) + 1)):
        if found := pattern.match(text, pos):
            return found.span()
    return None


@pytest.mark.parametrize("raw", [ifhelped.IF_POST, IF_POST_MORE, SUPPORT_WISH])
@pytest.mark.parametrize("text", _LINES)
def test_leading_as_unguarded(raw, text):
    found = ifhelped._leading(guarded(raw), text)
    assert (found.span() if found else None) == _brute(raw, text)


def test_may_match_and_unguarded():
    look = guarded(IF_POST_MORE)
    assert isinstance(look, Guarded) and look.unguarded is IF_POST_MORE
    assert look.may_match("If this was useful, share it.")
    assert not look.may_match("A slow winter novel about a glassblower.")


@pytest.mark.parametrize("text, found", [
    ("I earn a small commission if you buy through this link.", True),
    ("Ganho uma comissão se comprares pelo link.", True),
    ("A royal commission sits in the background of the plot.", True),  # (the word is there: the rule decides, not this)
    ("A quiet novel about a lock-keeper and the canal she tends.", False),
])
def test_earning_guarded_same(text, found):
    assert isinstance(EARNING, Guarded)
    assert bool(EARNING.search(text)) is found is bool(EARNING.unguarded.search(text))
