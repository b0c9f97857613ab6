"""Asks to follow the blog on a social network or to answer in a team chat's channel, spliced into a post.

Invented snippets (scraper.extract.promo.promotion): a pictograph-led line naming a social network, anywhere in the
post; a line pointing to a #channel of a team chat in the second half. Beside each, a near miss that stays: the
network named in the review's own sentence, an info line under a label, the word 'slack' in a sentence.
"""

from __future__ import annotations

import pytest

from tests.cleaning import LANTERN_REVIEW as REVIEW
from tests.cleaning import assert_lantern_review_kept as assert_review_kept
from tests.cleaning import clean_lantern as clean
from tests.cleaning import hugo, paras, rules


@pytest.mark.parametrize("ask", [
    "📣 Segui la pagina su Instagram per non perderti le prossime letture del mese!",
    "👍 Поставьте лайк нашей группе ВКонтакте, чтобы первыми узнавать о новых обзорах.",
    "📘 ติดตามเพจเราบน Facebook ได้เลย จะได้ไม่พลาดรีวิวใหม่",
])
def test_a_pictograph_led_ask_naming_a_social_network_goes_anywhere(ask):
    text, report = clean(hugo(paras(*REVIEW[:2], ask, *REVIEW[2:])))
    assert ask[2:18] not in text, rules(report)
    assert_review_kept(text)


@pytest.mark.parametrize("ask", [
    "Schreibt im Kanal #lesekreis auf Slack, wer nächstes Mal Kuchen mitbringt.",
    "Reply in #bookclub-north on Teams if you want a copy ordered for you.",
])
def test_an_ask_to_answer_in_a_chat_channel_goes(ask):
    text, report = clean(hugo(paras(*REVIEW, ask)))
    assert "#" not in text, rules(report)
    assert_review_kept(text)


@pytest.mark.parametrize("line", [
    # the network in the review's own sentence, no pictograph
    "The chapter told entirely in Facebook comments is the cleverest thing in the book, and the saddest.",
    # an info line under a label, led by a pictograph
    "📘 Format: paperback, 312 pages · Goodreads average 4.1",
    # the word 'slack' in a closing sentence, no channel
    "The middle goes a little slack, but the last chapter pulls every thread tight again.",
])
def test_the_reviews_own_lines_naming_them_stay(line):
    text, report = clean(hugo(paras(*REVIEW, line)))
    assert line[3:30] in text, rules(report)
    assert_review_kept(text)
