"""A Korean headline that sets the author's name bare before the bracketed title, no particle: "다시 읽은 김하윤
『T』 후기". The name opens with a surname's syllable and the text calls the person by it as a word of its own. Near
misses: a word that opens with a surname's syllable but is a time ("이번에"), a name the text never uses again, a common
noun, the Chinese and Japanese forms the other rules read.

Every title and name here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookscripts import script_pair


def ctx(text: str) -> Context:
    return Context(text, (), "ko")


def test_a_bare_name_before_the_title():
    text = "오랜만에 소설을 읽었다. 박서진 특유의 담담한 문장이 좋았다."
    assert script_pair("겨울에 다시 읽은 박서진 『등대지기의 겨울』 후기", ctx(text)) == ("등대지기의 겨울", "박서진")
    text = "최하람은 이 책에서 바다를 그린다. 최하람의 다른 책도 읽어 볼 생각이다."
    assert script_pair("최하람 「푸른 그물」 서평", ctx(text)) == ("푸른 그물", "최하람")


def test_near_misses():
    # a time word that opens with a surname's syllable, used with a time's particle in the text
    assert script_pair("이번 『등대지기의 겨울』 후기", ctx("이번에 이 책을 다시 읽었다. 이번 겨울은 길었다.")) is None
    # the text never calls the person by the name
    assert script_pair("박서진 『등대지기의 겨울』 후기", ctx("오랜만에 소설을 읽었다. 문장이 좋았다.")) is None
    # a common noun before the title
    assert script_pair("장편소설 『등대지기의 겨울』 후기", ctx("장편소설 을 좋아한다.")) is None
    # the name glued to the next word in the text only ("박서진영" is someone else)
    assert script_pair("박서진 『등대지기의 겨울』 후기", ctx("박서진영 씨가 추천했다.")) is None


def test_a_word_ending_in_a_particle_is_not_bare():
    # "X의 『T』" is the genitive form, read by its own rule: the bare rule does not take "X의" for a name
    assert script_pair("남궁별의 『푸른 그물』", ctx("남궁별의 소설을 좋아한다.")) != ("푸른 그물", "남궁별의")


def test_a_particle_after_a_closing_bracket_is_no_name():
    # "「T1」이랑 「T2」": 이랑 (and) glued to the first title, not a name before the second
    text = "이 책에는 「붉은 지붕」이랑 「푸른 그물」이 함께 실려 있다. 이랑 이라는 단어는 여기서 접속 조사다."
    assert script_pair("「붉은 지붕」이랑 「푸른 그물」", ctx(text)) != ("푸른 그물", "이랑")


def test_the_line_itself_does_not_vouch():
    line = "박서진 『등대지기의 겨울』 후기"
    assert script_pair(line, ctx(line + "\n오랜만에 소설을 읽었다.")) is None
