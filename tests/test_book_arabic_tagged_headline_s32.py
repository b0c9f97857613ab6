"""A post in Arabic script whose tags hold the one person the text calls by family name: its title is the headline
(a blog's post titled with its book, no other tag but a genre's) or the one other tag that echoes the headline's word (a
paper's headline of its own phrase, the book's title among the tags) (bookarabictag.tagged_headline). Near misses: two
person tags, a person tag the text never calls by family name, a headline with a kind's word, two candidate tags."""

from __future__ import annotations

from scraper.extract import extract_page

_FA = [
    "مرد جوانی از روستا به شهر می‌آید و در کارگاهی کوچک کار پیدا می‌کند. صاحب کارگاه پیرمردی کم‌حرف است که گذشته‌اش را از همه پنهان می‌کند.",
    "دانشور این قصه را با جمله‌های کوتاه و دقیق روایت می‌کند و هیچ‌وقت برای خواننده توضیح اضافه نمی‌دهد.",
    "فصل‌های آخر کمی شتاب‌زده‌اند، ولی تصویر کارگاه در شب‌های زمستان مدت‌ها در ذهن می‌ماند.",
    "امتیاز من: ۴ از ۵",
]


def _book(headline: str, tags: list[str], paragraphs: list[str] = _FA):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    links = " ".join(f'<a rel="tag" href="/tag/{i}">{t}</a>' for i, t in enumerate(tags))
    html = (f'<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{headline} - دفتر کتاب‌خوانی</title></head>'
            f'<body><div class="header"><a href="/">دفتر کتاب‌خوانی</a></div><article class="post">'
            f'<h1 class="post-title">{headline}</h1><div class="post-content">{body}</div>'
            f'<div class="post-tags">برچسب‌ها: {links}</div></article></body></html>')
    page = extract_page(html, "https://daftar.blog.example.ir/post/88")
    return page.book_title, page.book_author


def test_short_headline_is_the_title_beside_the_person_tag():
    assert _book("کارگاه زمستانی", ["ادبیات معاصر", "سیمین دانشور"]) == ("کارگاه زمستانی", "سیمین دانشور")


def test_tag_echoing_the_headline_is_the_title():
    assert _book("کارگاهی که شهر را تغییر داد", ["سیمین دانشور", "کارگاه شب", "رمان فارسی"]) == (
        "کارگاه شب", "سیمین دانشور")


def test_two_person_tags_no_telling():
    assert _book("کارگاه زمستانی", ["سیمین دانشور", "هوشنگ گلشیری"],
                 [p.replace("دانشور این", "دانشور و گلشیری این") for p in _FA])[1] is None


def test_person_tag_never_called_by_family_name_is_no_author():
    paragraphs = [p.replace("دانشور این", "نویسنده این") for p in _FA]
    assert _book("کارگاه زمستانی", ["ادبیات معاصر", "سیمین دانشور"], paragraphs)[1] is None


def test_headline_with_a_kind_word_is_no_title():
    title, _author = _book("معرفی کتاب پاییزی", ["سیمین دانشور"])
    assert title != "معرفی کتاب پاییزی"


def test_two_tags_echoing_the_headline_no_telling():
    title, _author = _book("کارگاهی در شب", ["سیمین دانشور", "کارگاه شب", "شب‌های شهر"])
    assert title not in ("کارگاه شب", "شب‌های شهر")


def test_a_title_quoted_in_the_text_leaves_the_headline_a_phrase():
    # the text sets the book's title in guillemets: the short headline is the reviewer's own phrase, no title
    paragraphs = ["رمان «شب‌های کارگاه» را دوباره خواندم. " + _FA[0], *_FA[1:]]
    title, _author = _book("کارگاه زمستانی", ["ادبیات معاصر", "سیمین دانشور"], paragraphs)
    assert title != "کارگاه زمستانی"
