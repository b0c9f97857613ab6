"""A story's record line "A, 「T」, 『C』(house, year) 수록/所収/收录" (bookcjkline.cjk_record), narrowed (rev34b): the word
for "included in" is required, and the line is the review's record only where the text brackets no other book: a
review of one book closing on the source of a passage it quoted, or an author with two of her books, is no record."""

from scraper.extract.book import Context
from scraper.extract.bookcjkline import cjk_record


def _record(lines):
    return cjk_record(lines, Context(text="\n".join(lines)))


# --- the story's record still read

def test_japanese_story_record_with_shoshu():
    lines = ["短い話だが、村井涼子の筆は冴えている。", "村井涼子、「冬の灯」、『港の短編集』（潮文庫、2012）所収"]
    assert _record(lines) == ("冬の灯", "村井涼子")


def test_chinese_story_record_with_shoulu():
    lines = ["周立平写得很克制，结尾留白。", "周立平，〈雪夜〉，《北方短篇集》（北方出版社，2010）收录"]
    assert _record(lines) == ("雪夜", "周立平")


def test_korean_story_record_after_a_short_review():
    lines = ["정하람의 단편은 늘 짧고 단단하다.", "읽고 나서 한참을 앉아 있었다.",
             "정하람, 「겨울 정류장」, 『바람의 책』(새벽출판, 2018) 수록"]
    assert _record(lines) == ("겨울 정류장", "정하람")


def test_plain_author_and_title_line_untouched():
    lines = ["최윤아의 문장은 느리다.", "최윤아, 『느린 강』."]
    assert _record(lines) == ("느린 강", "최윤아")


# --- near misses

def test_quoted_passage_source_under_a_review_of_another_book():
    lines = ["『푸른 등대』는 작은 항구의 세 가족 이야기다. 정하람의 문장이 인용되어 있다.",
             "정하람의 문장처럼 짧은 호흡이 좋다.", "정하람, 「겨울 정류장」, 『바람의 책』(새벽출판, 2018) 수록"]
    assert _record(lines) is None


def test_japanese_source_line_under_a_review_of_another_book():
    lines = ["『夜の港』は三世代の物語だ。冒頭に村井涼子の一節が引かれている。", "村井涼子、「冬の灯」、『港の短編集』（潮文庫、2012）所収"]
    assert _record(lines) is None


def test_author_and_two_books_without_included_in():
    lines = ["최윤아의 책을 몰아서 읽었다. 최윤아는 늘 좋다.", "최윤아, 『느린 강』, 『겨울 숲』(새벽출판, 2021)"]
    assert _record(lines) is None
    lines = ["周立平的书我读了两本。", "周立平，《雪夜》，《北方》（北方出版社，2010）"]
    assert _record(lines) is None
