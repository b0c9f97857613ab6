"""Review of bpaffil (s34): where the buy-here line (``buyline``) and the qualified advertising label
(``adnotice._qualified``) misfired on pages nobody wrote them for (own words and markup).

- a quotation opening on a bid (a character's words, es dialogue dash) is no bid;
- the shop, link or retailer named after the bid's reason ("for the bookshop scenes", ru "ради … ссылке", de "wegen
  Thalia", "for Bertrand") is not where to buy; a price after "for" is the bid's;
- a link to the blog's own page is no shop's label;
- in plain type, a review of short paragraphs under a score at its head is all tail: the buy line there stands among
  the body's last three lines;
- vi, id: the buying as a clause's subject (the copula after it) is no bid;
- the small letter tells a label's qualifier from a noun only in German ("Werbung", "Anzeige"): es, en, pl lines that
  open on the label word, a comma and a colon are the review's.
Guards: the buy line still goes in these shapes when it is one."""

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


def _page(line, lang="en", middle=False):
    ps = [f"<p>{p}</p>" for p in _EN]
    mid, after = (line, "") if middle else ("", line)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Bakery by the River</title></head><body>"
            f"<article><h1 class='entry-title'>The Bakery by the River</h1><div class='entry-content'>{ps[0]}{ps[1]}"
            f"{mid}{''.join(ps[2:])}<p><strong>Rating:</strong> 4/5</p>{after}</div></article></body></html>")


def _text(html, url="https://crumbnotes.example.org/2026/12/the-bakery/"):
    return extract_page(html, url).body_text


# --- quotations ---------------------------------------------------------------------------------------------------

def test_character_quote_opening_on_a_bid_stays():
    line = "“Order it from the shop in town,” says Marta to every customer who asks for rye."
    assert "every customer" in _text(_page(f"<p>{line}</p>"))


def test_italic_quote_in_mid_body_stays():
    line = "“Buy the bread at the shop by the river, never at the store on the hill,” her aunt told her."
    assert "store on the hill" in _text(_page(f"<p><em>{line}</em></p>", middle=True))


def test_es_dialogue_dash_stays():
    line = "—Cómpralo en la librería de la plaza —le dice su abuela—, nunca en el supermercado."
    assert "abuela" in _text(_page(f"<p><em>{line}</em></p>", lang="es", middle=True))


def test_arrow_guillemet_bid_still_goes():
    line = "» Bestell es bei der Buchhandlung am Markt, versandkostenfrei."
    text = _text(_page(f"<p>{line}</p>", lang="de"))
    assert "versandkostenfrei" not in text and "bakery" in text


# --- the bid's reason -----------------------------------------------------------------------------------------------

def test_shop_word_after_for_stays():
    line = "Buy it for the bookshop scenes alone, which are worth the price of the hardback."
    assert "bookshop scenes" in _text(_page(f"<p>{line}</p>"))


def test_retailer_name_as_a_character_after_for_stays():
    line = "Buy it for Bertrand, the grumpy ferryman, if for nothing else."
    assert "grumpy ferryman" in _text(_page(f"<p>{line}</p>"))


def test_ru_link_word_after_radi_stays():
    line = "Купите её ради глав о ссылке: они лучшее, что написано о Сибири за десять лет."
    assert "Сибири" in _text(_page(f"<p><em>{line}</em></p>", lang="ru", middle=True))


def test_de_retailer_name_after_wegen_stays():
    line = "Kauf es wegen Thalia, der besten Nebenfigur des Jahres."
    assert "Nebenfigur" in _text(_page(f"<p>{line}</p>", lang="de"))


def test_price_after_for_still_goes():
    line = "Buy it for £9.99 at the bookshop on Mill Lane, signed copies while they last."
    text = _text(_page(f"<p>{line}</p>"))
    assert "Mill Lane" not in text and "bakery" in text


def test_shop_before_the_reason_still_goes():
    line = "Order it from the bookshop on Mill Lane for your book club: every copy keeps a high street open."
    text = _text(_page(f"<p>{line}</p>"))
    assert "high street" not in text and "bakery" in text


# --- the blog's own link --------------------------------------------------------------------------------------------

def test_bid_with_link_to_own_post_stays():
    line = "Get it now, and read <a href='/2025/05/the-mill/'>my review of the prequel</a> first."
    assert "prequel" in _text(_page(f"<p>{line}</p>"))


def test_bid_with_link_to_own_host_stays():
    line = ("Get it now, and read <a href='https://crumbnotes.example.org/2025/05/the-mill/'>my review of the "
            "prequel</a> first.")
    assert "prequel" in _text(_page(f"<p>{line}</p>"))


def test_bid_with_link_out_still_goes():
    line = "Get it now from <a href='https://shelfside.example/bakery'>Shelfside</a>, our corner shop online."
    text = _text(_page(f"<p>{line}</p>"))
    assert "corner shop" not in text and "bakery" in text


# --- the tail's bound ---------------------------------------------------------------------------------------------

def _short_review(middle, tail=""):
    paras = ["<p><strong>Rating:</strong> 4/5</p>",
             "<p>Marta inherits her aunt's bakery in a river town and learns that bread is the easy part.</p>",
             "<p>The writing is warm without being sweet, and the author is very good at rooms.</p>", middle,
             "<p>I wanted more of the middle section and less of the ending, which ties every thread too neatly.</p>",
             "<p>The secondary cast is the real pleasure here: a retired ferryman and two quarrelling sisters.</p>",
             "<p>The schoolteacher who keeps bees is the one I will remember longest.</p>", tail]
    return ("<html lang='en'><head><meta charset='utf-8'><title>The Bakery by the River</title></head><body><article>"
            "<h1 class='entry-title'>The Bakery by the River</h1><div class='entry-content'>" + "".join(paras)
            + "</div></article></body></html>")


def test_short_review_advice_under_a_head_score_stays():
    html = _short_review("<p>Buy it at the shop round the corner; it is worth every cent.</p>")
    assert "round the corner" in _text(html)


def test_short_review_last_line_bid_still_goes():
    html = _short_review("", "<p>Order it from the shop round the corner, which posts it free in town.</p>")
    text = _text(html)
    assert "posts it free" not in text and "schoolteacher" in text


# --- the advertising label's qualifier ------------------------------------------------------------------------------

def test_es_label_word_opening_a_list_stays():
    line = "Publicidad, mentiras y dinero: de eso trata la novela entera."
    assert "mentiras" in _text(_page(f"<p>{line}</p>", lang="es"))


def test_en_sponsored_opening_a_sentence_stays():
    line = "Sponsored, of course: every chapter of her life has a brand attached."
    assert "brand attached" in _text(_page(f"<p>{line}</p>"))


def test_pl_label_word_before_a_speaker_stays():
    line = "Reklama, mówi bohaterka: najuczciwsze kłamstwo w mieście."
    assert "kłamstwo" in _text(_page(f"<p>{line}</p>", lang="pl"))


def test_de_anzeige_qualified_still_goes():
    line = "Anzeige, selbst bezahlt: die Links führen zu einer Buchhandlung in meiner Stadt."
    text = _text(_page(f"<p><em>{line}</em></p>", lang="de"))
    assert "selbst bezahlt" not in text and "bakery" in text


# --- the buying as a clause's subject (vi, id) -----------------------------------------------------------------------

def test_vi_buying_as_subject_stays():
    line = "Mua sách ở hiệu sách cũ là thú vui duy nhất của ông ngoại trong cuốn tiểu thuyết này."
    assert "thú vui" in _text(_page(f"<p>{line}</p>", lang="vi"))


def test_id_buying_as_subject_stays():
    line = "Beli buku di toko buku bekas adalah kebiasaan ayahnya setiap Sabtu pagi."
    assert "kebiasaan" in _text(_page(f"<p><em>{line}</em></p>", lang="id", middle=True))


def test_id_bid_with_shop_still_goes():
    line = "Beli bukunya di toko buku terdekat atau lewat tautan di bawah ini."
    text = _text(_page(f"<p>{line}</p>", lang="id"))
    assert "terdekat" not in text and "bakery" in text
