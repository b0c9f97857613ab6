"""A record line with no year or pages whose publisher is named before its role word, as Korean, Japanese and
Chinese records put it: "T | A 지음 | P 펴냄", "T / A著 / P刊" (bookbiblio._PUBLISHED_BY)."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography


def _read(line: str, prose: str, language: str):
    return from_bibliography([line], Context(prose + "\n" + line, (), language))


def test_korean_record_without_a_year():
    assert _read("등대지기 | 한서윤 지음 | 바다출판 펴냄", "한서윤의 두 번째 소설이다.", "ko") == ("등대지기", "한서윤")


def test_japanese_and_chinese_records():
    assert _read("『灯台守』 | 森川葵 著 | 潮書房刊", "森川の二作目の長編。", "ja")[0] == "灯台守"
    assert _read("《守灯人》 | 林晓 著 | 海风出版", "林晓的第二部小说。", "zh")[0] == "守灯人"


def test_near_miss_no_publisher_role_and_no_year():
    assert _read("등대지기 | 한서윤 지음 | 바다출판", "한서윤의 두 번째 소설이다.", "ko") is None
    assert _read("등대지기 | 한서윤 지음", "한서윤의 두 번째 소설이다.", "ko") is None


def test_near_miss_japanese_publisher_without_role_word():
    assert _read("『灯台守』 | 森川葵 著 | 潮書房", "森川の二作目の長編。", "ja") is None
