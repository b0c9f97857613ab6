"""A CJK post title that the blog's review label opens, then the owner bare before the bracketed title: "【書評】A《T》：
remark", "【读书笔记】A『T』", "【読書感想】A『T』", read by ``bookcjkslash.labelled_owner`` (from
``bookheadline.from_title``) as the same headline with no label is read: the name one the text says again.

Near misses: a demonstrative, "about" or a superlative before the brackets ("这本", "关于", "最"), a name the body never
says, a label with the title right after it (no owner), and a headline with no review label. Every text here is
invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title


def _read(title: str, text: str, lang: str):
    book = from_title(title, Context(text, (), lang))
    return (book.title, book.author) if book else None


def test_traditional_chinese_review_label():
    text = "這部小說寫一座漁港小鎮的三代人。林秋禾的筆調冷靜，卻處處有溫度。"
    assert _read("【書評】林秋禾《潮汐之間》：漁港的三代人", text, "zh-Hant") == ("潮汐之間", "林秋禾")


def test_simplified_chinese_reading_note_label():
    text = "周远山写的是一条河和两岸的人家。周远山的语言很朴素，读来却不平淡。"
    assert _read("【读书笔记】周远山『河岸人家』——一条河的记忆", text, "zh-Hans") == ("河岸人家", "周远山")


def test_japanese_reading_note_label_and_square_bracket_label():
    text = "北原澄江の文章は静かで、読み終えてからも余韻が長く残った。北原澄江は港町を書き続けている。"
    assert _read("【読書感想】北原澄江『灯台の冬』", text, "ja") == ("灯台の冬", "北原澄江")
    text2 = "陈默川把一座城的变化写成了十二个短篇。陈默川的笔下，街巷都是活的。"
    assert _read("[书评] 陈默川《旧城十二记》", text2, "zh") == ("旧城十二记", "陈默川")


def test_near_misses():
    text = "这本书写得很好，关于一座城的记忆。我最喜欢第三章。"
    assert _read("【书评】这本《旧城十二记》真好看", text, "zh") == ("旧城十二记", None)
    assert _read("【书评】关于《旧城十二记》", text, "zh") == ("旧城十二记", None)
    # a name the body never says
    assert _read("【書評】林秋禾《潮汐之間》", "這部小說寫一座漁港小鎮的三代人。", "zh-Hant") == ("潮汐之間", None)
    # the title right after the label: no owner
    assert _read("【書評】《潮汐之間》：漁港的三代人", "林秋禾寫漁港。林秋禾的筆調冷靜。", "zh-Hant") == ("潮汐之間", None)
    # no review label: a column's tag in brackets
    assert _read("【專題】林秋禾《潮汐之間》", "林秋禾寫漁港。林秋禾的筆調冷靜。", "zh-Hant") == ("潮汐之間", None)
