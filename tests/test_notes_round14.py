"""scraper.extract.notes, round 14: Afrikaans (a "resensie-eksemplaar" the publisher "gestuur" = sent, the label
"Waarskuwing:"), the Chinese "寄給/寄给" (sent to) in a note set apart in brackets, the Japanese "亡くし/亡くな" (lost,
passed away) as a hard thing after a bracketed warning label, and the Nepali/Hindi publisher who gave the copy free
("प्रकाशकले … निःशुल्क"). Near misses: the same words where they say something else.
"""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

BODY = "\n\n".join([
    "The novel follows two sisters who inherit a lighthouse and cannot agree on whether to sell it.",
    "Most of the book is their letters, which grow shorter and sharper as the winter goes on.",
    "I wanted more of the village, but the last fifty pages are as tense as any thriller I read this year.",
] * 2)


def notes(note: str, where: str = "bottom"):
    return read_notes(note + "\n\n" + BODY if where == "top" else BODY + "\n\n" + note)


@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("note", [
    "Die uitgewer het vir my 'n resensie-eksemplaar gestuur, dankie.",  # af
    "Ek het 'n resensie-eksemplaar van die uitgewer ontvang.",  # af
    "（說明一下：這本書是出版社寄給我的試讀本，心得都是自己的。）",  # zh-Hant, in brackets
    "（这本书是出版社寄给我的，感想是我自己的。）",  # zh-Hans
    "इस समीक्षा के लिए प्रकाशक ने यह किताब मुफ़्त दी थी।",  # hi
    "यो किताब प्रकाशकले मलाई निःशुल्क दिएको हो।",  # ne
])
def test_a_copy_sent_by_the_publisher_is_a_disclosure(note, where):
    assert notes(note, where).disclosure is not None


@pytest.mark.parametrize("note", [
    "Die uitgewer het die boek in 1998 vir die eerste keer uitgegee.",  # af: the publisher published it, nothing sent
    "Ek het my eie eksemplaar in 'n tweedehandse winkel gekoop.",  # af: bought
    "這本不是出版社寄給我的，是我自己在舊書攤買的。",  # zh: not set apart (and denied)
    "（出版社的官網可以免費試讀第一章。）",  # zh: the publisher offers a free chapter, nothing sent
    "प्रकाशक की वेबसाइट पर पहला अध्याय मुफ़्त पढ़ा जा सकता है।",  # hi: a free chapter to read on the publisher's site
])
def test_no_copy_given_is_no_disclosure(note):
    assert notes(note).disclosure is None


@pytest.mark.parametrize("note", [
    "Waarskuwing: die boek beskryf selfmoord en geweld teen kinders.",  # af
    "Inhoudswaarskuwing: die dood van 'n kind, geweld.",  # af
    "【注意】家族を亡くした人の話が続くので、読む時期を選んでください。",  # ja: a loss, after a bracketed label
    "【注意】主人公の母が病気で亡くなる場面があります。",  # ja
])
def test_a_labelled_warning_is_a_content_warning(note):
    assert notes(note, "top").content_warnings is not None


@pytest.mark.parametrize("note", [
    "Die skrywer se waarskuwing aan die leser kom eers in die laaste hoofstuk.",  # af: the word inside a sentence
    "【注意】ネタバレを含みます。",  # ja: a spoiler note
    "【お知らせ】来月は亡くなった作家の特集はお休みです。",  # ja: an announcement label, no warning label
])
def test_no_warning_label_or_no_hard_thing_is_no_content_warning(note):
    assert notes(note, "top").content_warnings is None


@pytest.mark.parametrize("where", ["top", "bottom"])
def test_the_publisher_who_sent_the_copy_in_korean_is_a_disclosure(where):
    assert notes("출판사에서 개정판을 한 권 보내 주셔서 다시 읽었어요.", where).disclosure is not None


@pytest.mark.parametrize("note", [
    "출판사에서 나온 같은 작가의 다른 책도 받아 보고 싶네요.",  # wishing to get more books, nothing sent
    "출판사에서 보낸 보도자료에는 줄거리가 너무 많이 나와 있어요.",  # the publisher's press release, not a copy to me
])
def test_a_publisher_named_without_a_copy_sent_to_me_is_no_korean_disclosure(note):
    assert notes(note).disclosure is None
