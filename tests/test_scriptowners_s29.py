"""The owner of a book in scripts without capitals: Bengali's two-letter surname before the genitive, a caseless
headline's "[rubric] «T» A", a rubric that is no person, a sentence the book noun opens that is no owner's phrase."""

import re

from scraper.extract.book import Book, Context
from scraper.extract.bookheadowner import indic_owned
from scraper.extract.booknamedtwice import named_twice
from scraper.extract.booknounowner import noun_owners


def test_bengali_genitive_on_a_two_letter_surname():
    text = "মোহাম্মদ আবুল হকের ‘নদীর গান’: গ্রামের গল্প"
    context = Context("‘নদীর গান’ উপন্যাসটি মোহাম্মদ আবুল হক লিখেছেন। হকের গদ্য সরল।", (), "bn")
    book = indic_owned(text, context)
    assert book is not None and (book.title, book.author) == ("নদীর গান", "মোহাম্মদ আবুল হক")


def test_bengali_two_letter_word_alone_is_no_owner():
    # one word of two letters before the genitive: too short to tell a name from a word
    context = Context("‘নদীর গান’ বইটি পড়লাম। হক কথা।", (), "bn")
    assert indic_owned("হকের ‘নদীর গান’", context) is None


def _lines(html_text):
    return [line for line in html_text.split("\n") if line.strip()]


def test_caseless_headline_rubric_title_then_author():
    # fa, ar, ur: "<rubric> «T» A" over a text that calls the author by surname
    cases = [
        ("نقد رمان «باغ خاموش» پرویز ساعدی",
         "«باغ خاموش» رمانی است درباره یک خانواده. ساعدی آرام می‌نویسد.\nساعدی در این کتاب دقیق است."),
        ("مراجعة «بيت الرمل» سامر العلي",
         "«بيت الرمل» رواية عن مدينة ساحلية. العلي يكتب بهدوء.\nيعرف العلي كيف ينهي فصوله."),
        ("تبصرہ «سرخ دریا» حامد رضوی",
         "«سرخ دریا» ایک خاندان کی کہانی ہے۔ رضوی سادہ لکھتے ہیں۔\nرضوی کا اسلوب نرم ہے۔"),
    ]
    for headline, prose in cases:
        book = named_twice(None, None, _lines(prose), headline, [], True)
        assert book is not None, headline
        assert book.author == headline.split("»")[1].strip(), headline


def test_caseless_headline_with_a_plain_lead_is_not_read_so():
    # the lead is a phrase of its own, no rubric: the words after the title are not taken as a name
    headline = "سفری به شمال «باغ خاموش» پرویز ساعدی"
    prose = "«باغ خاموش» رمانی است درباره یک خانواده. ساعدی آرام می‌نویسد.\nساعدی در این کتاب دقیق است."
    book = named_twice(None, None, _lines(prose), headline, [], True)
    assert book is None or book.author != "سفری به"


def test_rubric_before_the_quoted_title_is_no_person():
    headline = "نقد رمان «باغ خاموش»"
    prose = "«باغ خاموش» را خواندم. نقد رمان کار سختی است. رمان خوبی است."
    book = named_twice(Book("باغ خاموش", None, source="title"), None, _lines(prose), headline, [], True)
    assert book is None or not (book.author or "").startswith("نقد")


def test_book_noun_opening_a_sentence_with_its_verb_last_is_no_owner():
    assert noun_owners("رمان پایان روشنی ندارد. خواننده سردرگم می‌ماند.") == []
    assert noun_owners("خوب بود.\nرمان ساختار پیچیده‌ای دارد.") == []


def test_book_noun_before_an_owner_still_read():
    # the owner's phrase goes on past the name, or stands in a line alone
    assert noun_owners("او رمان پرویز ساعدی را دوباره خواند.") == ["پرویز ساعدی"]
    assert noun_owners("رمان پرویز ساعدی، باغ خاموش.") == ["پرویز ساعدی"]
    assert "سامر العلي" in noun_owners("قرأت رواية سامر العلي في يومين.")
    assert re.search("ساعدی", " ".join(noun_owners("رمان پرویز ساعدی")))
