"""A record line "Author, Title, House, pages" read the other way round (title and author exchanged), in a script
without capitals where the shape cannot tell a name from a title: ``bookdoubts.swapped`` puts it back when the author
read is the title the text quotes and the title read is a name whose surname the text says alone; ``finish_book``
asks it before it drops a quoted work taken for an author. Near misses: the author read is quoted nowhere; the title
read is quoted too; the surname is never said alone; a title of one word.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.bookdoubts import swapped


def test_put_back_in_several_scripts():
    he = "כשגולן כתב את \"עיר של מלח\" הוא היה צעיר. גולן כותב בקצרה.\nאורי גולן, עיר של מלח, הוצאת גשר, 210 עמ'"
    assert swapped(Book("אורי גולן", "עיר של מלח"), he) == Book("עיר של מלח", "אורי גולן")
    ar = "كتب منصور «بيت على الرمل» في شبابه. منصور لا يجامل القارئ.\nسليم منصور، بيت على الرمل، دار النهر، 2019"
    assert swapped(Book("سليم منصور", "بيت على الرمل"), ar) == Book("بيت على الرمل", "سليم منصور")
    hi = "वर्मा का \"धूप की नदी\" छोटा उपन्यास है। वर्मा धीरे लिखते हैं।\nकमला वर्मा, धूप की नदी, नील प्रकाशन, 180 पृष्ठ"
    assert swapped(Book("कमला वर्मा", "धूप की नदी"), hi) == Book("धूप की नदी", "कमला वर्मा")


def test_near_misses():
    text = "כשגולן כתב את \"עיר של מלח\" הוא היה צעיר. גולן כותב בקצרה."
    # the author read is quoted nowhere
    assert swapped(Book("אורי גולן", "נהר ישן"), text) is None
    # the title read is quoted too
    assert swapped(Book("אורי גולן", "עיר של מלח"), text + " וגם \"אורי גולן\" כשם.") is None
    # the surname never said alone
    assert swapped(Book("אורי גולן", "עיר של מלח"), "הספר \"עיר של מלח\" יפה. אורי גולן, עיר של מלח, גשר") is None
    # a one-word title
    assert swapped(Book("גולן", "עיר של מלח"), text) is None
    # no author
    assert swapped(Book("עיר של מלח", None), text) is None


_HE = """<html><head><title>ים של אבק</title></head><body><article class="post"><h1>ים של אבק</h1>
<div class="post-content">
<p>כשגולן פרסם את "עיר של מלח" הוא היה סופר צעיר, והספר נקרא אז כמעט כתרגיל: עיירה בנגב, שלושה אחים, באר אחת שמתייבשת
לאט. הוא כותב בקצרה, בלי קישוטים, וכל פרק מסתיים רגע לפני שמשהו נשבר.</p>
<p>מה שמרשים בקריאה היום הוא האיפוק. גולן לא מסביר את הדמויות שלו; הוא נותן להן לשתוק, והשתיקה עובדת. בספר יש עמודים
שלמים של נוף, ולא כולם נחוצים, אבל כרומן ראשון הוא בטוח בעצמו באופן נדיר.</p>
<p>הסוף חפוז מדי, כאילו נגמר הזמן. ובכל זאת זה ספר שכדאי לחזור אליו, במיוחד בקיץ, כשהאבק נכנס לכל חדר. האח הצעיר, שכמעט אינו מדבר, נשאר איתי
עוד ימים אחרי שסגרתי את הכריכה.</p>
<p>אורי גולן, עיר של מלח, הוצאת גשר, 210 עמ'</p>
</div></article></body></html>"""


def test_a_hebrew_review_closing_on_its_record():
    record = extract_page(_HE, "https://journal.example.co.il/yam-shel-avak/")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("עיר של מלח", "אורי גולן")
