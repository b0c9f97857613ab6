"""A cover caption that brackets the book's title ("《T》新版書影"), its writer the opening lines' subject who writes
(bookcjkcover, tried with bookcover.from_caption in bookbody's candidates)."""

from scraper.extract.book import Context
from scraper.extract.bookcjkcover import cover_writer


def _read(caption: str, lines: list[str]):
    return cover_writer([(caption, "")], lines, Context("\n".join(lines)))


def test_traditional_chinese_caption_and_a_writer_compared_with_another_book():
    lines = ["重讀這本小說，是在一個下雨的週末。", "林晚寫的是一條老街的十年，街上的人慢慢搬走。",
             "林晚的句子很短。若與陳舟的《海港》放在一起讀，陳舟寫成的港口更冷。"]
    assert _read("《舊街燈》（新版）書影", lines) == ("舊街燈", "林晚")


def test_simplified_chinese_caption():
    lines = ["这本小说我读了两遍。", "周岚用十二个短篇，写成了一座小城的冬天。", "周岚笔下的人物都很安静。"]
    assert _read("《冬城》封面（出版社提供）", lines) == ("冬城", "周岚")


def test_near_miss_a_caption_that_is_no_cover():
    lines = ["林晚寫的是一條老街的十年。", "林晚的句子很短。"]
    assert _read("《舊街燈》作者在老街上（攝影：王明）", lines) is None


def test_near_miss_the_only_writer_owns_another_bracketed_book():
    lines = ["這本書我讀得很慢。", "陳舟寫的是港口，", "陳舟的《海港》更冷。"]
    assert _read("《舊街燈》書影", lines) is None


def test_near_miss_two_writers_no_telling():
    lines = ["林晚寫的是老街，周岚寫的是小城。", "林晚和周岚都是我喜歡的作家。"]
    assert _read("《舊街燈》書影", lines) is None


def test_near_miss_named_once_is_no_writer():
    assert _read("《舊街燈》書影", ["林晚寫的是一條老街的十年。", "這本書很好讀。"]) is None
