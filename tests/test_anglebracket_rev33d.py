"""A Chinese owner of a title in 〈〉, "A的〈T〉" (``booktitles.cjk_owner``; review rev33d).

In Taiwan's usage 〈〉 sets a story's or an essay's title, and a song's, a painting's or a film's as well: the title is
a piece of writing where a writing's kind stands between the particle and the bracket ("A的短篇〈T〉"), a word of writing
follows it ("〈T〉寫於…", "〈T〉這篇小說", "〈T〉，寫得…"), or a verb of reading comes before the name ("讀A的〈T〉").
Every sentence here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract.booktitles import cjk_owner


def test_fires_on_a_piece_of_writing():
    assert cjk_owner("林文月的〈午後書房〉寫於一九七八年，篇幅不長。") == ("午後書房", "林文月")
    assert cjk_owner("賴和之〈一桿稱仔〉這篇小說，今天讀來依然刺痛。") == ("一桿稱仔", "賴和")
    assert cjk_owner("重讀鍾理和的〈原鄉人〉，想起外公。鍾理和") == ("原鄉人", "鍾理和")
    assert cjk_owner("吳明益的短篇〈天橋上的魔術師〉最讓我難忘。吳明益") == ("天橋上的魔術師", "吳明益")


def test_song_painting_place_are_no_book():
    text = "這幾天一邊聽著周杰倫的〈晴天〉，一邊讀完了這本小說。周杰倫的歌總讓我想起高中。"
    assert cjk_owner(text) is None
    assert cjk_owner("美術館裡梵谷的〈星夜〉是一幅讓人屏息的畫。梵谷") is None
    assert cjk_owner("我最喜歡台北的〈夜〉那首歌。台北") is None
    assert cjk_owner("宮崎駿的名作〈龍貓〉陪我長大。宮崎駿") is None


def test_reading_verb_must_stand_before_the_name():
    assert cjk_owner("我讀書時聽著周杰倫的〈晴天〉。周杰倫") is None
