"""Code review rev31e, in our own words: bookcjkline._closing took any 「…」 in the body as another bracketed title (a
line of dialogue, a quoted phrase), so the slashed record closing a post ("『T』A／文庫") was lost; and a colon before
the record line ("今回読んだ本：", the book read this time) was taken as a pointer to the next book. Now only 『』《》 set a
title, and only a pointer's words (次に/おすすめ/推荐/下一本/추천 …) before the colon turn the record away.

Fires: ja and zh records after dialogue in 「」, after a label of the book read (ja, zh). Near misses: another title in
『』 or 《》 in the text, a pointer to the next or a recommended book (ja, zh).
"""

from __future__ import annotations

import pytest

from scraper.extract.bookcjkline import _closing

JA = "『コンビニ人間』村田沙耶香／文春文庫"
ZH = "《活着》余华／作家出版社"


@pytest.mark.parametrize("record,lines", [
    (JA, ["古倉さんは「普通」になるために、店員としての言葉を覚えていく。", "店長の「いらっしゃいませ」が耳に残る。", JA]),
    (JA, ["感想はここまで。", "今回読んだ本：", JA]),
    (JA, ["感想はここまで。", "今月の一冊：", JA]),
    (ZH, ["福贵说：「活着就好。」", "这是一本关于忍耐的小说。", ZH]),
    (ZH, ["这是一本关于忍耐的小说。", "本次阅读：", ZH]),
])
def test_the_closing_record_is_read(record, lines):
    assert _closing(record, lines)


@pytest.mark.parametrize("record,lines", [
    (JA, ["『地球星人』と比べると静かな作品だ。", "感想はここまで。", JA]),
    (JA, ["感想はここまで。", "次に読む本：", JA]),
    (JA, ["感想はここまで。", "おすすめの一冊：", JA]),
    (ZH, ["这本书让我想起《兄弟》。", "这是一本关于忍耐的小说。", ZH]),
    (ZH, ["这是一本关于忍耐的小说。", "推荐阅读：", ZH]),
    (ZH, ["这是一本关于忍耐的小说。", "下一本：", ZH]),
])
def test_another_title_or_a_pointer_turns_it_away(record, lines):
    assert not _closing(record, lines)
