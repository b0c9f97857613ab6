"""bookjakana: a Japanese writer whose family name is in kanji and given name in katakana keeps the family name when
the owner rule reads "Name の『T』" (booktitles.cjk_owner); a foreign name in katakana, a role word before it, or a
Chinese owner are left as they were. Our own Japanese sentences and invented names; a Chinese near miss."""

from scraper.extract.bookjakana import kana_given
from scraper.extract.booktitles import cjk_owner


def test_family_name_in_kanji_before_a_katakana_given_name():
    assert cjk_owner("先週、森下ユウの『夜の港』を読んだ。") == ("夜の港", "森下ユウ")
    assert cjk_owner("森下ユウの『夜の港』、ずっと気になっていた。") == ("夜の港", "森下ユウ")
    assert cjk_owner("やっと林ミカの『青い坂道』を買った。") == ("青い坂道", "林ミカ")
    # a role word before the name: the kanji after it are the family name
    assert cjk_owner("作家森下ユウの『夜の港』は短い。") == ("夜の港", "森下ユウ")
    # written with a space between family and given name
    assert cjk_owner("森下 ユウの『夜の港』を読んだ。") == ("夜の港", "森下ユウ")


def test_near_misses():
    # a foreign writer in katakana after a role or a nationality: the katakana run alone
    assert cjk_owner("作家カミュの『異邦人』を再読した。") == ("異邦人", "カミュ")
    assert cjk_owner("英国作家ジョン・スミスの『霧の町』を読んだ。") == ("霧の町", "ジョン・スミス")
    # kanji running on for longer than a family name: no telling where the name starts
    assert kana_given("三日間森下ユウの", 5, "ユウ") == "ユウ"
    # a word in kanji that ends as a thing does ("英語", a language) is no family name
    assert kana_given("英語ユウの", 2, "ユウ") == "ユウ"
    # Chinese owners are read as before
    assert cjk_owner("终于把陈明远的《江边小屋》读完了。") == ("江边小屋", "陈明远")
