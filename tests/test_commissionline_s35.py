"""The blog's commission line (commissionline, the s35 round; own words and markup): a short line naming the link and
the commission or the affiliate programme it brings, typeset apart or at the tail after the score, in languages the
buy line does not read word by word; and the bid to buy that names its commission, anywhere.

Near misses: a tail sentence naming a commission but no link; a note in italics on a painter's commission; the link
and the commission in the review's plain paragraphs before its end; a bid to buy in mid-body with no commission."""

from scraper.extract import extract_page

_EN = [
    "Marta inherits her aunt's bakery in a river town and learns, one disastrous winter after another, that bread is "
    "the easy part; the town's feuds, its debts and its weddings are the hard part.",
    "The writing is warm without being sweet, and the author is very good at rooms: the kitchen at four in the "
    "morning, the back office with its unpaid invoices, the church hall before the harvest supper begins.",
    "I wanted more of the middle section and less of the ending, which ties every thread a little too neatly, but I "
    "finished it in two evenings and have been pressing it on friends ever since.",
    "The secondary cast is the real pleasure here: a retired ferryman, two quarrelling sisters who run the post "
    "office, and a schoolteacher who keeps bees and opinions in roughly equal measure all winter long.",
]


def _page(paras, lang="en", middle="", after=""):
    ps = [f"<p>{p}</p>" for p in paras]
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Bakery by the River</title></head><body>"
            f"<article><h1 class='entry-title'>The Bakery by the River</h1><div class='entry-content'>{ps[0]}{ps[1]}"
            f"{middle}{''.join(ps[2:])}<p><strong>Rating:</strong> 4/5</p>{after}</div></article></body></html>")


def _text(html, url="https://crumbnotes.example.org/2026/12/the-bakery/"):
    return extract_page(html, url).body_text


_CLOSE = "<p>Thanks for reading, and see you next Sunday with another small novel from the river towns.</p>"


# --- the link and the commission or the programme, apart or at the tail --------------------------------------------

def test_th_affiliate_link_at_the_tail_goes():
    line = "สั่งซื้อนิยายเล่มนี้ได้ที่ร้านออนไลน์ (ลิงก์แอฟฟิลิเอต คนเขียนบล็อกได้ส่วนแบ่งนิดหน่อย)"
    text = _text(_page(_EN, after=f"<p>{line}</p>{_CLOSE}"))
    assert "ลิงก์" not in text and "bakery" in text


def test_bn_link_and_commission_at_the_tail_goes():
    line = "উপন্যাসটা পেতে চাইলে <a href='https://boi.example.com/x'>দোকানের লিংক</a> — এই পথে কিনলে আমরা একটু কমিশন পাই।"
    text = _text(_page(_EN, after=f"<p>{line}</p>{_CLOSE}"))
    assert "কমিশন" not in text and "bakery" in text


def test_mr_affiliate_link_in_italics_goes():
    line = "कादंबरी घरपोच हवी असेल तर खालचा ॲफिलिएट दुवा वापरा."
    text = _text(_page(_EN, lang="mr", after=f"<p><em>{line}</em></p>{_CLOSE}"))
    assert "दुवा" not in text and "bakery" in text


def test_sw_affiliate_link_in_a_parenthesis_in_italics_goes():
    line = "Riwaya hii inauzwa katika maduka ya vitabu mjini Arusha (kiungo cha ushirika)."
    text = _text(_page(_EN, after=f"<p><em>{line}</em></p>{_CLOSE}"))
    assert "ushirika" not in text and "bakery" in text


def test_pt_bid_with_its_commission_goes_in_mid_body():
    line = "🛒 Compre pelo link da livraria e o blog ganha uma comissãozinha, sem custo para você."
    text = _text(_page(_EN, lang="pt", middle=f"<p>{line}</p>"))
    assert "comissãozinha" not in text and "bakery" in text


# --- near misses ---------------------------------------------------------------------------------------------------

def test_commission_with_no_link_at_the_tail_stays():
    line = "Her one commission from the gallery paid the bakery's rent for a winter."
    text = _text(_page(_EN, after=f"<p>{line}</p>{_CLOSE}"))
    assert "gallery paid" in text


def test_italic_note_on_a_painters_commission_stays():
    line = "The portrait on the cover was a commission from the author's sister."
    text = _text(_page(_EN, middle=f"<p><em>{line}</em></p>"))
    assert "portrait on the cover" in text


def test_link_and_commission_in_the_reviews_plain_prose_stay():
    line = "The link between the mayor's commission and the mill fire is never made plain, which I liked."
    text = _text(_page(_EN, middle=f"<p>{line}</p>"))
    assert "mill fire" in text


def test_bid_in_mid_body_with_no_commission_stays():
    line = "Compre o romance na livraria da praça; vale cada centavo e cada página."
    text = _text(_page(_EN, lang="pt", middle=f"<p>{line}</p>"))
    assert "livraria da praça" in text
