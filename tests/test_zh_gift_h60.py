"""Chinese free-copy notes (holdout60): the publisher "gave the book to read" (赠阅, 寄赠, 惠赠) as a note says it,
"本书由出版社赠阅", and the book "provided/gifted by" a house named by its own name ("本书由某某出版集团提供"), in
simplified and traditional script. Near misses: the book published, translated or lent by someone (出版, 翻译, 借),
a publisher that gave something else, and a shop that sells it.
"""

from __future__ import annotations

import pytest

from scraper.extract.notes import find_disclosure
from tests.test_notes_free_given import blocks


@pytest.mark.parametrize("line", [
    "说明：本书由出版社赠阅，书评内容为个人真实感受。",
    "（本書由出版社贈閱，心得皆為個人意見。）",
    "本书由潮汐出版集团惠赠，感谢。",
    "此书由港湾文化提供，评价不受影响。",
    "這本書由海鹽書房寄贈，謝謝。",
])
def test_zh_free_copy_notes(line):
    assert find_disclosure(blocks(line)) == line


@pytest.mark.parametrize("line", [
    "本书由潮汐出版集团出版，装帧很漂亮。",  # published by, no copy given
    "本书由一位年轻译者翻译，译文流畅。",  # translated by
    "这本书是我从图书馆借来的，读得很慢。",  # borrowed from a library
    "出版社的封面设计很用心，纸张也好。",  # the publisher named, nothing given
])
def test_zh_near_misses(line):
    assert find_disclosure(blocks(line)) is None
