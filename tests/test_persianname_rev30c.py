"""``bookrescueauthor``'s Persian "اثر/نوشتهٔ A،": a name of three or four words ("جلال آل احمد") reads to the clause's
comma, but a role ("نویسنده ایرانی", "ترجمه B", "شاعر") or an epithet of nationality or fame ("فرانسوی", "معاصر") after
the name is none of its words: the name is then its first two.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookrescueauthor import CUED

_PERSIAN = CUED[-1]
_REST = " داستان خانواده‌ای است که پس از سال‌ها دوباره کنار هم جمع می‌شوند."


def _cued(text: str) -> str | None:
    match = _PERSIAN.search(text)
    return match and match.group(1).strip()


def _page(sentence: str, surname: str) -> str:
    return f"""<html lang="fa" dir="rtl"><head><title>معرفی کتاب باغ انار</title></head><body><article>
<h1>معرفی کتاب باغ انار</h1><div class="entry-content"><p>رمان «باغ انار» {sentence}{_REST}</p>
<p>نثر کتاب ساده و روان است و فصل‌ها کوتاه هستند، برای همین در دو شب تمامش کردم. توصیف باغ و باران بسیار زیباست.</p>
<p>راوی داستان پسر کوچک خانواده است که همه چیز را از پشت پنجره می‌بیند و کم کم راز مادرش را کشف می‌کند.</p>
<p>در مجموع کتاب خوبی بود و آن را به دوستداران داستان‌های آرام پیشنهاد می‌کنم. {surname} در این کتاب حوصلهٔ زیادی
برای جزئیات نشان داده است.</p><p>امتیاز من: ۴ از ۵</p>
</div><div class="post-tags"><a href="/tag/1" rel="tag">رمان</a></div></article></body></html>"""


def test_long_names_still_read_whole():
    assert _cued("اثر مهرداد آل یاسین،" + _REST) == "مهرداد آل یاسین"
    assert _cued("نوشتهٔ پروانه حاج میر صالحی،" + _REST) == "پروانه حاج میر صالحی"
    record = extract_page(_page("اثر مهرداد آل یاسین،", "یاسین").encode(), "https://blog.example.org/2026/10/bagh")
    assert record.book_author == "مهرداد آل یاسین"


def test_a_role_or_an_epithet_is_no_part_of_the_name():
    assert _cued("اثر بهرام نیک‌پور نویسنده ایرانی،" + _REST) == "بهرام نیک‌پور"
    assert _cued("اثر ژان دوران فرانسوی،" + _REST) == "ژان دوران"
    assert _cued("اثر آلن مور ترجمه کاظمی،" + _REST) == "آلن مور"
    assert _cued("نوشتهٔ بهرام نیک‌پور شاعر معاصر،" + _REST) == "بهرام نیک‌پور"
    assert _cued("اثر کنجی ماتسودا ژاپنی،" + _REST) == "کنجی ماتسودا"
    record = extract_page(_page("اثر آلن مور ترجمه کاظمی،", "مور").encode(), "https://blog.example.org/2026/10/bagh")
    assert record.book_author == "آلن مور"
