"""A foreign author's dotted name in a Chinese or Japanese headline beside its one bracketed title, in no shape the
title rules read ("重读《T》：A把…", "《T》里，A想说什么"): ``bookheadline.from_title`` (``bookcjkdotted.dotted_author``)
reads it when the text speaks of a part of the name as the one who writes ("B的写作", "B写道", "作者B", "Bの筆致").

Near misses: a character's dotted name the text never calls a writer, a dotted name inside the title, two dotted names
in the headline, a Japanese list set off by the same dot. Every text here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title


def _read(title: str, text: str, lang: str):
    book = from_title(title, Context(text, (), lang))
    return (book.title, book.author) if book else None


def test_simplified_chinese_name_running_on_into_the_headline():
    text = "这本书讲潮汐与月亮。马丁内斯的写作很耐心，每一章都从一个小实验开始。"
    assert _read("再读《潮汐的秘密》：卡洛斯·马丁内斯为什么要从月亮讲起？", text, "zh") == ("潮汐的秘密", "卡洛斯·马丁内斯")


def test_traditional_chinese_author_word_before_the_name():
    text = "作者霍夫曼花了十年走訪這些村莊，書中的照片也出自她手。"
    assert _read("《沉默的村莊》裡，伊莉莎·霍夫曼想說的是什麼", text, "zh-Hant") == ("沉默的村莊", "伊莉莎·霍夫曼")


def test_japanese_katakana_name_and_its_prose():
    text = "舞台は北の港町。ヴァレンティの筆致は淡々としていて、それがかえって胸に残る。"
    assert _read("『北の港』を読む――マルコ・ヴァレンティが描いた冬", text, "ja") == ("北の港", "マルコ・ヴァレンティ")


def test_near_misses():
    # a character, never called one who writes
    text = "小说写一个家族七代人的故事。布恩迪亚上校一次次起义，又一次次失败。"
    assert _read("《孤岛百年》：奥雷良·布恩迪亚上校的孤独", text, "zh") == ("孤岛百年", None)
    # the dotted name is the title's own
    assert _read("《哈罗德·芬奇的一年》：哈罗德·芬奇的孤独", "芬奇的写作很克制。", "zh") == ("哈罗德·芬奇的一年", None)
    # two dotted names: which one wrote it is not said
    assert _read("《潮汐的秘密》：卡洛斯·马丁内斯与安娜·罗莎", "马丁内斯的写作很耐心。罗莎的写作也是。", "zh") == ("潮汐的秘密", None)
    # a Japanese list set off by the same dot
    assert _read("『北の港』：恋愛・結婚・家族", "恋愛の話が続く。", "ja") == ("北の港", None)
