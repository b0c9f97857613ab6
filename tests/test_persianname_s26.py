"""Persian "«T» نوشتهٔ A" / "اثر A" (written by, the work of): the name after the cue runs to the clause's comma when it
has three or four words ("جلال آل احمد"-shaped, a compound name with "حاج", "سید", "میر"), none of them a particle, a
verb's or a book's word; otherwise its first two words, as before (``bookrescueauthor``). A page whose tags hold a
genre ("ادبیات عاشقانه", romance literature) gets the person the prose names, not the tag (``booknamedtwice``).
Near misses: the object marker and a verb after a two-word name ("… را خواندم،"), a kind's word ("… رمانی کوتاه،"), a
verb's prefix, a name closed by a stop rather than a comma.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookrescueauthor import CUED

_PERSIAN = next(p for p in CUED if "نوشته" in p.pattern)


def _name(text: str) -> str | None:
    match = _PERSIAN.search(text)
    return match.group(1) if match else None


def test_three_and_four_word_names_closed_by_a_comma():
    assert _name("«باغ انار» نوشتهٔ مهرانگیز حاج میر صادقی، داستان دو خواهر است") == "مهرانگیز حاج میر صادقی"
    assert _name("رمان «شب‌های کویر» اثر سید کاوه نیک‌نام، در سه بخش روایت می‌شود") == "سید کاوه نیک‌نام"
    assert _name("«خانهٔ ساحلی» نوشته‌ی پرویز آل داوود, کتابی است آرام") == "پرویز آل داوود"


def test_near_misses_keep_two_words():
    assert _name("رمان «کوچهٔ باران» اثر نسرین افشار را خواندم، و دوستش داشتم") == "نسرین افشار"
    assert _name("«کوچهٔ باران» اثر نسرین افشار رمانی کوتاه، و تلخ است") == "نسرین افشار"
    assert _name("«کوچهٔ باران» نوشتهٔ نسرین افشار می‌خواندم، هر شب") == "نسرین افشار"
    assert _name("«کوچهٔ باران» نوشتهٔ نسرین افشار است. داستانی کوتاه") == "نسرین افشار"


_PAGE = """<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"><title>نقد رمان باغ انار | کتاب‌خانهٔ شب</title>
</head><body dir="rtl"><div class="site-head"><a href="/">کتاب‌خانهٔ شب</a></div>
<article><h1>نقد رمان باغ انار</h1><div class="post-text">
<p>«باغ انار» نوشتهٔ مهرانگیز حاج میر صادقی، داستان دو خواهر است که پس از مرگ پدر به خانهٔ قدیمی خانواده در شیراز
برمی‌گردند و میان خاطره‌ها و دعواهای کهنه گیر می‌افتند. راوی خواهر کوچک‌تر است و لحنش گاهی تلخ و گاهی بامزه است.</p>
<p>نثر کتاب ساده است و توصیف باغ و فصل‌ها در آن بسیار دقیق. همین دقت است که رمان را از یک قصهٔ عاشقانهٔ
ساده جدا می‌کند و به آن عمق می‌دهد. شخصیت‌های فرعی هم جان دارند و هر کدام رازی با خود دارند.</p>
<p>با این حال پایان کتاب شتاب‌زده است و گره‌ها خیلی سریع باز می‌شوند. فصل آخر انگار با عجله نوشته شده و
خواننده فرصت نمی‌کند با شخصیت‌ها خداحافظی کند. صادقی در فصل‌های اول صبور است و همین صبر را در پایان کم داریم.</p>
<p>با همهٔ این‌ها خواندنش را به هر کسی که قصه‌های خانوادگی را دوست دارد توصیه می‌کنم، به‌خصوص در شب‌های بلند
زمستان که حوصلهٔ یک کتاب آرام و پرجزئیات را داریم.</p>
<p>امتیاز من: ۴ از ۵</p>
</div><div class="post-tags">برچسب‌ها: <a href="/tag/1">رمان فارسی</a> <a href="/tag/2">ادبیات عاشقانه</a></div>
</article></body></html>"""


def test_the_page_gets_the_person_not_the_genre_tag():
    record = extract_page(_PAGE, "https://ketab-shab.example.org/naqd/bagh-e-anar")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("باغ انار", "مهرانگیز حاج میر صادقی")
