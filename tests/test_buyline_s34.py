"""The blog's buy-here line and the advertising label's qualifier (the s34 round; own words and markup).

- ``buyline.buy_line`` (marked by ``partnerline.mark``): a short line opening on the bid to buy or order the book
  (imperative, gerund, or the buy link as subject) whose first clause names where (a bookshop, the link, a retailer,
  a web address, a link's label), after the review's last paragraph or typeset apart anywhere.
- ``adnotice.ad_label``: the label's word, a comma, a short qualifier led by a small letter and a colon ("Werbung,
  unbezahlt: …").

Near misses: a review sentence about buying a copy (no bid); a bid with no shop; a shop named in another clause than
the bid; the bid in the review's plain paragraphs before its end; the word as a clause's subject; a label's word
opening a list of nouns."""

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


# --- the buy-here line --------------------------------------------------------------------------------------------

def test_en_italic_bid_with_web_address_goes():
    line = "Buy it from an independent bookshop through shelfside.example: every copy keeps a high street open."
    text = _text(_page(_EN, after=f"<p><em>{line}</em></p>"))
    assert "shelfside" not in text and "bakery" in text


def test_es_gerund_through_the_link_goes_at_the_tail():
    line = "Comprando por este enlace ayudas a una librería pequeña y a quien escribe estas notas."
    text = _text(_page(_EN, after=f"<p>{line}</p><p>Más reseñas: <a href='/tag/novela/'>novela</a></p>"))
    assert "Comprando" not in text and "bakery" in text


def test_ar_buy_link_as_subject_goes_at_the_tail():
    line = "رابط الشراء من متجر صغير في الحي أتركه في أول تعليق، ويعود علي منه مبلغ بسيط."
    text = _text(_page(_EN, after=f"<p>{line}</p>"))
    assert "رابط الشراء" not in text and "bakery" in text


def test_it_bid_apart_in_mid_body_goes():
    line = "Acquistalo tramite il link qui sotto: al blog va una piccola percentuale, a te non costa nulla."
    text = _text(_page(_EN, lang="it", middle=f"<p><em>{line}</em></p>"))
    assert "Acquistalo" not in text and "bakery" in text


def test_ro_bid_with_link_label_goes_at_the_tail():
    after = "<p><a>Comandă romanul de la Cărțile Verzi</a> (prețul e același pentru tine)</p>"
    text = _text(_page(_EN, after=after))
    assert "Comandă" not in text and "bakery" in text


def test_review_sentence_about_buying_stays():
    line = "I bought my copy at the bookshop by the station, and I would happily do it again next winter."
    text = _text(_page(_EN, after=f"<p><em>{line}</em></p>"))
    assert "bookshop by the station" in text


def test_bid_without_shop_stays():
    line = "Buy it, read it in one sitting, then give it to your sister."
    text = _text(_page(_EN, after=f"<p>{line}</p>"))
    assert "give it to your sister" in text


def test_shop_in_another_clause_stays():
    line = "Buy it for your nephew; the bookshop scenes alone are worth the price."
    text = _text(_page(_EN, after=f"<p><em>{line}</em></p>"))
    assert "bookshop scenes" in text


def test_bid_in_plain_mid_body_stays():
    line = "Achetez-le chez un libraire, disait ma grand-mère, jamais au supermarché."
    text = _text(_page(_EN, middle=f"<p>{line}</p>"))
    assert "grand-mère" in text


def test_word_as_subject_stays():
    line = "Order, says the old bookseller, is the enemy of every good shop."
    text = _text(_page(_EN, after=f"<p><em>{line}</em></p>"))
    assert "old bookseller" in text


# --- the advertising label's qualifier ---------------------------------------------------------------------------

def test_de_label_with_qualifier_goes():
    line = "Werbung, unbezahlt: die Links im Text führen zu einer Buchhandlung in meiner Stadt."
    text = _text(_page(_EN, lang="de", after=f"<p><em>{line}</em></p>"))
    assert "unbezahlt" not in text and "bakery" in text


def test_de_label_word_opening_a_list_stays():
    line = "Werbung, Lügen und Geld: davon erzählt der Roman auf jeder Seite."
    text = _text(_page(_EN, lang="de", after=f"<p><em>{line}</em></p>"))
    assert "Lügen und Geld" in text


def test_de_label_word_in_a_sentence_stays():
    line = "Werbung, sagt die Heldin, ist die ehrlichste Lüge der Stadt."
    text = _text(_page(_EN, lang="de", after=f"<p><em>{line}</em></p>"))
    assert "ehrlichste" in text


def test_en_gerund_as_subject_stays():
    line = "Buying books at the shop downstairs is how the heroine meets the man who ruins her summer."
    text = _text(_page(_EN, after=f"<p><em>{line}</em></p>"))
    assert "shop downstairs" in text


def test_en_gerund_through_the_link_goes():
    line = "By buying through the link below you keep a small bookshop and this blog going."
    text = _text(_page(_EN, after=f"<p>{line}</p>"))
    assert "By buying" not in text and "bakery" in text


def test_short_review_plain_advice_before_its_last_paragraph_stays():
    paras = ["A ferry, a storm and two sisters who have not spoken in years.", "The dialogue crackles throughout.",
             "Kauft es am besten in der Buchhandlung eures Vertrauens, es lohnt sich wirklich.",
             "Das Ende kommt zu schnell, aber die Überfahrt bleibt im Kopf."]
    html = ("<html lang='de'><head><meta charset='utf-8'><title>Die Fähre</title></head><body><article>"
            "<h1 class='entry-title'>Die Fähre</h1><div class='entry-content'>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</div></article></body></html>")
    assert "Buchhandlung eures Vertrauens" in _text(html)


def test_en_bare_word_as_noun_stays():
    line = "Order matters here: the chapters run backwards from the shop fire to the wedding."
    text = _text(_page(_EN, after=f"<p><em>{line}</em></p>"))
    assert "Order matters" in text


def test_pt_word_as_noun_before_a_conjunction_stays():
    line = "Compra e venda de livros na livraria do avô: é disso que trata o romance inteiro."
    text = _text(_page(_EN, lang="pt", after=f"<p><em>{line}</em></p>"))
    assert "Compra e venda" in text


def test_ko_bought_with_a_bookshop_stays():
    line = "구매한 책은 동네 서점 주인이 추천해 준 것이었다."
    text = _text(_page(_EN, lang="ko", after=f"<p>{line}</p>"))
    assert "구매한" in text


def test_ja_buy_label_with_link_goes():
    after = "<p>購入はこちら：<a href='https://honya.example.jp/book/1'>まちの本屋</a></p>"
    text = _text(_page(_EN, lang="ja", after=after))
    assert "購入" not in text and "bakery" in text
