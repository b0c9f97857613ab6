"""A book's owner named through its book noun in Arabic script (``booknounowner``, read by ``booknamedtwice``): Persian
"رمان [کوتاه] A B" (the [short] novel of A B), Arabic "رواية [الكاتب] A B", Urdu "A B کا ناول" (A B's novel), the surname
said again apart from the whole name. Near misses: a noun before two common words ("رمان خوبی بود"), a name never said
again by surname, a tag of two common words that the text repeats word by word, Latin text.

Every line here is invented for these tests (invented books, people and places, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.booknamedtwice import named_twice
from scraper.extract.booknounowner import noun_owners


def test_noun_owners_read_in_each_language():
    assert noun_owners("دیروز رمان کوتاه مهتاب رحیمی‌نژاد را دوباره خواندم.")[0] == "مهتاب رحیمی‌نژاد"
    assert noun_owners("قرأت رواية الكاتب سليم حداد في يومين.")[0] == "سليم حداد"
    assert noun_owners("یہ نسرین قاضی کا نیا ناول ہے۔")[0] == "نسرین قاضی"
    assert noun_owners("A novel by Lena Moss.") == []
    # near misses: the noun after a demonstrative is a sentence's subject ("this novel has gone …"); particles, verbs
    assert noun_owners("این رمان طی کرده راهی طولانی را.") == []
    assert noun_owners("کتاب را از کتابخانه گرفتم و رمان یعنی ماجرا.") == []


def _review(lead: str, rest: str, tags: str = "") -> str:
    return f"""<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>نگاهی به «باغ انار» | مجله</title></head>
<body><article><h1>نگاهی به «باغ انار»</h1><div class="entry-content">
<p>{lead}</p>
<p>{rest}</p>
<p>داستان در شهری کوچک کنار دریا می‌گذرد و سه خواهر را دنبال می‌کند که هر کدام راهی جدا می‌روند. لحن کتاب آرام است و فصل‌ها کوتاه‌اند، و خواننده آهسته با خانه و آدم‌هایش آشنا می‌شود.</p>
<p>ضعف کتاب در فصل‌های میانی است که کمی تکراری می‌شوند، اما پایان آن همه‌چیز را جبران می‌کند. از من چهار از پنج.</p>
</div>{tags}</article></body></html>"""


def test_a_persian_review_names_the_novels_owner():
    page = _review("رمان کوتاه مهتاب رحیمی‌نژاد سال‌ها در کتاب‌فروشی‌ها پیدا نمی‌شد.",
                   "رحیمی‌نژاد این داستان را با جمله‌هایی ساده نوشته است و رحیمی‌نژاد هیچ‌جا قضاوت نمی‌کند.",
                   '<footer><a rel="tag" href="/tag/x">ادبیات دریا</a></footer>')
    record = extract_page(page, "https://majalle.example.ir/1405/09/bagh-anar/")
    assert (record.book_title, record.book_author) == ("باغ انار", "مهتاب رحیمی‌نژاد")


def test_near_misses():
    prose = "رمان خوبی بود و خوبی آن در سادگی است.\nرمان «باغ انار» را خواندم."
    # "a good novel": the words after the noun recur as words, not as a surname said apart from a given name
    assert named_twice(None, None, prose.split("\n"), "نگاهی به «باغ انار»", [], before_quote=True) is None
    # the name after the noun never said again by its surname
    prose = "رمان کوتاه مهتاب رحیمی‌نژاد را خواندم.\nکتاب «باغ انار» آرام است."
    assert named_twice(None, None, prose.split("\n"), "نگاهی به «باغ انار»", [], before_quote=True) is None
    # on a first reading (any post, not yet told a review) the owner is never read alone: no book here
    prose = "دیروز رمان کوتاه مهتاب رحیمی‌نژاد را خواندم.\nرحیمی‌نژاد ساده می‌نویسد. «باغ انار» آرام است."
    assert named_twice(None, None, prose.split("\n"), "نگاهی به «باغ انار»", []) is None
    found = named_twice(None, None, prose.split("\n"), "نگاهی به «باغ انار»", [], before_quote=True)
    assert (found.title, found.author) == ("باغ انار", "مهتاب رحیمی‌نژاد")


def test_an_arabic_review_names_the_novels_owner():
    prose = ["قرأت رواية الكاتب سليم حداد في يومين، ولم أتركها.", "يكتب حداد عن البحر والملح بجمل قصيرة، ويعود حداد إلى البيت القديم في كل فصل.",
             "«بيت الملح» رواية هادئة تستحق القراءة. أعطيها أربعة من خمسة."]
    found = named_twice(None, None, prose, "قراءة في «بيت الملح»", [], before_quote=True)  # (a review's reading)
    assert (found.title, found.author) == ("بيت الملح", "سليم حداد")
