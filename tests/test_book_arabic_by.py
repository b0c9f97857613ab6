"""A product or post headline in Arabic script that says "the book T, work of / by the pen of A" (Persian, Arabic)."""

from scraper.extract.book import Context
from scraper.extract.bookarabicby import arabic_headline_by


def test_persian_book_work_of_author_then_publisher():
    assert arabic_headline_by("خرید کتاب باغ انار اثر مریم کاظمی نشر چشمه", Context("")) == ("باغ انار", "مریم کاظمی")


def test_persian_novel_written_by_at_the_end():
    assert arabic_headline_by("رمان شب‌های تبریز نوشته علی رضایی", Context("")) == ("شب‌های تبریز", "علی رضایی")


def test_arabic_novel_by_the_pen_of_before_the_house():
    assert arabic_headline_by("رواية بيت على البحر بقلم سلمى الخطيب دار الشروق", Context("")) == ("بيت على البحر", "سلمى الخطيب")


def test_near_miss_no_book_noun():
    # "the influence of X on Y": اثر without a book noun before the title is no "by"
    assert arabic_headline_by("اثر باران بر خاک جنوب ایران", Context("")) is None


def test_near_miss_name_running_on_into_a_sentence():
    assert arabic_headline_by("کتاب باغ انار اثر مریم کاظمی را دیروز تمام کردم و خیلی دوستش داشتم", Context("")) is None


def test_near_miss_the_blogger():
    assert arabic_headline_by("کتاب باغ انار نوشته مریم کاظمی", Context("", ("مریم کاظمی",))) is None
