"""Review of bookasia5's rules on pages they were not written for (rev-bookasia5): a capitalised "Karya" that is the
noun "works" after a one-word head, "Karya" crediting a film's director (bookownbyone); "كتب" as the plural noun, a
publisher or a paper before a possessed work (bookarabicwrote); a translated book's translator as its one person tag
(bookarabictag); a translator credited with "של" and a diary's writer who is a character (bookhebrewof)."""

from __future__ import annotations

from scraper.extract import extract_page

# --- id: "Karya" the noun ------------------------------------------------------------------------------------------
_ID_FILL = [
    "Bagian tengahnya agak lambat, tetapi akhir ceritanya membuat saya terdiam cukup lama dan ingin membacanya lagi.",
    "Secara keseluruhan saya menikmati pengalaman ini dan akan merekomendasikannya kepada teman-teman yang suka cerita "
    "tentang keluarga dan kenangan masa kecil.",
    "Saya juga suka cara cerita ini berakhir, karena tidak semua pertanyaan dijawab dan pembaca diberi ruang untuk "
    "berpikir sendiri setelah halaman terakhir.",
    "Nilai: 4/5",
]


def _id(headline: str, paragraphs: list[str]):
    body = "".join(f"<p>{p}</p>" for p in [*paragraphs, *_ID_FILL])
    html = (f'<html lang="id"><head><meta charset="utf-8"><title>{headline} - Kabar Pagi</title></head><body>'
            f'<header><a href="/">Kabar Pagi</a></header><article class="post"><h1 class="entry-title">{headline}</h1>'
            f'<div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(html, "https://kabarpagi.example.id/hiburan/read/88123/resensi")
    return record.book_title, record.book_author


def test_id_karya_as_the_noun_works_after_a_verb():
    title, author = _id("Mengenal Karya Pramoedya, Sastrawan Besar dari Blora", [
        "Saya membaca Bumi Manusia minggu lalu dan langsung jatuh cinta pada Minke dan Annelies.",
        "Pramoedya menulis novel ini ketika ditahan di Pulau Buru, dan kalimatnya tetap hidup sampai sekarang.",
        "Novel ini tidak mudah, tetapi sangat layak dibaca oleh siapa pun yang ingin mengenal sejarah kita."])
    assert title != "Mengenal"


def test_id_karya_as_the_noun_after_a_one_word_common_noun():
    found = _id("Ulasan Buku Lukisan Karya Affandi, Catatan dari Museum", [
        "Buku tebal ini mengumpulkan foto lukisan-lukisan dari lima dekade, lengkap dengan catatan kurator.",
        "Affandi menulis beberapa catatan pendek di dalamnya tentang cara ia melukis dengan tangan.",
        "Cetakannya bagus dan warnanya tajam, meski harganya cukup mahal untuk pembaca biasa."])
    assert found != ("Lukisan", "Affandi")


def test_id_karya_crediting_a_film_director_is_no_book_author():
    found = _id("Review Film Malam Jumat Karya Joko, Horor yang Tidak Biasa", [
        "Film ini bercerita tentang keluarga yang pindah ke rumah tua di pinggir kota dan mulai mendengar suara aneh.",
        "Joko menulis skenario film ini sendiri dan menyutradarainya dengan sabar, tanpa kejutan murahan.",
        "Para pemainnya tampil meyakinkan, terutama pemeran sang ibu yang ketakutan sepanjang film."])
    assert found[1] != "Joko"


def test_id_one_word_title_before_a_lower_case_karya_is_still_read():
    paragraphs = ["Penerbit kecil di Medan mencetak ulang novel ini bulan lalu, dan saya membacanya dalam satu malam.",
                  "Kisahnya tentang Laras, guru muda yang dipindah ke pulau terpencil dan belajar mendengar nelayan.",
                  "Rusdi menulis dengan kalimat pendek yang tenang, seperti ombak yang datang tanpa tergesa-gesa."]
    assert _id("Ombak karya Rusdi, Kisah Guru yang Belajar Mendengar", paragraphs) == ("Ombak", "Rusdi")


# --- ar: "كتب A روايته" read too far ---------------------------------------------------------------------------------
_AR_REST = [
    "تدور الأحداث في قرية صغيرة على ضفة نهر، حيث يملك رجل عجوز طاحونة لم تعد تعمل منذ سنوات طويلة.",
    "يأتي حفيده من المدينة ليقضي الصيف معه، فيكتشف أن جده يخفي رسائل قديمة في جدار الطاحونة.",
    "الطاحونة القديمة ليست رواية صاخبة، لكنها تبقى في الذاكرة طويلاً بعد إغلاق الكتاب.",
    "الإيقاع بطيء في الفصول الأولى، لكن النهاية مؤثرة ومقنعة، والحوار بين الجد والحفيد من أجمل ما في الرواية.",
]


def _ar_author(first: str):
    body = "".join(f"<p>{p}</p>" for p in [first, *_AR_REST]) + "<p>التقييم: 4/5</p>"
    head = "الطاحونة القديمة: حين يصير الصمت حكاية"
    html = (f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{head} | مدونة القراءة</title></head>'
            f'<body><article class="post"><h1 class="entry-title">{head}</h1><div class="post-meta">بقلم: سلمى ناصر</div>'
            f'<div class="entry-content">{body}</div></article></body></html>')
    return extract_page(html, "https://qiraa.example.com/blog/4471/").book_author


def test_ar_publisher_with_a_feminine_verb_before_his_work_is_no_author():
    assert _ar_author("نشرت دار الشروق روايته الجديدة هذا العام، وهي الثالثة في مسيرته.") != "دار الشروق"


def test_ar_paper_that_published_his_story_is_no_author():
    assert _ar_author("نشرت صحيفة الأهرام قصته على حلقات قبل أن تصدر في كتاب.") != "صحيفة الأهرام"


def test_ar_verb_name_with_the_article_said_once_is_still_read():
    assert _ar_author("كتب جمال الغيطاني روايته هذه بعد هزيمة حزيران، مستعيراً لغة المؤرخين القدامى.") == "جمال الغيطاني"


def test_ar_plural_noun_books_is_no_verb():
    # "كل كتب A" (all of A's books): the noun after a quantifier, no verb opening a clause
    assert _ar_author("قرأت كل كتب نجيب محفوظ قصصه ورواياته في صيف واحد، وهذه الرواية تذكرني به.") != "نجيب محفوظ"


def test_ar_feminine_verb_and_her_work_still_read():
    assert _ar_author("كتبت سلوى بكر روايتها هذه بعد عودتها من المهجر، وتستخدم لغة الصحافة القديمة في سردها.") == (
        "سلوى بكر")


# --- ar: a translated book's one person tag ----------------------------------------------------------------------------
def test_ar_translator_tag_of_a_translated_novel_is_no_author():
    paragraphs = ["تحكي الرواية قصة عائلة بوينديا عبر مئة عام في قرية ماكوندو المعزولة، حيث تتكرر الأسماء والمصائر.",
                  "نقلها علماني إلى العربية بلغة سلسة وجميلة، ولولا ترجمته لما وصلت إلينا بهذا البهاء.",
                  "الرواية طويلة ومتشعبة، لكنها تستحق كل دقيقة من وقت القارئ.",
                  "قرأت هذا العمل في أسبوع واحد خلال إجازة الصيف، وكنت أعود إلى بعض صفحاته مرة بعد مرة لأتأمل جمله "
                  "الطويلة وصوره الغريبة.",
                  "أنصح به كل من يحب الحكايات العائلية الطويلة والشخصيات الكثيرة التي تتقاطع مصائرها عبر الأجيال.",
                  "تقييمي: 5 من 5"]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    links = " ".join(f'<a rel="tag" href="/tag/{i}">{t}</a>' for i, t in enumerate(["أدب لاتيني", "صالح علماني"]))
    head = "مئة عام من العزلة"
    html = (f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{head} - دفتر القراءة</title></head>'
            f'<body><article class="post"><h1 class="post-title">{head}</h1><div class="post-content">{body}</div>'
            f'<div class="post-tags">الوسوم: {links}</div></article></body></html>')
    assert extract_page(html, "https://daftar.blog.example.com/post/88").book_author != "صالح علماني"


# --- he: "של A" for a translator, a diary's writer ---------------------------------------------------------------------
_HE_FILL = ["קראתי את הספר בשבוע אחד של חופשה, וחזרתי לכמה מהעמודים שוב ושוב כדי להבין את המשפטים הארוכים.",
            "אני ממליצה עליו לכל מי שאוהב סיפורי משפחה ארוכים ודמויות רבות שגורלן נשזר זה בזה לאורך הדורות.",
            "ציון: 4 מתוך 5"]


def _he_author(headline: str, paragraphs: list[str]):
    body = "".join(f"<p>{p}</p>" for p in [*paragraphs, *_HE_FILL])
    html = (f'<html lang="he" dir="rtl"><head><meta charset="utf-8"><title>{headline} - מוסף ספרים</title></head><body>'
            f'<main><h1 class="article-title">{headline}</h1><div class="article-body">{body}</div></main></body></html>')
    return extract_page(html, "https://sfarim.example.co.il/news/5512").book_author


def test_he_of_after_a_translation_noun_is_the_translator():
    paragraphs = ['"הגשר הצר" הוא רומן קצר על משפחה בעיירה קטנה. האב מחליט לבנות גשר מעל הנחל, והשכנים צוחקים עליו.',
                  "התרגום של רוזן זורם ונעים, ורוזן כותבת באחרית הדבר על הקשיים שבתרגום. רוזן תרגמה גם ספרים קודמים.",
                  "מי שמחפש עלילה סוערת יתאכזב, אבל זה ספר שכדאי לקרוא לאט, בערב שקט."]
    assert _he_author("הגשר הצר בתרגום של רוזן", paragraphs) != "רוזן"


def test_he_diary_writer_beside_the_writer_by_role_is_a_character():
    paragraphs = ['"יומן סגול" הוא רומן קצר על נערה בעיירה קטנה, שנועה כותבת בו כל לילה מה קרה לה. הסופרת נותנת לה קול חד.',
                  "הכוח של הספר הוא בפרטים הקטנים: ריח הלחם, קול המים, השתיקות בין נועה לאמה. נועה לא ממהרת לשום מקום.",
                  "מי שמחפש עלילה סוערת יתאכזב, אבל זה ספר שכדאי לקרוא לאט, בערב שקט."]
    assert _he_author("הקיץ האחרון של נועה", paragraphs) != "נועה"
