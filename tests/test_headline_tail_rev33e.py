"""booknamedtwice._headline_pair's caseless tail and booknounowner's story noun (rev33e): the name after a headline's
quoted title, or a story's owner, is the author only where a sentence of the prose says that person writes."""

from scraper.extract.booknamedtwice import named_twice
from scraper.extract.booknounowner import noun_owners


def _lines(text):
    return [line for line in text.split("\n") if line.strip()]


def _author(headline, prose):
    book = named_twice(None, None, _lines(prose), headline, [], True)
    return book.author if book else None


def test_the_writer_named_with_a_word_of_writing():
    # fa "نویسنده" (the writer), ar "الكاتب" (the writer), ur "لکھا" (wrote)
    assert _author("نقد رمان «کوه سرد» بهرام نیک‌نام",
                   "«کوه سرد» را در دو شب خواندم.\nنیک‌نام نویسنده‌ای صبور است. نیک‌نام از کوه می‌گوید.") \
        == "بهرام نیک‌نام"
    assert _author("مراجعة «ظل النخلة» ماجد الحسن",
                   "قرأت «ظل النخلة» في أسبوع.\nالحسن كاتب هادئ. يعرف الحسن قراءه.") == "ماجد الحسن"
    assert _author("تبصرہ «پرانی گلی» نعیم شفیق",
                   "«پرانی گلی» میں نے دو دن میں پڑھی۔\nشفیق نے یہ ناول دس برس میں لکھا۔ شفیق کی زبان نرم ہے۔") \
        == "نعیم شفیق"


def test_the_writer_named_with_a_word_of_publishing():
    # ar "أصدر" (published), ur "شائع" (published): a sentence says the person published the book
    assert _author("مراجعة «ظل النخلة» ماجد الحسن",
                   "«ظل النخلة» آخر ما أصدر الحسن قبل رحيله.\nيعرف الحسن قراءه.") == "ماجد الحسن"
    assert _author("تبصرہ «پرانی گلی» نعیم شفیق",
                   "«پرانی گلی» شفیق کا پہلا ناول ہے جو ۱۹۹۰ میں شائع ہوا۔\nشفیق کی زبان نرم ہے۔") == "نعیم شفیق"


def test_a_character_after_the_title_is_no_author():
    # fa, ar, ur: the prose says «T» is the story of that person, and no sentence says the person writes
    assert _author("نقد رمان «باران شب» سارا نوری",
                   "«باران شب» داستان سارا نوری است. نوری در شهری کوچک زندگی می‌کند.\nنوری تنهاست.") is None
    assert _author("مراجعة «بحر الملح» ليلى منصور",
                   "«بحر الملح» قصة ليلى منصور. تعيش منصور قرب البحر.\nتخاف منصور من الشتاء.") is None
    assert _author("تبصرہ «سبز دروازہ» زینب قریشی",
                   "«سبز دروازہ» زینب قریشی کی کہانی ہے۔ قریشی ایک گاؤں میں رہتی ہے۔\nقریشی اداس ہے۔") is None


def test_a_story_noun_names_its_people_its_writer_only_with_a_cue():
    assert noun_owners("«باران شب» داستان سارا نوری است. نوری تنهاست.") == []
    assert noun_owners("«باران شب» داستان سارا نوری است. نوری خوب می‌نویسد.") == ["سارا نوری"]
    # a novel's owner is its writer: read as before
    assert noun_owners("«باران شب» رمان سارا نوری است. نوری تنهاست.") == ["سارا نوری"]
