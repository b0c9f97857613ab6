"""``bookcjkslash.kana_owner``, "A『T』…" with a kanji family name and a hiragana given name: a phrase before the
brackets ("初めての", "大好きな", "夏休みの") has that shape too and is said again in the text. The name must be said as
the writer's: followed by 著, 氏, さん, 先生, 作品, or "の…作" (の新作, のデビュー作, の代表作).

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookcjkslash import kana_owner

_BODY = "港町の食堂を守る兄妹の話。静かな文章で、二晩で読み終えた。結末は少し急ぎ足だった。"


def _ctx(text: str) -> Context:
    return Context(text, (), "ja")


def test_fires_where_the_text_calls_the_writer():
    assert kana_owner("森川さより『冬の食堂』を読んだ", _ctx(_BODY + "森川さよりのデビュー作とは思えない。")) \
        == ("冬の食堂", "森川さより")
    assert kana_owner("【読書メモ】森川さより「冬の食堂」", _ctx("森川さより著。" + _BODY)) == ("冬の食堂", "森川さより")
    assert kana_owner("北野みのり『灯の庭』感想", _ctx(_BODY + "北野みのりさんの本はいつも優しい。")) == ("灯の庭", "北野みのり")
    assert kana_owner("北野みのり『灯の庭』", _ctx(_BODY + "北野みのりの新作で、前作より長い。")) == ("灯の庭", "北野みのり")


def test_a_phrase_said_again_is_no_owner():
    assert kana_owner("初めての『冬の食堂』", _ctx("初めての東山作品として読んだ。" + _BODY + "初めての人にも読みやすい。")) is None
    assert kana_owner("大好きな『冬の食堂』を再読", _ctx("大好きな本を読み返した。" + _BODY)) is None
    assert kana_owner("夏休みの「冬の食堂」", _ctx("夏休みの課題図書として読んだ。" + _BODY + "夏休みの感想文に。")) is None
    # a name said again, but never as the writer's
    assert kana_owner("森川さより『冬の食堂』", _ctx("森川さよりと一緒に読んだ。" + _BODY)) is None
