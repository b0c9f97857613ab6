"""A score under a rating's own word, told as "N of M" with the of of any language ratingwords knows (scorelines.
labelled_of): "امتیاز من: ۴ از ۵", "Ocena: 4 na 5". Bare, "of" is a preposition of counting in many languages, so the
line must be the label, its mark and the score and nothing else. Counted as a score line and the post's own verdict
(a short rated post weighed from 60 words, shortverdict.floor). Lines of our own; near misses: the same numbers in a
sentence with no label, a label over a count of chapters, people or stories."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.scorelines import labelled_score, own_verdict, scored


@pytest.mark.parametrize("line", ["امتیاز من: ۴ از ۵", "Ocena: 4 na 5", "Rating: 4 of 5", "Моя оценка: 8 из 10"])
def test_labelled_of_is_a_verdict(line):
    assert scored([line]) == [line] and own_verdict(line) and labelled_score(line)


@pytest.mark.parametrize("line", [
    "۴ از ۵ داستان مجموعه را دوست داشتم",  # fa: 4 of the 5 stories, no label
    "امتیاز من: ۴ از ۵ داستان خوب بود",  # a label, but a count of stories after the scale
    "Rating: 4 of 5 chapters were rewritten for the new edition",
    "Score: 3 of 5 people in our club finished it.",
])
def test_counting_is_no_score(line):
    assert scored([line]) == [] and not labelled_score(line)


def _post(paragraphs: list[str], title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


def test_a_short_post_under_its_own_labelled_score_is_a_review():
    page = _post([
        "مرد ماهیگیری که سال‌ها قایقش را به همسایه‌ها قرض داده، یک روز می‌فهمد همه پشت سرش به او می‌خندند. "
        "نویسنده این خشم آرام را با جمله‌هایی کوتاه و پر از واژه‌های بندری روایت می‌کند.",
        "برای من که کنار همین دریا بزرگ شده‌ام، خواندنش مثل شنیدن صدای مادربزرگ بود. چند فصل میانی کند است، "
        "ولی صحنهٔ آخر هنوز در ذهنم مانده.",
        "امتیاز من: ۴ از ۵",
    ], "بندر خاموش")
    record = extract_page(page, "https://daftar.example-blog.ir/post/bandar-khamush")
    assert record.is_review, (record.kind, record.reason)


def test_a_short_notice_counting_of_five_is_no_review():
    page = _post([
        "کتابخانهٔ محله از هفتهٔ آینده ساعت کارش را تغییر می‌دهد. سالن مطالعه از صبح تا عصر باز است و "
        "بخش کودکان فقط بعدازظهرها پذیرای بچه‌هاست. کارت عضویت قدیمی تا پایان سال اعتبار دارد.",
        "در نظرسنجی ماه گذشته ۴ از ۵ عضو گفتند ساعت تازه را ترجیح می‌دهند. از همهٔ کسانی که شرکت کردند "
        "سپاسگزاریم.",
        "ظرفیت: ۴ از ۵ میز رزرو شده",
    ], "ساعت تازهٔ کتابخانه")
    record = extract_page(page, "https://daftar.example-blog.ir/post/saat-tazeh")
    assert not record.is_review, (record.kind, record.reason)
