"""A Japanese headline that opens on its book's owner, a kanji family name with a hiragana given name, right before the
bracketed title: "森川ひかり『T』を読んだ", "【読書感想】吉野まゆみ『T』", "川村さより「T」読了" (``bookcjkslash.kana_owner``,
asked by ``bookheadline.from_title``). Hiragana is also the particles' and verbs' script, so the name must end no
verb or particle and the text must say it again outside the headline, as the writer's (氏, さん, 著, の三作目: rev30c). Near misses: a clause before the brackets
("先月読んだ『T』", "話題の『T』"), a name the text never says again, a kanji name (read by the rules before).

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookcjkslash import kana_owner
from scraper.extract.bookheadline import from_title


def _ctx(text: str) -> Context:
    return Context(text, (), "ja")


def test_a_hiragana_given_name_before_the_brackets():
    text = "静かな港町の話。森川ひかり氏の文章はいつも短くて、読み終えたあとに余韻が残る。"
    found = from_title("森川ひかり『灯台のある町』を読んだ", _ctx(text))
    assert (found.title, found.author) == ("灯台のある町", "森川ひかり")
    text = "吉野まゆみの三作目。前作より登場人物が多い。"
    assert kana_owner("【読書感想】吉野まゆみ『雨の図書館』", _ctx(text)) == ("雨の図書館", "吉野まゆみ")
    text = "川村さよりさんの本は初めて。猫が出てくる話が好きだ。"
    assert kana_owner("川村さより「猫と月曜日」読了", _ctx(text)) == ("猫と月曜日", "川村さより")


def test_near_misses():
    text = "先月読んだ本の中でいちばん良かった。話題の作品だけある。"
    assert kana_owner("先月読んだ『灯台のある町』", _ctx(text)) is None
    assert kana_owner("話題の『灯台のある町』", _ctx(text)) is None
    # the name is not said again outside the headline
    assert kana_owner("森川ひかり『灯台のある町』を読んだ", _ctx("静かな港町の話。文章が短い。")) is None
