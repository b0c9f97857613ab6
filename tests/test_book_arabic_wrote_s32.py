"""Arabic's writer read off the prose's syntax (bookarabicwrote): "كتب A B روايته" (A B wrote his novel) names the
author; the definite role word "الكاتب" as a clause's subject ("يستخدم الكاتب لغة الصحافة", the writer uses the press's
language) is followed by an object, not a name, unless the text names it again. Near misses: a role word and a noun
after the verb ("كتب الناقد مقاله"), and a real "الكاتب A B" whose surname the text says again, still read."""

from __future__ import annotations

from scraper.extract import extract_page

_HEAD = "الطاحونة القديمة: حين يصير الصمت حكاية"


def _book(paragraphs: list[str], headline: str = _HEAD):
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + "<p>التقييم: 4/5</p>"
    html = (f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{headline} | مدونة القراءة</title></head>'
            f'<body><article class="post"><h1 class="entry-title">{headline}</h1><div class="post-meta">بقلم: سلمى ناصر</div>'
            f'<div class="entry-content">{body}</div></article></body></html>')
    page = extract_page(html, "https://qiraa.example.com/blog/4471/")
    return page.book_title, page.book_author


_REST = [
    "تدور الأحداث في قرية صغيرة على ضفة نهر، حيث يملك رجل عجوز طاحونة لم تعد تعمل منذ سنوات طويلة.",
    "يأتي حفيده من المدينة ليقضي الصيف معه، فيكتشف أن جده يخفي رسائل قديمة في جدار الطاحونة.",
    "الطاحونة القديمة ليست رواية صاخبة، لكنها تبقى في الذاكرة طويلاً بعد إغلاق الكتاب.",
    "الإيقاع بطيء في الفصول الأولى، لكن النهاية مؤثرة ومقنعة، والحوار بين الجد والحفيد من أجمل ما في الرواية.",
]


def test_verb_name_and_own_work_names_the_author():
    paragraphs = ["كتب سليم حداد روايته هذه بعد عودته من المهجر، ويستخدم الكاتب لغة الصحافة القديمة في سرده.", *_REST]
    assert _book(paragraphs) == ("الطاحونة القديمة", "سليم حداد")


def test_role_word_before_an_object_is_no_author():
    paragraphs = ["صدرت هذه الرواية قبل عامين، ويستخدم الكاتب لغة الصحافة القديمة في سرده.", *_REST]
    _title, author = _book(paragraphs)
    assert author != "لغة الصحافة"


def test_role_word_after_the_writing_verb_is_no_name():
    paragraphs = ["كتب الناقد مقاله عن هذه الرواية قبل عامين، وأثار نقاشاً واسعاً.", *_REST]
    _title, author = _book(paragraphs)
    assert author is None or not author.startswith("الناقد")


def test_role_word_before_a_name_said_again_is_still_read():
    paragraphs = ["في هذه الرواية يعود الكاتب سليم حداد إلى قريته الأولى.", *_REST, "يكتب حداد بجمل قصيرة وهادئة."]
    assert _book(paragraphs)[1] == "سليم حداد"
