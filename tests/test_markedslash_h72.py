"""A review-labelled headline "Label: T / A" in a script without capitals: the slash parts title and author when the
text names the author again (bookcjkslash.marked_slash, read by bookheadline.from_title)."""

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title


def _read(headline, text, language):
    return from_title(headline, Context(text, (), language))


def test_arabic_review_label_and_slash():
    book = _read("مراجعة: بيت على النهر / سليم داود",
                 "يكتب داود عن القرية بهدوء، والرواية تمضي بين الأصوات بخفة.", "ar")
    assert (book.title, book.author) == ("بيت على النهر", "سليم داود")


def test_thai_review_label_and_slash():
    book = _read("รีวิว: บ้านริมคลอง / สมชาย ใจดี",
                 "ใจดี เขียนถึงชีวิตริมน้ำได้อย่างอ่อนโยน นวนิยายเล่มนี้อ่านเพลิน", "th")
    assert (book.title, book.author) == ("บ้านริมคลอง", "สมชาย ใจดี")


def test_georgian_review_label_and_slash():
    book = _read("რეცენზია: ქარის სახლი / ნიკა ბერიძე",
                 "ბერიძე წერს თბილად და ზომიერად, რომანი მსუბუქად იკითხება.", "ka")
    assert (book.title, book.author) == ("ქარის სახლი", "ნიკა ბერიძე")


def test_slash_whose_name_the_text_never_says_again_stays_whole():
    # a pair of words, not a person: the text never says the second part again
    book = _read("مراجعة: الليل / النهار", "رواية قصيرة عن مدينة تنام مبكرا.", "ar")
    assert book is None or book.author is None


def test_no_review_label_no_split():
    book = _read("بيت على النهر / سليم داود", "نص قصير عن البيت والقرية.", "ar")
    assert book is None or book.author is None
