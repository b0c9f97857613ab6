"""Review of bpchrome38 (rev-bpchrome38): the order line with its phone number, the shop's percentage off, the site's
named pointer and the English 'edited on' stamp must not take the review's own sentences. Invented pages in our own
words; the lines the rules were written for still go (tests/test_platform_chrome_s38.py)."""

from scraper.extract import extract_page
from scraper.extract.couponline import coupon_line
from scraper.extract.editnote import edit_note
from scraper.extract.orderphone import order_line
from scraper.extract.sitepointer import site_pointer
from lxml.html import fragment_fromstring

_URL = "https://quietlantern.example.net/2026/11/salt-road/"
_EN = [
    "A salt trader and his deaf daughter cross the desert twice in one year, and the novel lets the second crossing "
    "answer every question the first one raised, slowly and without any hurry to explain itself at all.",
    "The prose is spare and the dialogue sparer still, but the long night at the well is among the best scenes I have "
    "read this year, and the ending earns its quiet with real patience and a great deal of care.",
]


def _page(paras, lang="en"):
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Salt Road | Quiet Lantern</title></head><body>"
            f"<article class='post'><h1 class='entry-title'>The Salt Road</h1><div class='entry-content'>"
            f"{''.join(paras)}</div></article></body></html>")


def _removed(paras, line, lang="en"):
    """The rules that took `line` out of the page."""
    result = extract_page(_page(paras, lang), _URL)
    return [d["rule"] for d in result.removed if line[:30] in d["text"]] if line not in result.body_text else []


def _mid(line):
    return [f"<p>{_EN[0]}</p>", f"<p>{line}</p>", f"<p>{_EN[1]}</p>"]


def _tail(line):
    return [f"<p>{p}</p>" for p in _EN] + ["<p>Score: 8/10</p>", f"<p>{line}</p>"]


def _p(text):
    return fragment_fromstring(f"<p>{text}</p>")


# orderphone: a story's sentence or the reviewer's with a labelled number and a delivery further in
def test_story_sentence_with_phone_and_delivery_stays():
    line = "In chapter three she dials the bakery, phone 0161 496 0000, and orders a delivery of bread that never comes."
    assert _removed(_mid(line), line) == []


def test_clue_in_the_story_with_tel_label_stays():
    line = "The only clue is a card in his coat: Tel. 020 7946 0321, and the word delivery underlined twice."
    assert not order_line(_p(line))


def test_reviewers_own_phone_order_stays():
    line = "I ordered my copy by phone from the publisher (tel. 0161 496 0000) and delivery took two days."
    assert not order_line(_p(line))
    assert not order_line(_p("Ich habe das Buch telefonisch bestellt (Telefon 030 1234 5678), die Lieferung kam schnell."))


def test_vietnamese_story_with_phone_word_stays():
    assert not order_line(_p("Cô gọi điện thoại 0903 123 456 để đặt hàng, nhưng người giao hàng không bao giờ đến."))


def test_shop_order_lines_opening_on_their_call_still_go():
    assert order_line(_p("Tel. 0161 496 0000 — free delivery on every order over £20"))
    assert order_line(_p("สนใจสั่งซื้อ โทร 081 234 5678 ส่งทั่วประเทศ"))
    assert order_line(_p("Đặt mua sách qua điện thoại 0903 123 456, giao hàng toàn quốc"))


# couponline: a percentage off in a review sentence that goes on past it
def test_story_sale_sentence_closing_review_stays():
    line = "In the last chapter the failing shop offers 50% off everything, and it is the saddest scene in the book."
    assert _removed(_tail(line), line) == []


def test_verdict_beside_shops_discount_stays():
    line = "Even without the 20% discount most shops are offering this week, it is worth every penny."
    assert _removed([f"<p>{p}</p>" for p in _EN] + [f"<p>{line}</p>"], line) == []


def test_bargain_without_a_pronoun_stays():
    assert not coupon_line(_p("Got it 20% off at the winter fair, which made the thin paper easier to forgive."))
    assert not coupon_line(_p("Lo compré con un 20% de descuento en la feria, y por ese precio perdono el papel fino."))


def test_shop_offer_one_clause_still_goes():
    assert coupon_line(_p("Members get 10,5 % off all staff picks this month."))
    assert coupon_line(_p("Anggota klub mendapat diskon 10% untuk semua buku pilihan bulan ini."))


# sitepointer: the site's name must close the lead ("Also on <Site>:"), not open or sit inside it
def test_site_named_verdict_line_stays():
    line = "Quiet Lantern verdict: slow, sad and worth every single page"
    assert _removed(_tail(line), line) == []


def test_site_named_recommendation_and_thanks_stay():
    for line in ("Quiet Lantern readers will also like: The Long Night and Salt Wives",
                 "Thanks to the Quiet Lantern book club: you picked a winner"):
        assert _removed(_tail(line), line) == [], line


def test_site_names_from_the_page_need_the_name_closing_the_lead():
    assert not site_pointer(_p("Reading Room verdict: slow, sad and worth every page"), ("Reading Room",), "")
    assert site_pointer(_p("Also on Reading Room: a night walk along the old caravan route"), ("Reading Room",), "")


# editnote: 'edited on <date> at <time>' inside a sentence of the review
def test_sentence_telling_when_a_chapter_was_edited_stays():
    line = "The final chapter, the afterword says, was edited on 4 March 1962 at 11:30 in a Paris hotel."
    assert "forum edit note" not in _removed([f"<p>{p}</p>" for p in _EN] + [f"<p>{line}</p>"], line)
    assert not edit_note(line)


def test_edited_on_stamp_still_goes():
    assert edit_note("Edited on 2 March 2026 at 09:15")
    assert edit_note("Post edited on 2 March 2026 at 09:15")
