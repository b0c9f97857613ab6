"""Hebrew "T של N": a tag or a name named again that opens with an institution's head noun in the construct state (a
prize, a press, a committee, a festival, a fair) is no author, so a headline about a prize's list names no book
(bookscripts._HE_INSTITUTION, round 32). Near misses: a person's tag still gives the book, and a surname that happens
to be such a word's relative (only the name's first word is read).

Every text here is invented for these tests (invented books, prizes and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookscripts import script_pair


def test_a_prize_or_a_press_tag_is_no_author():
    head = "הרשימה הארוכה של פרס גלעדי: שלושה רומנים ראשונים בין המועמדים"
    text = "חבר השופטים של פרס גלעדי הודיע היום על הרשימה הארוכה."
    assert script_pair(head, Context(text), ["פרס גלעדי", "ספרות"]) is None
    head = "ספרי החורף של הוצאת נחליאלי מגיעים לחנויות"
    assert script_pair(head, Context("הוצאת נחליאלי מפרסמת"), ["הוצאת נחליאלי"]) is None
    line = 'הספר "עונת הדבש" של פסטיבל שוהם זכה לתשומת לב. פסטיבל שוהם נערך בסתיו.'
    assert script_pair(line, Context(line), []) is None


def test_near_miss_a_persons_tag_and_name_still_give_the_book():
    line = "עונת הדבש של תמר גלעדי יצא בסתיו, וקראתי אותו בשני ערבים."
    assert script_pair(line, Context(line), ["תמר גלעדי"]) == ("עונת הדבש", "תמר גלעדי")
    line = 'קראתי את "עונת הדבש" של תמר מרכזי בשבוע שעבר. מרכזי כותבת בשקט.'
    assert script_pair(line, Context(line), []) == ("עונת הדבש", "תמר מרכזי")


def test_a_prize_news_page_is_no_review():
    page = """<!doctype html><html lang="he" dir="rtl"><head><meta charset="utf-8">
<title>הרשימה הארוכה של פרס גלעדי: שלושה רומנים ראשונים בין המועמדים</title></head><body><main><article>
<h1>הרשימה הארוכה של פרס גלעדי: שלושה רומנים ראשונים בין המועמדים</h1>
<div class="body"><p>חבר השופטים של פרס גלעדי הודיע הבוקר על הרשימה הארוכה של השנה, ובה תשעה ספרים. שלושה מהם רומנים
ראשונים של כותבים צעירים מהצפון ומהנגב, ואחד מהם יצא בהוצאה קטנה שהוקמה רק לפני שנתיים.</p>
<p>השופטים כתבו כי השנה בלטו ספרים על עבודה ועל עזיבת הבית, וכי הדיונים נמשכו זמן רב מהרגיל. הרשימה הקצרה תפורסם
בחודש הבא, והזוכה יוכרז בטקס באביב.</p></div>
<div class="tags"><a href="/tag/1" rel="tag">פרס גלעדי</a> <a href="/tag/2" rel="tag">ספרות</a></div>
</article></main></body></html>"""
    record = extract_page(page.encode(), "https://news.example.co.il/culture/article/55120")
    assert not record.is_review, record.reason
