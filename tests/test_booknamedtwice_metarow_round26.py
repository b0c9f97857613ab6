"""booknamedtwice: a "label: value" line in a post's meta row (beside the writer's name and an unlabelled date: the
post's rubric, its column) is no book record, and its value is no author, even where its last word recurs in the
prose as an ordinary word; a record's line whose dates have labels of their own stays a record. Our own Georgian and
Hindi pages (scripts without capitals, where the rule reads such lines), with near misses."""

from lxml import html as lxml_html

from scraper.extract.booknamedtwice import named_twice

KA_TEXT = ["ამ შემოდგომით „ზღვის ფანჯარა“ ხელახლა წავიკითხე და სულ სხვა წიგნი აღმოჩნდა.",
           "ხურციძე წერს მოკლედ და ზუსტად, ხელახლა კითხვისას კი ყოველი დეტალი ჩანს."]
HI_TEXT = ["इस सर्दी मैंने «नदी का घर» दोबारा पढ़ा और यह बिल्कुल नई किताब लगी।",
           "मिश्रा की भाषा सरल है, और दोबारा पढ़ने पर हर दृश्य साफ़ दिखता है।"]


def _page(meta: str, record: str = "") -> object:
    return lxml_html.fromstring(f"<html><body><article><h1>შემოდგომის კითხვა</h1><div class='meta'>{meta}</div>"
                                f"{record}<p>text</p></article></body></html>")


def test_a_rubric_beside_the_posts_date_is_no_author():
    tree = _page("<span>ნინო ლომიძე</span> <span>27 ნოემბერი, 2026</span> <span>რუბრიკა: კლასიკა ხელახლა</span>")
    assert named_twice(None, tree, KA_TEXT, "შემოდგომის კითხვა", []) is None
    tree = _page("<span>अनुराधा</span> <span>27.11.2026</span> <span>स्तंभ: क्लासिक दोबारा</span>")
    assert named_twice(None, tree, HI_TEXT, "सर्दियों की किताब", []) is None


def test_near_miss_a_records_author_line_stays():
    # (the record's date has its own label: a book's record, not a post's meta row)
    record = "<div class='record'><p>ავტორი: ლევან ხურციძე</p><p>გამოცემის თარიღი: 12.03.2024</p></div>"
    tree = _page("<span>ნინო ლომიძე</span>", record)
    book = named_twice(None, tree, KA_TEXT, "შემოდგომის კითხვა", [])
    assert book is not None and (book.title, book.author) == ("ზღვის ფანჯარა", "ლევან ხურციძე")
    record = "<div class='record'><p>लेखक: रमेश मिश्रा</p><p>प्रकाशन तिथि: 12.03.2024</p></div>"
    tree = _page("<span>अनुराधा</span>", record)
    book = named_twice(None, tree, HI_TEXT, "सर्दियों की किताब", [])
    assert book is not None and (book.title, book.author) == ("नदी का घर", "रमेश मिश्रा")
