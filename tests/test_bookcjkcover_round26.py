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


# tagged_bracket: a headline that names the writer (a tag), the book the title the text brackets most

from scraper.extract.bookcjkcover import tagged_bracket


def test_chinese_headline_names_the_writer_and_the_text_brackets_the_book_twice():
    text = "這就是《舊街燈》的第一頁。林晚寫得很冷。\n與她後來的《海港》相比，《舊街燈》更安靜。林晚不解釋。"
    assert tagged_bracket("雨夜重讀林晚：一條街怎樣老去", ["林晚", "文學"], Context(text)) == ("舊街燈", "林晚")


def test_korean_headline_and_tag():
    text = "『겨울 정원』은 짧은 소설이다. 김서윤은 문장을 아낀다.\n김서윤의 다른 책 『바다』보다 『겨울 정원』이 더 좋다."
    assert tagged_bracket("다시 읽는 김서윤, 겨울의 문장", ["김서윤", "소설"], Context(text)) == ("겨울 정원", "김서윤")


def test_near_miss_two_books_bracketed_as_often():
    text = "《舊街燈》和《海港》都好。林晚寫了《舊街燈》，也寫了《海港》。林晚"
    assert tagged_bracket("重讀林晚", ["林晚"], Context(text)) is None


def test_near_miss_the_tag_is_not_in_the_headline():
    text = "《舊街燈》很好。林晚寫了《舊街燈》。林晚"
    assert tagged_bracket("一條街怎樣老去", ["林晚"], Context(text)) is None


def test_near_miss_the_byline_is_no_writer():
    text = "《舊街燈》很好。葉朗晴說《舊街燈》。葉朗晴"
    assert tagged_bracket("葉朗晴讀書", ["葉朗晴"], Context(text, not_authors=("葉朗晴",))) is None
