"""Tip pleas that name a national payment or tipping service (scraper.extract.platforms.PAYMENT_NAME).

Invented snippets in several languages and scripts: a pictograph-led plea spliced between two paragraphs of the
review, naming a service the way a reader there would (with a case ending, in its own script, or only a link to
its page). Beside each, a near miss that must stay: the same word in a review sentence, a look-alike word.
"""

from __future__ import annotations

import pytest

from scraper.extract.platforms import PAYMENT_NAME
from tests.cleaning import assert_lantern_review_kept as assert_review_kept
from tests.cleaning import LANTERN_REVIEW as REVIEW
from tests.cleaning import clean_lantern as clean
from tests.cleaning import hugo, paras, rules


@pytest.mark.parametrize("plea", [
    # Polish: Patronite, with a case ending
    "🍵 Jeśli lubisz te recenzje, postaw mi herbatę na Patronite — każda złotówka idzie na książki.",
    # Swedish: Swish as a verb
    "☕ Gillar du bloggen? Swisha en slant till min läsfond, tack!",
    # Kenyan: M-Pesa
    "📖 Ukipenda mapitio haya, tuma mchango kidogo kwa M-Pesa ili niendelee kununua vitabu.",
    # Ukrainian, Cyrillic with a case ending
    "💛 Якщо огляд був корисний — закиньте на Монобанку, збираю на нову поличку.",
    # Hebrew, with a preposition joined to the name
    "🙏 נהניתם? אפשר לשלוח לי משהו קטן בביט, זה עוזר לקנות עוד ספרים.",
    # Bengali, with a case ending that \b cannot see
    "🌼 পোস্ট ভালো লাগলে নগদে কিছু পাঠাতে পারেন, বইয়ের খরচ ওঠে।",
])
def test_a_pictograph_plea_naming_a_national_service_goes_mid_post(plea):
    text, report = clean(hugo(paras(*REVIEW[:2], plea, *REVIEW[2:])))
    assert plea[2:20] not in text, rules(report)
    assert_review_kept(text)


def test_a_plea_linking_only_to_a_national_tipping_page_goes():
    plea = "<p>☕ Suka tulisan ini? <a href='https://trakteer.id/rakbukuku'>Belikan aku segelas kopi</a> supaya blog ini jalan terus.</p>"
    text, report = clean(hugo(paras(*REVIEW[:3]) + plea + paras(*REVIEW[3:])))
    assert "segelas kopi" not in text, rules(report)
    assert_review_kept(text)


@pytest.mark.parametrize("line", [
    "The pixel-perfect maps in the endpapers are a bit of a marvel.",
    "הביטויים בספר הזה ישנים ויפים, והתרגום שומר עליהם.",
    "토스트를 먹으면서 마지막 장을 읽었다.",
    "He tossed the letter into the river, and the swishing reeds kept it.",
])
def test_look_alike_words_are_not_payment_names(line):
    assert not PAYMENT_NAME.search(line)


def test_a_review_sentence_naming_the_service_stays():
    # the heroine's bank app is part of the plot: not led by a pictograph, a long review paragraph
    line = ("In the second half Dina pays her brother's debts through Monobank at midnight, and the author makes that little "
            "notification sound carry the whole weight of the family's quarrel over the flat they both inherited.")
    text, report = clean(hugo(paras(*REVIEW[:2], line, *REVIEW[2:])))
    assert "notification sound" in text, rules(report)


def test_the_reviews_score_after_a_closing_plea_stays():
    # the plea goes; the score and a short recommendation after it are the review's, not a sign-off
    plea = "Recenzuję nocami. Wrzuć coś na Zrzutkę albo Patronite, jeśli chcesz więcej takich tekstów."
    tail = ["Moja ocena: 7/10, bo środek się dłuży.", "Polecam też jej opowiadania."]
    text, report = clean(hugo(paras(*REVIEW, plea, *tail)))
    assert "Recenzuję nocami" not in text, rules(report)
    assert "Moja ocena: 7/10" in text and "opowiadania" in text, rules(report)
    assert_review_kept(text)


@pytest.mark.parametrize("line", [
    "<p><a href='https://shopee.ph/rak.ni.lola'>Bilhin sa Shopee</a> (affiliate link)</p>",
    "<p><a href='https://www.tokopedia.com/tokobukuraya/novel'>Beli di Tokopedia</a> — tautan afiliasi, ya.</p>",
])
def test_a_linked_buy_line_at_a_national_marketplace_naming_the_affiliate_scheme_goes(line):
    text, report = clean(hugo(paras(*REVIEW) + line))
    assert "Shopee" not in text and "Tokopedia" not in text, rules(report)
    assert_review_kept(text)


def test_a_review_sentence_about_a_marketplace_stays():
    line = ("<p>Half the plot turns on a parcel lost between two <a href='https://shopee.ph/'>Shopee</a> warehouses, and "
            "the affiliate scheme the heroine runs from her kitchen is satire of the gentlest, sharpest kind.</p>")
    text, report = clean(hugo(paras(*REVIEW[:2]) + line + paras(*REVIEW[2:])))
    assert "lost between two" in text, rules(report)


@pytest.mark.parametrize("plea", [
    "Gefällt euch der Lesekreis? Unterstützt uns mit einer Überweisung auf das Konto im Impressum, danke!",
    "Jeśli chcesz wesprzeć nasze spotkania, wpłać coś przelewem na konto podane w zakładce Kontakt.",
])
def test_a_closing_plea_for_a_bank_transfer_goes(plea):
    text, report = clean(hugo(paras(*REVIEW, plea)))
    assert plea[:20] not in text, rules(report)
    assert_review_kept(text)


def test_a_closing_line_about_an_account_in_the_story_stays():
    line = "Don't expect the bank account subplot to resolve; it is the one thread the author leaves hanging."
    text, report = clean(hugo(paras(*REVIEW, line)))
    assert "subplot to resolve" in text, rules(report)
