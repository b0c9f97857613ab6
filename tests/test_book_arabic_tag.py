"""Arabic script: the one title opening a paragraph of the post's opening in quotes, by the one person among its tags
(Persian and Arabic), with near misses: a genre tag, a phrase quoted inside a sentence, two person tags."""

from scraper.extract.book import Context
from scraper.extract.bookarabictag import arabic_tagged_book

FA = ["«باغ انار» را سال‌ها پیش در کتابفروشی کوچکی در تبریز پیدا کردم و این زمستان دوباره خواندمش، با همان لذت.",
      "قصه درباره‌ی خانواده‌ای است که باغشان را از دست می‌دهند و هر کدام راهی برای ماندن پیدا می‌کنند."]
AR = ["«بيت على البحر» قرأتها في صيف طويل، وما زالت صورة الجدة على الشرفة ترافقني حتى اليوم، بكل تفاصيلها الصغيرة.",
      "تحكي الرواية عن أسرة صغيرة في مدينة ساحلية تنتظر عودة الابن الغائب منذ سنوات."]


def test_persian_opening_title_and_person_tag():
    assert arabic_tagged_book(FA, ["مریم کاظمی", "رمان ایرانی"], Context("\n".join(FA))) == ("باغ انار", "مریم کاظمی")


def test_arabic_opening_title_and_person_tag():
    assert arabic_tagged_book(AR, ["أدب عربي", "سلمى الخطيب"], Context("\n".join(AR))) == ("بيت على البحر", "سلمى الخطيب")


def test_near_miss_only_genre_tags():
    assert arabic_tagged_book(FA, ["رمان ایرانی", "داستان کوتاه"], Context("\n".join(FA))) is None


def test_near_miss_phrase_quoted_inside_a_sentence():
    lines = ["باغ انار را سال‌ها پیش خواندم، در نسخه‌ای که رویش نوشته بودند «شب نخوانید» و من البته شب خواندم.", FA[1]]
    assert arabic_tagged_book(lines, ["باغ انار", "مریم کاظمی"], Context("\n".join(lines))) is None


def test_near_miss_two_person_tags():
    assert arabic_tagged_book(FA, ["مریم کاظمی", "علی رضایی"], Context("\n".join(FA))) is None


def test_near_miss_the_blogger_tagged():
    assert arabic_tagged_book(FA, ["مریم کاظمی"], Context("\n".join(FA), ("مریم کاظمی",))) is None
