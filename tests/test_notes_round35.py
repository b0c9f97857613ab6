"""Notes rules of the holdout35 round, on our own sentences, with near misses:

- a warning note that says what the book holds with "is spoken of", "talks about", "it is about", "touches on"
  (notewords.DEPICT: th, zh, ko, vi, id, it, fr, es, pt, de, nl, en, sv, pl, cs, ro, tr), read after a bare "attention"
  label or a note mark only when it also names a hard thing;
- a short note in Thai counted by its words, five letters a word, not two (notewarnings.note_words, as notegift counts).
"""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes
from scraper.extract.notewarnings import note_words
from scraper.extract.notewords import DEPICT
from scraper.extract.words import count_words

TAIL = ("\n\nThe two brothers share a flat in the old quarter and barely speak; the prose is plain and patient and the "
        "chapters are short.\n\nThe ending hurries a little, but the middle of the book is very good indeed.")


def _cw(markdown: str) -> str | None:
    return read_notes(markdown + TAIL).content_warnings


@pytest.mark.parametrize("note", [
    # it, es, fr, pt, de, nl, en: a bare "attention" label, then "is spoken of" and a hard thing
    "*Attenzione: verso la fine del romanzo si parla di un suicidio e di violenza in famiglia.*",
    "Atención: en la segunda parte se habla de abusos y de la muerte de un hijo.",
    "Attention : dans les derniers chapitres, il est question de suicide et de violences.",
    "Atenção: o livro fala de violência doméstica e de um suicídio.",
    "Achtung: Im zweiten Teil geht es um Missbrauch und den Tod der Mutter.",
    "Let op: het laatste deel gaat over zelfmoord en huiselijk geweld.",
    "Attention: the final chapters talk about suicide and the death of a child.",
])
def test_attention_label_with_spoken_of(note):
    assert _cw(note)


@pytest.mark.parametrize("note", [
    # th, zh, vi: a note mark, then "talks about" and a hard thing
    "⚠️ ขอบอกก่อนนะ: ในเล่มนี้มีหลายตอนพูดถึงการฆ่าตัวตายและความรุนแรง",
    "⚠️ 提醒：书里好几章谈到自杀和家暴。",
    "⚠️ Lưu ý: cuốn sách nói về bạo lực gia đình và cái chết.",
])
def test_marked_note_with_talks_about(note):
    assert _cw(note)


@pytest.mark.parametrize("note", [
    # near misses: "talks about" with nothing hard; a hard word in a plain opening paragraph with no label or mark;
    # a label that says there is none
    "Attenzione: nel romanzo si parla di cucina, di viaggi e di amicizia.",
    "⚠️ ขอบอกก่อนนะ: เล่มนี้พูดถึงการทำอาหารและการเดินทาง",
    "Il romanzo parla di un suicidio mancato e di una famiglia che si ricompone lentamente, anno dopo anno, fra "
    "Milano e il mare.",
    "Achtung: Es geht um nichts Schlimmes, ohne Gewalt.",
    "Attention: the novel talks about cooking, travel and friendship.",
])
def test_not_a_warning(note):
    assert _cw(note) is None


@pytest.mark.parametrize("text, found", [
    ("si parla di lutto", True), ("on parle du deuil", True), ("se habla de la guerra", True), ("es geht um Gewalt", True),
    ("touches on grief", True), ("bahsediyor", True), ("เล่มนี้พูดถึงความตาย", True), ("书里谈到死亡", True),
    ("il parlamento", False), ("parlante", False), ("the talkative aunt", False), ("geht umher", False),
])
def test_depict_talks_of(text, found):
    assert bool(DEPICT.search(text)) is found


def test_thai_note_counted_five_letters_a_word():
    thai = "ขอบอกก่อนนะ ในเล่มนี้มีหลายตอนพูดถึงการฆ่าตัวตายและความรุนแรง คนที่ใจบางช่วงนี้ค่อยๆ อ่านทีละตอนก็ได้"
    assert note_words(thai) < count_words(thai)
    assert note_words(thai) <= 30
    # other scripts are counted as before
    for text in ("Attention: the final chapters talk about suicide.", "书里好几章谈到自杀和家暴。"):
        assert note_words(text) == count_words(text)


# --- a copy claimed free or through a trial programme (zh), a trial group's copy (ko): notewords.CLAIMED_FREE ----------

ZH_REST = ("\n\n主人公是一个小镇上的邮递员，每天骑车穿过山路送信。作者写得很克制，节奏慢但不拖沓，读完心里暖暖的。"
           "\n\n缺点是中间有几章重复，配角形象比较单薄。总体还是值得一读。")


@pytest.mark.parametrize("opening", [
    "先交代一下：这本书是参加书店的试用活动免费领取的，不影响我的评价。",
    "說明：本書為出版社試讀活動申請到的，以下是個人真實心得。",
    "这书是0元试用拿到的，感谢平台。",
])
def test_claimed_free_copy_zh(opening):
    assert read_notes(opening + ZH_REST).disclosure


KO_REST = "\n\n주인공은 작은 섬의 등대지기다. 문장이 담백하고 조용하다.\n\n중반이 조금 늘어지지만 마지막 장은 오래 남는다."


def test_trial_group_copy_ko():
    assert read_notes("이 책은 온라인 서점의 서평 체험단으로 받아 읽었습니다." + KO_REST).disclosure


def test_trial_group_call_is_no_copy_ko():
    assert read_notes("다음 달 도서 체험단 모집이 시작됩니다. 많은 신청 바랍니다." + KO_REST).disclosure is None


@pytest.mark.parametrize("opening", [
    # near misses: the book not free (denied); a free thing that is not the book; a trial of something else; bought
    "先说明：这本书不是免费领取的，是我自己花钱买的。",
    "书店最近有活动，关注公众号可以免费领取书签。",
    "我在京东试用里申请到了一台台灯，顺便买了这本书。",
    "这本书是我在书店打折时买的，很划算。",
])
def test_not_a_claimed_copy(opening):
    assert read_notes(opening + ZH_REST).disclosure is None
