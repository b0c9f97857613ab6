"""A headline "… «T» A B" whose closing words are a tagged person (bookdashowner.vouched_dash), narrowed (rev34b): not
where the text calls that person the translator ("ترجمه‌ی B") or another tagged person the writer (a translation's
note tags both), nor where the headline names an interview, a signing or news."""

from scraper.extract.book import Context
from scraper.extract.bookdashowner import vouched_dash


# --- still read

def test_persian_note_tagged_author():
    text = "سال‌ها بعد دوباره سراغش رفتم. رحیمی در این رمان از جنوب می‌نویسد و نثرش گرم است."
    found = vouched_dash("یادداشتی بر «خانه‌ی دریا» نسرین رحیمی", Context(text=text), ["نسرین رحیمی", "رمان فارسی"])
    assert found == ("خانه‌ی دریا", "نسرین رحیمی")


def test_arabic_reading_tagged_author():
    text = "تكتب منصور عن بيت قديم في الجبل. هذه الرواية قصيرة ولغتها صافية."
    found = vouched_dash("قراءة في «بيت الجبل» هالة منصور", Context(text=text), ["هالة منصور"])
    assert found == ("بيت الجبل", "هالة منصور")


def test_urdu_tagged_author_with_a_translated_book_word_elsewhere():
    text = "قریشی نے یہ ناول لکھا ہے۔ کہانی ایک پرانے شہر کی ہے۔"
    found = vouched_dash("«پرانا شہر» عامر قریشی", Context(text=text), ["عامر قریشی"])
    assert found == ("پرانا شہر", "عامر قریشی")


# --- near misses

def test_persian_translator_with_the_author_tagged():
    text = "ترجمه‌ی سحابی دقیق و خوش‌خوان است. پروست این رمان را در سال‌های آخر عمرش نوشت."
    found = vouched_dash("«در جست‌وجوی زمان» مهدی سحابی", Context(text=text), ["مهدی سحابی", "مارسل پروست"])
    assert found is None


def test_arabic_translator_named_by_surname():
    text = "ترجمة العلي جميلة وسلسة. هذه الرواية طويلة لكنها ممتعة."
    assert vouched_dash("«ليالي الشمال» سامر العلي", Context(text=text), ["سامر العلي"]) is None


def test_persian_author_tagged_beside_translator_writing_clause():
    text = "این کتاب را دوباره خواندم. فاکنر این رمان را نوشت و سحابی آن را به فارسی برگرداند."
    found = vouched_dash("«خشم و هیاهو» مهدی سحابی", Context(text=text), ["مهدی سحابی", "ویلیام فاکنر"])
    assert found is None


def test_interview_and_signing_headlines():
    text = "التقينا منصور في معرض الكتاب وتحدثنا عن هذه الرواية الجديدة."
    assert vouched_dash("حوار حول «بيت الجبل» هالة منصور", Context(text=text), ["هالة منصور"]) is None
    text = "توقع منصور النسخ للحضور مساء الخميس في المكتبة."
    assert vouched_dash("توقيع «بيت الجبل» هالة منصور", Context(text=text), ["هالة منصور", "فعاليات"]) is None
    text = "رحیمی در این نشست از رمان تازه‌اش گفت."
    assert vouched_dash("نشست «خانه‌ی دریا» نسرین رحیمی", Context(text=text), ["نسرین رحیمی"]) is None
