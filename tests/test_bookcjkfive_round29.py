"""Round 29 (DETBOOK3): a name of five Han characters before の/的 and a bracketed title ("山田千佳子の長編『T』"), as
Japanese names often run (a family name of two and a given name of three), is read whole where the text names it
twice (booktitles.cjk_owner); before, its last four characters were the longest tried. Chinese and near misses: a
run of five the text names only once gives its shorter part named twice, or none.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.booktitles import cjk_owner

JA = "山田千佳子の長編『青い港の灯』は、港町の三姉妹を十年ごとに描く。"
JA_PAGE = JA + "\n静かな小説だが、読後に長く残る。\n青い港の灯\n著者：山田千佳子\n出版社：港書房"


def test_a_japanese_name_of_five_named_twice():
    assert cjk_owner(JA, JA_PAGE) == ("青い港の灯", "山田千佳子")


def test_a_chinese_name_of_three_still_read():
    text = "王晓明的长篇《北方的河》写一个家族。"
    page = text + "\n作者：王晓明\n出版社：北岳出版社"
    assert cjk_owner(text, page) == ("北方的河", "王晓明")


def test_near_misses():
    # a run of five whose whole the text names once: its part named twice (the name without a role word before it)
    text = "作家王晓明的《北方的河》写一个家族。"
    page = text + "\n王晓明生于北方。"
    assert cjk_owner(text, page) == ("北方的河", "王晓明")
    # named only once and no clause opening it: no owner of five
    text = "今年読んだなかで、東京湾岸物語の『青い港の灯』がいちばんだった。"
    assert cjk_owner(text, text) != ("青い港の灯", "東京湾岸物")
