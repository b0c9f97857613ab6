"""rev28 #3: ``bookcjkslash.labelled_owner`` reads "【label】A《T》：remark" only when A is name-shaped (no imprint) and
the text calls no one else the author ("作者李某", "李某著"): a label's phrase before the brackets (a rating site's
praise, a prize, a list) said again in the text is a phrase, not a writer.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title


def _read(title: str, text: str, lang: str):
    book = from_title(title, Context(text, (), lang))
    return (book.title, book.author) if book else None


def test_names_still_read():
    zh = "作者并不急着交代结局。何远舟写小镇的雨季，一向细腻。"
    assert _read("【书评】何远舟《雨季》：小镇的潮湿", zh, "zh") == ("雨季", "何远舟")
    tw = "關於作者\n許某某，自由撰稿人。\n孟冬青寫港口的夜晚，冷靜又溫柔。孟冬青的筆調很穩。"
    assert _read("【書評】孟冬青《夜港》：港口的夜晚", tw, "zh-Hant") == ("夜港", "孟冬青")
    ja = "大森千景の文章は静かで、読み終えても余韻が残る。作者は港町で育ったという。"
    assert _read("【読書感想】大森千景『潮見坂』", ja, "ja") == ("潮見坂", "大森千景")


def test_a_phrase_before_the_brackets_where_the_text_names_the_author():
    zh = "豆瓣热门的小说我不太信，但《雨季》不同。作者何远舟写小镇的雨季，写得很慢。"
    assert _read("【书评】豆瓣热门《雨季》：小镇的潮湿", zh, "zh") == ("雨季", None)
    tw = "年度選書常常讓我失望，這本不會。這是孟冬青著的第一部長篇，年度選書名單上它排第一。孟冬青寫得很穩。"
    assert _read("【書評】年度選書《夜港》：港口的夜晚", tw, "zh-Hant") == ("夜港", None)
    ja = "本屋大賞の候補作はあまり読まないが、これは別だった。作者大森千景は港町で育ったという。"
    assert _read("【読書感想】本屋大賞『潮見坂』", ja, "ja") == ("潮見坂", None)


def test_an_imprint_before_the_brackets():
    zh = "新星出版社这几年出了不少好书。何远舟写小镇的雨季。"
    assert _read("【书评】新星出版社《雨季》", zh, "zh") == ("雨季", None)
