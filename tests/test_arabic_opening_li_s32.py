"""An Arabic headline opening on the book's title and li- glued to its author, "T لA: remark", with no book noun
before the title, when the post sets the title off in quotes, «T» (detshort5: bookarabicby._OPENING_LI). li- is "for"
as well ("… لعشاق الغموض", for mystery lovers): the name must be a person the prose calls by surname and a writer (a
writing verb before it, past or present: "كتب A"), as the rule with a book noun asks. Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_REVIEW = [
    "كتب سليم الحداد «ميناء الغيم» في سنوات غربته الأولى، ونشرها في طبعة صغيرة لم يلتفت إليها أحد يومها. ثم "
    "عادت الرواية إلى الواجهة بعد عشرين عاماً.",
    "تدور الحكاية حول بحّار عجوز يعود إلى مدينته فلا يعرفه أحد، فيبدأ في كتابة رسائل إلى أصدقاء ماتوا منذ زمن. "
    "اللغة صافية، والجمل قصيرة، والحزن فيها هادئ لا يصرخ.",
    "قرأتها في ليلتين، وتوقفت كثيراً عند الفصل الأخير. بعض الفصول في الوسط بطيئة، لكن الحداد يعرف كيف يعيد القارئ "
    "إلى البحر في الصفحة الأخيرة.",
]


def test_a_headline_naming_the_quoted_title_and_its_author_after_li():
    record = extract_page(_page("ميناء الغيم لسليم الحداد: رسائل إلى الموتى", _REVIEW),
                          "https://qiraat.example.com/2026/11/mina-alghaym/")
    assert record.book_title == "ميناء الغيم", (record.book_title, record.kind)
    assert record.book_author == "سليم الحداد"
    assert record.is_review, (record.kind, record.reason)


def test_a_title_the_text_never_sets_off_is_not_read_so():
    paragraphs = [p.replace("«ميناء الغيم»", "هذه الرواية") for p in _REVIEW]
    record = extract_page(_page("ميناء الغيم لسليم الحداد: رسائل إلى الموتى", paragraphs),
                          "https://qiraat.example.com/2026/11/mina-alghaym-2/")
    assert (record.book_title, record.book_author) != ("ميناء الغيم", "سليم الحداد"), record.book_title


def test_li_meaning_for_names_no_author():
    paragraphs = [
        "اخترنا هذا الشهر «قراءات الشتاء» من رفوف المكتبة: روايات قصيرة تناسب الأمسيات الطويلة، وكلها متوفرة في فرعنا "
        "الرئيسي.",
        "يحب عشاق الغموض القصص التي تبدأ بجريمة وتنتهي بمفاجأة، ولذلك جمعنا لهم خمسة عناوين من بلدان مختلفة. "
        "ويمكن لعشاق الغموض أيضاً حجز نسخهم عبر الموقع.",
        "تفتح المكتبة أبوابها يومياً من التاسعة صباحاً حتى الثامنة مساءً، ما عدا يوم الجمعة.",
    ]
    record = extract_page(_page("قراءات الشتاء لعشاق الغموض: خمسة عناوين", paragraphs),
                          "https://maktaba.example.com/2026/11/qiraat-alshita/")
    assert "الغموض" not in (record.book_author or ""), (record.book_title, record.book_author)
