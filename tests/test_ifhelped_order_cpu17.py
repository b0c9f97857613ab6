"""conditional_ask runs its tests cheapest-and-rarest first (cpu17): the condition opening the line is tried at the
first 13 characters only, before the ask's long alternations. The answer must be the one the earlier order gave
(every test holds or the line is no ask; IF_POST's match anywhere still hides IF_POST_MORE's). Checked against that
order, written out here, on every string of the conditional-ask tests and on edge cases of the 12-character window.
"""

from __future__ import annotations

import ast
from pathlib import Path

from lxml.html import fragment_fromstring

from scraper.extract import ifhelped
from scraper.extract.ifhelped import (ASK, ASK_MORE, IF_POST, IF_POST_MORE, SUPPORT_USE, UPDATE_NOTICE, VOTE_FUELS,
                                      _BOOK_SUBJECT, a_note, conditional_ask, has_score, short_line)


def _earlier_order(block) -> bool:
    if not (text := short_line(block)):
        return False
    support = SUPPORT_USE.search(text) is not None or VOTE_FUELS.search(text) is not None
    if not support and not (ASK.search(text) or ASK_MORE.search(text)):
        return False
    if has_score(text) or a_note(text):
        return False
    if support:
        return True
    found = IF_POST.search(text) or IF_POST_MORE.search(text)
    if found and found.start() <= 12 and not _BOOK_SUBJECT.search(text[:found.end()]):
        return True
    return bool(UPDATE_NOTICE.search(text))


def _strings() -> list[str]:
    out = []
    for name in ("test_ifhelped_round36.py", "test_ifpost_h42.py"):
        tree = ast.parse((Path(__file__).parent / name).read_text(encoding="utf-8"))
        out += [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.strip()]
    return out


EDGES = [
    "If you enjoyed this review, please share it.",
    "x" * 12 + " If you enjoyed this review, please share it.",  # opens at 13: past the window
    "Ok. " + "If you enjoyed this review, please share it.",
    "Wenn dir dieser Beitrag gefallen hat, teile ihn gern.",
    "1234567890 Wenn dir dieser Beitrag gefallen hat, teile ihn gern.",
    "Wenn dir dieser Beitrag gefallen hat, teile ihn. If you found this post useful, please share it too.",
    "If you liked this book, please share the review.",
    "If this post helped, please tap the heart below! ★★★★☆",
    "Get notified of new posts: please subscribe.",
    "Rating: ★★★★☆ (4/5)",
    "",
]


def test_same_answer_as_the_earlier_order():
    texts = _strings() + EDGES
    assert len(texts) > 40
    taken = 0
    for text in texts:
        for markup in (f"<p>{text}</p>", f"<div><p>{text}</p></div>"):
            try:
                block = fragment_fromstring(f"<div class='post'>{markup}</div>")[0]
            except Exception:  # (an empty fragment)
                continue
            assert conditional_ask(block) == _earlier_order(block), text
            taken += conditional_ask(block)
    assert taken >= 5


def test_leading_match_is_searchs_leftmost():
    for text in _strings() + EDGES:
        for pattern in (IF_POST, IF_POST_MORE):
            found = pattern.search(text)
            lead = ifhelped._leading(pattern, text)
            if found is not None and found.start() <= 12:
                assert lead is not None and lead.span() == found.span()
            else:
                assert lead is None
