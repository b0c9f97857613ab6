"""Notes (round 32, NOTES): a Slovak (and Czech) house that gave the copy, on either side of its verb and with the
newsroom between ("poskytlo redakcii vydavateľstvo"); a Chinese copy sent by someone at the publisher ("出版社的编辑寄来的");
the hard things a Japanese, Chinese or Korean warning lists beyond violence and death (abduction, confinement,
abortion, infidelity). Our own words and markup; near misses after each."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes
from scraper.extract.notewords import names_hard_thing

_SK = (
    "\n\nPrvý odsek recenzie hovorí o deji, postavách a meste, kde sa všetko odohráva, a o jazyku autora.\n\n"
    "Druhý odsek recenzie váži tempo a štýl, stred knihy, ktorý sa vlečie, a koniec, ktorý to vynahradí.\n\n"
    "Tretí odsek hovorí, komu knihu odporučiť a čo čítať potom, ak vás táto nálada chytí."
)
_ZH = (
    "\n\n第一段写故事发生在哪里，人物是谁，作者的语言有什么特点，读起来是什么感觉。\n\n"
    "第二段写中间部分有点拖沓，但结尾收得很好，几条线索最后都接上了。\n\n"
    "第三段写推荐给谁，读完以后还可以接着读哪几本书。"
)
_JA = (
    "\n\n一段落目では物語の舞台と登場人物、作者の文体について書いています。\n\n"
    "二段落目では中盤の展開が少し遅いこと、それでも結末が見事なことを書いています。\n\n"
    "三段落目ではどんな人におすすめか、次に読むならどの本かを書いています。"
)


@pytest.mark.parametrize("note", [
    "*Recenzný výtlačok nám poskytlo vydavateľstvo Slovart.*",
    "Knihu mi na recenziu poslalo vydavateľstvo.",
    "Vydavateľstvo Artforum mi poskytlo recenzný výtlačok.",
    "Recenzný výtlačok poskytlo redakcii vydavateľstvo Ikar, ďakujeme.",
    "Nakladatelství Host mi poskytlo recenzní výtisk.",
    "Výtisk k recenzi poskytlo redakci nakladatelství.",
])
def test_slovak_and_czech_house_as_giver_is_a_disclosure(note):
    assert read_notes(note + _SK).disclosure


@pytest.mark.parametrize("note", [
    "Vydavateľstvo poskytlo autorovi štipendium na dopísanie rukopisu.",
    "Nakladatelství poskytlo autorce rezidenci v Praze.",
    "Vydavateľstvo Ikar, 2025, 320 strán, preklad z nemčiny.",
    "Knihu som si kúpil sám, vydavateľstvo o recenzii nevie.",
])
def test_slovak_and_czech_near_misses_are_no_disclosure(note):
    assert read_notes(note + _SK).disclosure is None


@pytest.mark.parametrize("note", [
    "这本小说是出版社的编辑寄来的，我答应写几句读后感。",
    "這本書是出版社的朋友寄來的，謝謝她。",
    "书是出版社的同事送给我的，先说明一下。",
])
def test_chinese_copy_sent_by_someone_at_the_publisher(note):
    assert read_notes(note + _ZH).disclosure


@pytest.mark.parametrize("note", [
    "这本书不是出版社的朋友寄来的，是我自己在旧书店买的。",
    "出版社的编辑在访谈里说，这本书再版了三次。",
    "我朋友在出版社工作，但这本书是我在网上买的。",
])
def test_chinese_near_misses_are_no_disclosure(note):
    assert read_notes(note + _ZH).disclosure is None


@pytest.mark.parametrize("note, lang", [
    ("※注意：この本には子どもの誘拐と監禁の場面が出てきます。", _JA),
    ("※ご注意：中絶と不倫についての描写があります。", _JA),
    ("※注意：书中有绑架和堕胎的情节，请斟酌阅读。", _ZH),
    ("※注意：書中有綁架與出軌的情節。", _ZH),
])
def test_cjk_warning_naming_abduction_abortion_infidelity(note, lang):
    assert read_notes(note + lang).content_warnings


def test_korean_hard_things_named():
    assert names_hard_thing("※ 유괴와 감금 장면이 나옵니다")
    assert names_hard_thing("※ 낙태와 불륜에 대한 묘사가 있어요")


@pytest.mark.parametrize("note, lang", [
    ("※注意：この本には誘拐の場面はありません。安心して読めます。", _JA),  # says there is none
    ("今回の本は誘拐事件を追う新聞記者の話ですが、とても穏やかな読み心地でした。", _JA),  # no note, the plot
    ("※注意：本文没有绑架或堕胎的情节。", _ZH),  # denied
    ("这部小说讲的是一个出轨的丈夫怎样慢慢回家的故事，笔调温和。", _ZH),  # no note, the plot
])
def test_cjk_near_misses_are_no_warning(note, lang):
    assert read_notes(note + lang).content_warnings is None


@pytest.mark.parametrize("note, lang", [
    ("※注意：薬物依存と戦争の場面がたくさん出てきます。", _JA),
    ("※注意：书里有强奸和吸毒的情节，请谨慎阅读。", _ZH),
    ("※注意：書中有種族歧視與戰爭的描寫。", _ZH),
])
def test_cjk_warning_naming_rape_drugs_war(note, lang):
    assert read_notes(note + lang).content_warnings


def test_korean_further_hard_things_named():
    assert names_hard_thing("※ 마약과 알코올 중독 장면이 나와요")
    assert names_hard_thing("※ 전쟁과 인종 차별 묘사가 많습니다")
    assert not names_hard_thing("※ 책 중독자라면 꼭 읽어야 할 책")  # a reader's joke, no hard thing
    assert not names_hard_thing("※ 전쟁 장면은 없습니다")  # says there is none


@pytest.mark.parametrize("note, lang", [
    ("戦争が終わった町で、パン屋を開く姉妹の穏やかな物語です。", _JA),  # no note: the plot
    ("※注意：本书没有战争或吸毒的描写，可以放心读。", _ZH),  # denied
])
def test_cjk_further_near_misses(note, lang):
    assert read_notes(note + lang).content_warnings is None


_KO = (
    "\n\n첫 문단은 이야기의 배경과 인물, 작가의 문체에 대해 씁니다.\n\n"
    "둘째 문단은 중반이 조금 늘어지지만 결말이 좋다는 이야기를 합니다.\n\n"
    "셋째 문단은 누구에게 추천할지, 다음에 무엇을 읽을지 씁니다."
)


@pytest.mark.parametrize("note, lang", [
    ("この本は出版社に勤める友人が送ってくれました。", _JA),
    ("出版社の編集者さんから送っていただきました。", _JA),
    ("이 책은 출판사에 다니는 친구가 보내 줬어요.", _KO),
    ("출판사 편집자님이 보내주신 책입니다.", _KO),
])
def test_ja_ko_copy_sent_by_someone_at_the_publisher(note, lang):
    assert read_notes(note + lang).disclosure


@pytest.mark.parametrize("note, lang", [
    ("出版社の友人は、この本が一番売れたと話していました。", _JA),
    ("출판사의 친구는 이 책이 잘 팔린다고 했어요.", _KO),
    ("출판사 친구가 추천해 줘서 서점에서 샀어요.", _KO),
])
def test_ja_ko_near_misses_are_no_disclosure(note, lang):
    assert read_notes(note + lang).disclosure is None
