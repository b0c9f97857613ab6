"""A free-copy note in Hebrew, Yiddish or Arabic (notecourtesy.courtesy_gift, read by notegift.edge_gift): the writer got
the book or the copy from its publisher, the house after a giver's particle written on to the word ("מהוצאת", "באדיבות
ההוצאה", "من دار النشر") or the subject of a giving to the writer. holdout40 round (helper notes40), in our own words, with
near misses: a picture's credit "courtesy of" the house, a book well received and published by a house, a giving denied,
a house that sent its author on a tour or published the book, a note far inside the review. And the note is the review's:
the cleaning keeps it when a site's plea follows it (housekeeping.a_note)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.notecourtesy import courtesy_gift
from scraper.extract.notes import read_notes

HE_BODY = [
    "הפסקה הראשונה מספרת על גיבורה צעירה שעוברת לעיר חדשה ומנסה למצוא עבודה בחנות ספרים קטנה ברחוב שקט.",
    "הפסקה השנייה עוסקת בשפה של המחברת, שהיא פשוטה וחדה, ובדיאלוגים שנשמעים כמו שיחות אמיתיות במטבח.",
    "הפסקה השלישית מדברת על האמצע של הרומן, שמתארך מעט, ועל הסוף שמגיע בשקט ובלי קישוטים מיותרים.",
    "הפסקה הרביעית ממליצה על הספר לקוראים שאוהבים סיפורים קטנים על אנשים רגילים ועל ערים בחורף.",
]
AR_BODY = [
    "تحكي الفقرة الأولى عن شابة تنتقل إلى مدينة ساحلية وتعمل في مكتبة صغيرة قرب الميناء القديم.",
    "تتناول الفقرة الثانية لغة الكاتبة البسيطة والحادة والحوارات التي تبدو كأنها أحاديث حقيقية في المطبخ.",
    "تتحدث الفقرة الثالثة عن منتصف الرواية الذي يطول قليلا وعن نهايتها الهادئة الخالية من الزخرفة.",
    "توصي الفقرة الرابعة بالكتاب لمن يحب القصص الصغيرة عن الناس العاديين والمدن في الشتاء.",
]


def _closing(body: list[str], note: str):
    return read_notes("\n\n".join([*body, note]))


@pytest.mark.parametrize("note", [
    "את הספר קיבלתי באדיבות הוצאת אור ירוק, לקראת המהדורה החדשה.",  # he: received, courtesy of the house
    "עותק לביקורת נשלח אליי מהוצאת המגדלור.",  # he: a copy sent from the house
    "ההוצאה שלחה לי את הרומן עוד לפני שיצא לחנויות.",  # he: the house sent me
    "קיבלתי את הספר מההוצאה, אבל זה לא שינה דבר בדעתי עליו.",  # he: a negation in another clause
    "עותק הספר באדיבות הוצאת שקד.",  # he: the copy, courtesy of the house
])
def test_hebrew_copy_from_the_house_is_a_disclosure(note):
    assert _closing(HE_BODY, note).disclosure == note


@pytest.mark.parametrize("note", [
    "איך האָב באַקומען דעם ראָמאַן פֿון דעם פֿאַרלאַג.",  # yi: I got it from the house
    "דער פֿאַרלאַג האָט מיר צוגעשיקט אַ עקזעמפּלאַר.",  # yi: the house sent me a copy
])
def test_yiddish_copy_from_the_house_is_a_disclosure(note):
    assert _closing(HE_BODY, note).disclosure == note


@pytest.mark.parametrize("note", [
    "وصلتني الرواية هدية من دار الفجر للنشر قبل صدورها بأسبوع.",  # ar: reached me, a gift from the house
    "الكتاب مقدم من دار النشر مشكورة.",  # ar: offered by the house
    "أرسلت لي دار المنارة نسخة من الطبعة الجديدة.",  # ar: the house sent me a copy
])
def test_arabic_copy_from_the_house_is_a_disclosure(note):
    assert _closing(AR_BODY, note).disclosure == note


@pytest.mark.parametrize("body, note", [
    (HE_BODY, "צילום: באדיבות הוצאת אור ירוק."),  # he: a picture's credit
    (HE_BODY, "עטיפת הספר באדיבות ההוצאה."),  # he: the cover, courtesy of the house
    (HE_BODY, "הרומן התקבל בהתלהבות על ידי המבקרים כשיצא בהוצאת המגדלור."),  # he: well received, published by a house
    (HE_BODY, "לא קיבלתי את הספר מההוצאה, קניתי אותו בחנות השכונתית."),  # he: denied
    (HE_BODY, "ההוצאה שלחה את הסופרת לסיור הרצאות בצפון."),  # he: the house sent the author on a tour
    (HE_BODY, "דער פֿאַרלאַג האָט אַרויסגעגעבן דעם ראָמאַן אין יאָר 1952."),  # yi: the house published it
    (AR_BODY, "صورة الغلاف بإذن من دار النشر."),  # ar: the cover's picture by the house's leave
    (AR_BODY, "صدرت الرواية عن دار الفجر للنشر عام 1971."),  # ar: published by the house
    (AR_BODY, "لم تصلني أي نسخة من دار النشر، اشتريت الكتاب بنفسي."),  # ar: denied
    (AR_BODY, "أرسلت الكاتبة مخطوطتها إلى دار النشر قبل سنوات طويلة."),  # ar: the author sent her manuscript to the house
])
def test_near_misses_are_no_disclosure(body, note):
    assert not courtesy_gift(note) or _closing(body, note).disclosure is None
    assert _closing(body, note).disclosure is None


def test_note_far_inside_the_review_is_no_disclosure():
    note = "את הספר קיבלתי באדיבות הוצאת אור ירוק."
    found = read_notes("\n\n".join([*HE_BODY[:2], note, *HE_BODY[2:], *HE_BODY]))
    assert found.disclosure is None


def test_note_before_a_plea_is_kept_in_the_review():
    note = "את הרומן קיבלתי באדיבות הוצאת אור ירוק, לרגל המהדורה החדשה."
    html = (
        "<html lang='he' dir='rtl'><head><title>ביקורת: אור בחלון | מגזין הספרים</title></head><body><main><article>"
        "<h1>ביקורת: אור בחלון</h1><div class='entry-content'>"
        + "".join(f"<p>{p}</p>" for p in HE_BODY)
        + f"<p><small>{note}</small></p>"
        "<p class='newsletter-cta'>הירשמו לניוזלטר השבועי שלנו וקבלו את כל הביקורות ישר למייל</p>"
        "</div></article></main></body></html>")
    record = extract_page(html, "https://magazine.example.co.il/reviews/or-bahalon")
    assert note in record.body_text
    assert record.disclosure


# sr (Cyrillic), mk, bg: thanks to the publisher for the copy (notewords.THANKS "хвала", PUBLISHER "издавач", "издател",
# COPY_ANY "примерку", "екземпляр"): a disclosure; thanks for an interview, or for reading, or a house that published the
# book, is none
SR_BODY = [
    "Први пасус прича о девојци која се сели у приморски град и почиње да ради у малој књижари поред старе луке.",
    "Други пасус говори о језику списатељице, који је једноставан и оштар, и о дијалозима који звуче као прави разговори.",
    "Трећи пасус хвали крај романа, тих и заслужен, и превод који чува сву његову суву иронију.",
    "Четврти пасус препоручује књигу читаоцима који воле кратке романе о обичним људима и градовима зими.",
]


@pytest.mark.parametrize("note", [
    "Хвала издавачу на примерку за рецензију.",  # sr
    "Благодарам на издавачот за примерокот што ми го испрати.",  # mk
    "Благодаря на издателството за екземпляра.",  # bg
])
def test_south_slavic_thanks_for_the_copy(note):
    assert _closing(SR_BODY, note).disclosure == note


@pytest.mark.parametrize("note", [
    "Хвала издавачу на интервјуу са ауторком.",  # thanks for an interview
    "Хвала вам што сте прочитали рецензију до краја.",  # thanks for reading
    "Издавач је објавио роман у тврдом повезу пре десет година.",  # the house published it
    "תודה להוצאת אור ירוק על הראיון עם הסופרת.",  # he: thanks for an interview
    "شكرا لدار النشر على ترتيب المقابلة مع الكاتبة.",  # ar: thanks for arranging the interview
])
def test_thanks_for_no_copy_is_no_disclosure(note):
    assert _closing(SR_BODY, note).disclosure is None
