"""An event notice whose date and clock time are joined by a short word of the writer's language (holdout29 round
28, the body helper).

promo.DATE_AND_TIME read a boxed line opening with a date and a clock time ("9 March at 19:30") only when the word
between them was one of five (at, à, um, alle, a las). Languages join them with their own short word: Ukrainian and
Russian "о"/"в", Dutch "om", Portuguese "às", Polish "o", Czech "v", Turkish "saat", Norwegian "kl."; and a short word between the day and the month ("9 de abril"). Any word of up
to four letters (a dot after it allowed) is read there now. What stays: a review's line that opens with a date but
holds no clock time, a boxed line whose date and number are parted by a long word, and an unboxed dated line (the
rule asks for a line set apart). Our own words and markup.
"""

from __future__ import annotations

import pytest

from scraper.extract.promo import DATE_AND_TIME
from tests.cleaning import assert_lantern_review_kept as assert_review_kept
from tests.cleaning import clean_lantern as clean
from tests.cleaning import hugo, paras
from tests.cleaning import LANTERN_REVIEW as REVIEW


@pytest.mark.parametrize("line", [
    "12 березня о 19:00 — обговорення роману в читальні, вхід вільний.",
    "5 апреля в 18:30 — встреча читательского клуба в кафе у вокзала.",
    "14 maart om 20.00 uur leesclub in de bibliotheek aan de haven.",
    "9 de abril às 18h30, conversa com a tradutora na livraria.",
    "3 listopada o 17:00 spotkanie klubu książki w czytelni.",
    "21 Mart saat 19:00 kitap kulübü kafede buluşuyor.",
    "4. mars kl. 18.00 lesesirkel på biblioteket, alle er velkomne.",
])
def test_a_date_and_time_joined_by_a_short_word_is_read(line):
    assert DATE_AND_TIME.search(line), line


@pytest.mark.parametrize("line", [
    "12 березня вийшло друге видання, і воно краще за перше.",  # a date, no clock time
    "14 maart verscheen de vertaling van 320 bladzijden.",  # a number that is no clock time after a long word
    "3 listopada przeczytałam 12 rozdziałów naraz.",
])
def test_a_dated_line_without_a_clock_time_is_not_read(line):
    assert not DATE_AND_TIME.search(line), line


def test_a_boxed_notice_in_ukrainian_goes_and_an_unboxed_dated_line_stays():
    notice = "<div class='admonition note'><p>12 березня о 19:00 — обговорення роману в читальні, вхід вільний.</p></div>"
    text, _ = clean(hugo(paras(*REVIEW) + notice))
    assert "19:00" not in text
    assert_review_kept(text)
    line = "<p>12 березня о 19:00 я дочитала останній розділ і довго сиділа мовчки над цією книжкою, бо вона того варта.</p>"
    text, _ = clean(hugo(paras(*REVIEW) + line))
    assert "19:00" in text
