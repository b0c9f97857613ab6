"""The person a short record line opens on before the quoted title, "A B, «T», Publisher", read before the tags
(bookrecordhead, in booknamedtwice)."""

from scraper.extract.book import Book
from scraper.extract.booknamedtwice import _words, named_twice
from scraper.extract.bookrecordhead import record_heads

_HE_PROSE = [
    "הרומן \"המגדלור\" של לוין מספר על משפחה אחת בעיר נמל, ועל שלושה דורות של שומרי אור.",
    "לוין כותבת בשקט, והמשפטים הקצרים שלה נשארים. יש כאן גם הרבה ספרים בתוך הספר: הגיבורה אוספת ספרים ישנים.",
    "דנה לוין, \"המגדלור\", הוצאת גשר",
]


def test_hebrew_record_head_before_a_category_tag():
    book = named_twice(Book("המגדלור", None, source="body"), None, _HE_PROSE, "אור בקצה הרציף", ["המלצות ספרים", "ספרות עברית"])
    assert (book.title, book.author) == ("המגדלור", "דנה לוין")


def test_record_heads_in_arabic_and_latin_script():
    lines = ["سلمى الحداد، «بيت الملح»، دار الساحل", "Inés Castaño: «La casa de sal», Editorial Brisa"]
    assert record_heads("بيت الملح", lines, _words) == ["سلمى الحداد"]
    assert record_heads("La casa de sal", lines, _words) == ["Inés Castaño"]


def test_near_miss_a_long_sentence_or_a_single_word_head():
    long = "כשקראתי בפעם הראשונה את הספר של דנה לוין, \"המגדלור\", הייתי בת עשרים ושתיים בלבד וגרתי בחיפה"
    assert record_heads("המגדלור", [long], _words) == []
    assert record_heads("המגדלור", ["לוין, \"המגדלור\", הוצאת גשר"], _words) == []  # (one word: no name of two)
    assert record_heads("המגדלור", ["דנה לוין, הוצאת גשר, \"המגדלור\""], _words) == []  # (the title not right after)
