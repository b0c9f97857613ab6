"""rev28 #2: ``bookcjkdotted.dotted_author`` reads a dotted foreign name in a CJK headline as the author only when the
text speaks of it as the one who writes (its writing, prose, pen, "作者B"): thinking or narrating ("B认为", "B的叙述")
is a character's as much as an author's, and a text that calls another person the author ("作者王某", "王某著") has
named the writer. A verb of reading run into the name ("重读A·B") is no part of it.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookcjkdotted import dotted_author
from scraper.extract.bookheadline import from_title


def _read(title: str, text: str, lang: str):
    book = from_title(title, Context(text, (), lang))
    return (book.title, book.author) if book else None


def test_writer_still_read():
    zh = "这本书写一座海港城市的兴衰。费尔南德斯的文笔干净，每章都有一张手绘地图。"
    assert _read("《港口的一百年》：露西亚·费尔南德斯为何从灯塔写起", zh, "zh") == ("港口的一百年", "露西亚·费尔南德斯")
    tw = "這本書寫一條河的三百年。作者霍爾頓走遍了整條河岸。"
    assert _read("《大河紀事》裡，彼得·霍爾頓想說什麼", tw, "zh-Hant") == ("大河紀事", "彼得·霍爾頓")
    ja = "舞台は北の島。ハンセンの筆致は簡潔で、冬の描写が美しい。"
    assert _read("『北の島』を読む――エリク・ハンセンの描いた冬", ja, "ja") == ("北の島", "エリク・ハンセン")


def test_a_reading_verb_run_into_the_name():
    text = "费尔南德斯的写作很耐心。露西亚·费尔南德斯出生在里斯本。"
    assert dotted_author("《港口的一百年》：重读露西亚·费尔南德斯", "港口的一百年", text) == "露西亚·费尔南德斯"
    text2 = "费尔南德斯的写作很耐心。"
    assert dotted_author("《港口的一百年》：重读露西亚·费尔南德斯", "港口的一百年", text2) == "露西亚·费尔南德斯"


def test_a_character_who_thinks_or_narrates():
    zh = "小说里的玛丽亚·奥尔森是一个渔民的女儿。奥尔森认为大海会带走一切，奥尔森的叙述贯穿全书。"
    assert _read("《潮水》：玛丽亚·奥尔森为何离开小岛", zh, "zh") == ("潮水", None)
    tw = "書中的馬可·羅西是一名鐘錶匠。羅西認為時間可以修補，羅西的敘述冷靜而克制。"
    assert _read("《鐘錶匠》：馬可·羅西的一生", tw, "zh-Hant") == ("鐘錶匠", None)


def test_another_person_is_the_author():
    # the character's name is even called in the voice of writing, but the text names the author
    zh = "作者陈晓雨写了一个女人的一生。奥尔森的文字是她留下的日记。陈晓雨的结构很巧妙。"
    assert _read("《潮水》：玛丽亚·奥尔森的日记", zh, "zh") == ("潮水", None)
    tw = "這是林若水著的第三部小說。羅西的文字是書中的信件。林若水寫得很克制。"
    assert _read("《鐘錶匠》：馬可·羅西的信", tw, "zh-Hant") == ("鐘錶匠", None)
