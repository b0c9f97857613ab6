"""The owner of "this book" opening a sentence in Chinese, Japanese or Korean (booknounowner.closed_owner), narrowed
(rev34b): the phrase names the owner of a copy as often as the author, so a word named twice alone is no name; a
person is marked by a Chinese family name, an honorific, a Korean surname named again, or a credit elsewhere ("作者は
A"); kin, friends, colleagues, translators, places and pronouns never; a Korean sentence opens after ". " too."""

from scraper.extract.book import Context
from scraper.extract.booknounowner import closed_owner


def _owner(text, title="海の家"):
    lines = [l for l in text.split("\n") if l]
    return closed_owner(lines, Context(text=text), [title])


# --- still read

def test_chinese_name_with_teacher_honorific_stripped():
    assert _owner("陈思雨老师的这本书写了三代人。\n结尾很动人。") == "陈思雨"


def test_korean_sentence_after_a_full_stop():
    assert _owner("올해 읽은 책 중 최고였다. 정하람 작가의 이 소설은 겨울 바다를 그린다.") == "정하람"


def test_japanese_honorific_from_the_shared_list():
    assert _owner("山本女史のこの本は、港町の冬を描いている。") == "山本"


def test_japanese_name_credited_elsewhere():
    assert _owner("宮田のこの小説は静かだ。\n作者は宮田で、これが二作目になる。") == "宮田"


def test_korean_surname_named_again():
    assert _owner("윤다인의 이 책은 짧다.\n윤다인은 문장을 아낀다.") == "윤다인"


# --- near misses: the owner of a copy, kin, roles, pronouns

def test_chinese_copy_owners_named_twice():
    for text in ["室友的这本书我借了一个月。\n室友说她很喜欢。", "书店的这本书只剩一本了。\n书店老板说卖得很好。",
                 "编辑的这本书读起来很顺。\n编辑说改了很多遍。", "高中的这本小说陪了我一个夏天。\n高中时读过。"]:
        assert _owner(text) is None, text


def test_chinese_honorific_on_a_surname_alone():
    assert _owner("王老师的这本书我读了三遍。\n王老师推荐的。") is None


def test_japanese_kin_and_pronoun_named_twice():
    for text in ["祖父のこの本は古い。\n祖父はこの本をよく読んでいた。", "彼女のこの小説は長い。\n彼女は詩人だった。",
                 "先輩のこの本を借りた。\n先輩は読書家だ。"]:
        assert _owner(text) is None, text


def test_korean_kin_and_friends_named_twice():
    for text in ["할머니의 이 책은 오래되었다.\n할머니는 이 책을 아끼셨다.", "친구의 이 책을 빌렸다.\n친구는 책을 좋아한다.",
                 "동생의 이 책은 낙서투성이다.\n동생은 그림을 그렸다."]:
        assert _owner(text) is None, text
