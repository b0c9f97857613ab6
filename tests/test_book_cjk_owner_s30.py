"""The owner of a book in Chinese, Japanese and Korean text: a Japanese name of kanji and kana before its honorific and
の『T』 (booktitles.cjk_owner), and the owner of "this novel" opening a sentence, "A的这部小说", "Aのこの小説", "A의 이 소설"
(booknounowner.closed_owner)."""

from scraper.extract.book import Context
from scraper.extract.booknounowner import closed_owner
from scraper.extract.booktitles import cjk_owner


# --- a Japanese name of kanji and kana, honoured, after a particle

def test_kana_name_after_topic_particle():
    assert cjk_owner("昨日は吉本ゆかりさんの『夏の果実』を読みました。") == ("夏の果実", "吉本ゆかり")


def test_kana_name_with_teacher_honorific():
    assert cjk_owner("最近は森ひかり先生の『月夜の台所』にはまっています。") == ("月夜の台所", "森ひかり")


def test_kana_name_opening_the_line():
    assert cjk_owner("川村みさき氏の『灯台守の娘』は静かな小説だ。") == ("灯台守の娘", "川村みさき")


def test_kana_run_with_a_particle_is_no_name():
    assert cjk_owner("読者のみなさんの『おすすめの一冊』を募集します。") is None


def test_kana_word_without_a_kanji_head():
    assert cjk_owner("お母さんの『料理ノート』を久しぶりに開いた。") is None


def test_kana_name_without_honorific_is_not_read_whole():
    # no honorific, named once: the run of kanji and kana is no person's for sure
    assert cjk_owner("今日は森ひかりの『月夜の台所』を読んだ。") is None


# --- the owner of "this novel" opening a sentence

def test_chinese_this_novella():
    lines = ["张晓梅的这部长篇小说写了三代人。", "结尾很动人。"]
    assert closed_owner(lines, Context(text="\n".join(lines)), ["海边的房子"]) == "张晓梅"


def test_chinese_traditional_this_book():
    lines = ["這週讀完了。林雨萱的這本書節奏很慢。", "但我很喜歡。"]
    assert closed_owner(lines, Context(text="\n".join(lines)), ["霧中的港口"]) == "林雨萱"


def test_japanese_this_novel_honoured():
    lines = ["森山ゆきさんのこの小説は、港町の冬を描いている。"]
    assert closed_owner(lines, Context(text=lines[0]), ["冬の港"]) == "森山ゆき"


def test_korean_this_novel_named_again():
    lines = ["김하윤의 이 장편소설은 바닷가 마을의 겨울을 그린다.", "김하윤은 문장을 아낀다."]
    assert closed_owner(lines, Context(text="\n".join(lines)), ["겨울 바다"]) == "김하윤"


def test_writer_word_pronoun_or_time_is_no_owner():
    for line in ["作者的这部小说写得很细。", "他的这本书我读了两遍。", "今年的这本书是朋友送的。", "朋友推荐的这本书很好看。"]:
        assert closed_owner([line], Context(text=line), ["海边的房子"]) is None, line
    line = "作者のこの作品は二度目です。"
    assert closed_owner([line], Context(text=line), ["冬の港"]) is None


def test_owner_needs_a_title_and_no_part_of_it():
    line = "张晓梅的这部小说写了三代人。"
    assert closed_owner([line], Context(text=line), []) is None
    assert closed_owner([line], Context(text=line), ["张晓梅传"]) is None
