"""A foreign author's name in Chinese letters joins given names and surname with a middle dot ("玛丽·雪莱", "約翰·史坦貝克");
the owner rule ("Name的《Title》") reads the run of Han letters before 的, which stops at the dot. Where dotted given names
open the clause right before that run, the author is the whole dotted name (``booktitles._dotted_given``).

Near misses: a column's label before a dot ("书评·", "随笔·"), a clause that does not open at the name ("看了约翰·…"),
a Chinese name without a dot, and a Japanese katakana name (its own ・ rule). Every text here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract.booktitles import cjk_owner


def test_dotted_given_names_join_the_surname_simplified_and_traditional():
    text = "艾琳·霍尔特的《盐路》我读了两遍。霍尔特写海边小镇写得很冷静，霍尔特也不急着解释。"
    assert cjk_owner(text) == ("盐路", "艾琳·霍尔特")
    text = "去年冬天，瑪格麗特·歐文的《燈塔日記》終於出了新版。歐文的句子很短，歐文不寫多餘的話。"
    assert cjk_owner(text) == ("燈塔日記", "瑪格麗特·歐文")
    text = "约翰·彼得·克劳斯的《北方的河》。克劳斯写得慢，克劳斯也写得准。"
    assert cjk_owner(text) == ("北方的河", "约翰·彼得·克劳斯")


def test_a_column_label_before_the_dot_is_no_given_name():
    text = "书评·林秋白的《南方的雨》。林秋白写雨写了一整本书，林秋白很耐心。"
    assert cjk_owner(text) == ("南方的雨", "林秋白")
    text = "随笔·林秋白的《南方的雨》。林秋白写雨，林秋白很耐心。"
    assert cjk_owner(text) == ("南方的雨", "林秋白")


def test_a_clause_that_does_not_open_at_the_name_keeps_the_surname():
    text = "最近看了艾琳·霍尔特的《盐路》。霍尔特写海边小镇，霍尔特很冷静。"
    assert cjk_owner(text) == ("盐路", "霍尔特")


def test_names_without_a_dot_and_katakana_names_are_unchanged():
    assert cjk_owner("林秋白的《南方的雨》写得很慢。林秋白很耐心。") == ("南方的雨", "林秋白")
    assert cjk_owner("エリン・ホルトの『塩の道』を読んだ。ホルトの文章は静かだ。") == ("塩の道", "エリン・ホルト")
