"""An Urdu record line closing a review, "T — A، House پبلی کیشنز، City": Urdu's own letters (ے ہ ں ٹ ڈ ڑ ھ) are letters
of a caseless name or title as Arabic's and Persian's are, and "publications" spelt as two words ends a house's name as
the one-word spelling does (bookcaselessname, bookstackedname.INDIC_HOUSE). Near misses: a record whose author the text
never names again, a line whose second part is no house, and a pointer line to another post."""

from __future__ import annotations

from scraper.extract import extract_page

_UR = [
    "شفیق احمد کا یہ ناول ایک چھوٹے سے قصبے کی کہانی ہے جہاں دریا ہر سال اپنا راستہ بدل لیتا ہے۔",
    "کہانی کا مرکزی کردار ایک بوڑھا ملاح ہے جو اپنے بیٹے کے انتظار میں ہر شام کنارے پر بیٹھتا ہے۔",
    "شفیق احمد کی نثر سادہ مگر گہری ہے، اور کئی جملے دیر تک ذہن میں گونجتے رہتے ہیں۔",
    "آخری ابواب کچھ جلدی میں لکھے ہوئے محسوس ہوتے ہیں، پھر بھی یہ کتاب پڑھنے کے لائق ہے۔",
]


def _book(paragraphs: list[str], record: str, headline: str = "ایک دریا، ایک ملاح اور بہت سی شامیں"):
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + f'<p class="info"><em>{record}</em></p><p>ریٹنگ: ★★★★</p>'
    html = (f'<html lang="ur" dir="rtl"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            f'</article></body></html>')
    page = extract_page(html, "https://roznama.example.pk/adab/2026/12/dariya")
    return page.book_title, page.book_author


def test_urdu_record_line_with_a_two_word_house():
    assert _book(_UR, "دریا کے کنارے — شفیق احمد، نیا دور پبلی کیشنز، کراچی") == ("دریا کے کنارے", "شفیق احمد")


def test_author_the_text_never_names_again_is_not_taken():
    paragraphs = [p.replace("شفیق احمد", "مصنف") for p in _UR]
    _title, author = _book(paragraphs, "دریا کے کنارے — نوید اختر، نیا دور پبلی کیشنز، کراچی")
    assert author != "نوید اختر"


def test_second_part_that_is_no_house_reads_no_record():
    assert _book(_UR, "دریا کے کنارے — شفیق احمد، ایک یادگار شام، کراچی") != ("دریا کے کنارے", "شفیق احمد")


def test_pointer_line_to_another_post_is_no_record():
    title, _author = _book(_UR, "یہ بھی پڑھیں: ساحل کی ریت — شفیق احمد، نیا دور پبلی کیشنز، کراچی")
    assert title != "یہ بھی پڑھیں: ساحل کی ریت"
    assert title != "ساحل کی ریت"
