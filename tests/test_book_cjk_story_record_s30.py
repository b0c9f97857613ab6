"""A story's record line closing a Korean, Japanese or Chinese review: the author, the story's bracketed title and the
book that holds it with its house and year, "A, 「T」, 『C』(출판사, 2005) 수록" (bookcjkline.cjk_record)."""

from scraper.extract.book import Context
from scraper.extract.bookcjkline import cjk_record


# --- a story's record with the book that holds it

def test_korean_story_record():
    lines = ["박정우는 전쟁을 마당에서 보여 준다.", "박정우, 「소나기 오는 날」, 『소나기 오는 날』(문학사, 2011) 수록"]
    assert cjk_record(lines, Context(text="\n".join(lines))) == ("소나기 오는 날", "박정우")


def test_japanese_story_record():
    lines = ["佐伯一郎の短編はいつも短い。", "佐伯一郎、「雪の駅」、『北の短編集』（青葉文庫、2015）所収"]
    assert cjk_record(lines, Context(text="\n".join(lines))) == ("雪の駅", "佐伯一郎")


def test_chinese_story_record():
    lines = ["王立新写得很克制。", "王立新，〈河边〉，《河边集》（江南出版社，2008）收录"]
    assert cjk_record(lines, Context(text="\n".join(lines))) == ("河边", "王立新")


def test_two_books_listed_is_no_record():
    lines = ["박정우는 좋은 작가다.", "박정우, 『소나기 오는 날』, 『겨울 강』"]
    assert cjk_record(lines, Context(text="\n".join(lines))) is None


def test_holding_book_with_a_volume_not_a_house():
    lines = ["박정우는 좋은 작가다.", "박정우, 「소나기」, 『단편 모음』(2권) 수록"]
    assert cjk_record(lines, Context(text="\n".join(lines))) is None
