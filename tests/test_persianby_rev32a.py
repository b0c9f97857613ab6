"""``bookarabicby``'s Persian "«T» اثر/نوشته A" headline narrowed (review rev32a): "اثر" is also "effect" ("«T» اثر منفی
بر بازار", an effect on the market), so the name holds no preposition or particle; and a film's, a painting's or an
album's "work of" names its director or painter, so no such noun stands before the quote or in the text.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookarabicby import arabic_headline_by


def _read(headline: str, text: str, labels=()):
    return arabic_headline_by(headline, Context(text, (), None), list(labels))


def test_still_reads_book_headlines():
    text = "این رمان داستان خانواده‌ای در شمال است. صالحی با زبانی ساده و دقیق می‌نویسد و شخصیت‌ها زنده‌اند."
    assert _read("نقد «باران شبانه» نوشته مریم صالحی", text) == ("باران شبانه", "مریم صالحی")
    assert _read("«باران شبانه» اثر مریم صالحی | کتابخانه", text) == ("باران شبانه", "مریم صالحی")
    tagged = "این کتاب دربارهٔ سفر است و نثری روان دارد."
    assert _read("«جادهٔ خاکی» اثر حسن کریمی", tagged, ["کریمی"]) == ("جادهٔ خاکی", "حسن کریمی")


def test_effect_is_no_author():
    text = "فشار اقتصادی بر بازار ارز بیشتر شده است و فعالان بازار محتاط‌اند."
    assert _read("«تحریم‌ها» اثر منفی بر بازار", text) is None
    text2 = "کارشناسان می‌گویند کم‌آبی در کشاورزی اثر زیادی دارد و کشاورزی آسیب دیده است."
    assert _read("«خشکسالی» اثر مستقیم در کشاورزی", text2) is None


def test_film_painting_album_are_no_books():
    film = "فیلم از همان صحنهٔ اول تماشاگر را درگیر می‌کند و بازیگران خوب‌اند. فرهادی کارگردانی دقیقی دارد."
    assert _read("نقد «سکوت خانه» اثر اصغر فرهادی", film) is None
    painting = "رنگ‌ها در این تابلو آرام‌اند و سپهری طبیعت را ساده می‌بیند."
    assert _read("نگاهی به تابلوی «درخت‌ها» اثر سهراب سپهری", painting) is None
    album = "این آلبوم هشت قطعه دارد و شجریان در آن آرام‌تر می‌خواند."
    assert _read("«بیداد» اثر محمدرضا شجریان", album) is None
