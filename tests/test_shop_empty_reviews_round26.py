"""Round 26 (det2), our own pages: a shop's product page whose reviews area is empty ("(0 ratings)", "No reviews yet,
be the first") holds no reader's review box (reviewbox._empty_box), so a page with the blurb alone is the book's record,
whether the book was read from the page's record or its title (reviewed.product_record); the empty area said in Arabic
and Persian too (reviewed._NO_REVIEWS). Near misses: a reviews area with a count and a reader's review stays a
review; a bookseller's first-person pick stays no record.

And the cleaning: a newspaper's book card, short parts split by bars, one a number ("<title> | <author> | <publisher> |
320 pages"), right before a newsletter box is the review's record, not the box's lead-in (citedrecord.record_line).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.reviewbox import _empty_box
from scraper.extract.reviewed import no_reviews_yet
from tests.cleaning import cleaned, paras
from tests.test_classify_product_record import BLURB_DE, REVIEW_DE

BLURB_AR = [
    "رواية عن قرية صغيرة على شاطئ البحر الأحمر، يعود إليها صياد عجوز بعد غياب طويل ليجد البيوت القديمة وقد تغيرت والناس وقد رحلوا.",
    "تتتبع الرواية ثلاثة أجيال من عائلة واحدة، وتطرح أسئلة عن الذاكرة والمكان والعلاقة بين البحر ومن يعيشون على ضفافه.",
    "الكاتبة من مواليد جدة، وهذه روايتها الثانية بعد مجموعة قصصية لاقت اهتماماً واسعاً، وقد ترجمت بعض قصصها إلى لغات أخرى.",
    "مناسبة لمحبي الرواية العربية المعاصرة ولطلاب الأدب، وتصلح هدية لمن يحب حكايات البحر والعائلات الكبيرة.",
]


def _product(lang: str, title: str, author: str, paragraphs: list[str], reviews: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | متجر</title></head><body class="product-page">'
            '<header><a class="logo" href="/">Shop</a><a class="cart-link" href="/cart">(0)</a></header><main>'
            f'<section class="product-details"><div class="product-info"><h1 class="product-title">{title}</h1>'
            f'<div class="product-author">{author}</div>'
            '<div class="product-rating"><span class="stars"></span> <span class="rating-count">(0)</span></div>'
            '<div class="product-price"><span class="price">40.00</span></div>'
            '<form class="add-to-cart-form"><button type="submit">+</button></form></div></section>'
            f'<section class="product-description"><h2>—</h2>{body}</section>{reviews}</main></body></html>')


@pytest.mark.parametrize("text", [
    "(0 تقييم)", "0 reviews", "(0)", "０件",
    "لا توجد تقييمات بعد. كن أول من يقيّم هذا المنتج",  # ar
    "آراء العملاء لا يوجد أي تعليقات حتى الآن",  # ar
    "هنوز نظری ثبت نشده است. اولین نفری باشید که نظر می‌دهید",  # fa
    "Reviews No reviews yet. Be the first to review this book! Write a review",
])
def test_empty_reviews_areas(text):
    assert _empty_box(text)


@pytest.mark.parametrize("text", [
    "(12 تقييم)", "10 reviews", "(3)",
    "رواية جميلة جداً، قرأتها في يومين ولا توجد فيها صفحة مملة. أنصح بها كل من يحب البحر والقرى القديمة وحكايات الجدات.",
])
def test_reviews_areas_that_hold_something(text):
    assert not _empty_box(text)


def test_no_reviews_yet_in_arabic_and_persian():
    assert no_reviews_yet(["لا توجد مراجعات بعد"])  # (as before)
    assert no_reviews_yet(["كن أول من يكتب تقييماً"])
    assert no_reviews_yet(["اولین نفری باشید که دیدگاهی می‌نویسد"])
    assert not no_reviews_yet(["كان أول من كتب عن البحر في الرواية العربية، وما زال صوته مختلفاً"])  # "was the first to write"


_EMPTY_AR = ("<section class='product-reviews'><h2>تقييمات العملاء</h2><p class='no-reviews'>لا توجد تقييمات بعد. "
             "كن أول من يقيّم هذا المنتج</p><a class='btn' href='#review-form'>اكتب تقييماً</a></section>")
_EMPTY_DE = ("<section class='product-reviews'><h2>Bewertungen</h2><p class='no-reviews'>Noch keine Bewertungen. "
             "Schreiben Sie die erste!</p></section>")


@pytest.mark.parametrize("lang, title, author, blurb, empty", [
    ("ar", "بيت على الشاطئ", "سارة الأمين", BLURB_AR, _EMPTY_AR),
    ("de", "Das Fährhaus", "Anna Berger", BLURB_DE, _EMPTY_DE),
])
def test_a_product_page_with_an_empty_reviews_area_is_a_record(lang, title, author, blurb, empty):
    record = extract_page(_product(lang, title, author, blurb, empty), "https://shop.example.com/products/item-1234")
    assert record.kind == "listing", record.reason


def test_a_product_page_with_a_readers_review_stays_a_review():
    box = ("<section class='product-reviews'><h2>Bewertungen (1)</h2><div class='review'><p>" + " ".join(REVIEW_DE[:2])
           + "</p><p class='review-author'>Petra K., 22.11.2026</p></div></section>")
    record = extract_page(_product("de", "Das Fährhaus", "Anna Berger", BLURB_DE[:1], box), "https://shop.example.com/products/item-1234")
    assert record.kind == "review", record.reason


def test_a_booksellers_pick_beside_a_count_of_none_is_no_record():
    # (the "(0)" tally is no review box, so the page is a product page; the first-person pick keeps it from the record rule)
    record = extract_page(_product("de", "Das Fährhaus", "Anna Berger", BLURB_DE[:1] + REVIEW_DE, ""),
                          "https://shop.example.com/products/item-1234")
    assert record.kind != "listing", record.reason


def test_a_blurb_beside_a_count_of_none_is_a_record():
    record = extract_page(_product("de", "Das Fährhaus", "Anna Berger", BLURB_DE, ""), "https://shop.example.com/products/item-1234")
    assert record.kind == "listing", record.reason


# -- a newspaper's book card before a newsletter box ----------------------------------------------------------------

KO = ["소설은 바닷가 마을의 오래된 여관에서 시작한다. 주인공은 할머니가 남긴 편지 묶음을 정리하다가 한 번도 들어 본 적 없는 이름을 발견한다.",
      "문장은 담담하고 정확하다. 중반부가 조금 늘어지지만, 마지막 편지가 놓인 부엌 식탁 장면은 오래 마음에 남는다."]
EN = ["The novel opens in an old inn by the sea, where a young woman sorting her grandmother's letters finds a name no one has ever said aloud.",
      "The prose is quiet and exact. The middle drags a little, but the last letter on the kitchen table stays with you long after."]
NEWSLETTER = "<div class='article-newsletter'><p><b>{}</b></p><a href='/newsletter'>{}</a></div>"


@pytest.mark.parametrize("review, card, box", [
    (KO, "<b>바다 여관</b> | 김서윤 지음 | 파도출판 | 312쪽 | 1만6000원", ("매주 책 기사만 모아 보내드립니다.", "뉴스레터 구독하기")),
    (EN, "<b>The Sea Inn</b> | Mara Quill | Tidewater Press | 312 pages | $24", ("Our books newsletter, every Saturday.", "Subscribe")),
])
def test_a_book_card_before_a_newsletter_box_stays(review, card, box):
    text, rules = cleaned(paras(*review) + f"<p class='book-card'>{card}</p>" + NEWSLETTER.format(*box), "news.example")
    assert "312" in text, rules
    assert box[0] not in text


@pytest.mark.parametrize("lead", [
    "Share: <a href='#'>Facebook</a> | <a href='#'>X</a> | <a href='#'>Mail</a>",  # no number: still the box's lead-in
    "이 기사를 공유하세요 | 카카오톡 | 페이스북 | 링크 복사",
    "Don't miss a single review from us this season, we promise it is worth it | every week | 52 issues | free",  # a long part
])
def test_other_bar_lines_before_a_newsletter_box_still_go(lead):
    text, rules = cleaned(paras(*EN) + f"<p><em>{lead}</em></p>" + NEWSLETTER.format("Our books newsletter, every Saturday.", "Subscribe"), "news.example")
    assert "Our books newsletter" not in text
    assert lead.split("|")[1].strip().split("<")[0] not in text or "lead-in" not in " ".join(rules), rules
