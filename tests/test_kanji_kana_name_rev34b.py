"""A Japanese name of kanji and kana before an honorific and の『T』 (booktitles.cjk_owner), narrowed (rev34b): the kana
is a given name of two kana or more ("森ひかり"); one kana after a kanji stem is a noun's ending ("絵描きさん",
"物書きさん", "料理好きさん": a person by trade or taste, not a name)."""

from scraper.extract.booktitles import cjk_owner


def test_kana_given_name_of_two():
    assert cjk_owner("先週は村田ゆきさんの『北の港』を読んだ。") == ("北の港", "村田ゆき")


def test_kana_given_name_after_a_particle():
    assert cjk_owner("今月は藤井まどか先生の『雨の駅』にはまった。") == ("雨の駅", "藤井まどか")


def test_kana_given_name_opening_the_line():
    assert cjk_owner("小池あかね氏の『灯の町』は静かな小説だ。") == ("灯の町", "小池あかね")


def test_noun_with_one_kana_ending_is_no_name():
    for text in ["ブログ仲間の物書きさんの『北の港』の紹介を読んで、私も買った。",
                 "料理好きさんの『雨の駅』のレビューが面白かった。", "本屋の見習いさんの『灯の町』推しがすごい。",
                 "近所の絵描きさんの『北の港』の感想を読んだ。"]:
        assert cjk_owner(text) is None, text
