"""det56: a product page's readers' area whose own boxes no class calls a review (reviewbox._alike_items).

A shop's reviews area named "reviews" that holds two or more alike item boxes ("<div class='note'>★★★★☆ name date
one line</div>" twice) is a list of customers' one-line notes: each item is asked whether a review is written out,
not the area whole, so the page stays a product page (reviewed.product_record) and is no review. Near misses: one
reader's review written out in paragraphs, a score histogram beside a long review, items that are reviews written out.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page, reviewbox

_PAGE = """<html lang="{lang}"><head><title>{title}</title></head><body>
<div class="shop-head"><a href="/">Shop</a> <a href="/cart">Cart</a></div>
<div class="product"><div class="info"><h1>{title}</h1><p class="by">{author}</p>
<p class="cost">{price}</p><button class="add-cart">{button}</button></div>
<div class="about"><p>{blurb}</p><p>{blurb2}</p></div>
<div class="user-reviews"><h2>{heading}</h2>{items}<a href="/write" class="write-review">{write}</a></div></div>
</body></html>"""

_CASES = {
    "en": dict(lang="en", title="The Salt Orchard", author="Wenna Trelawny", price="£12.99", button="Add to basket",
               blurb="On a windswept island a family of apple growers learns that the sea is creeping into their soil, and "
                     "the eldest daughter must decide whether to stay and fight or to sell the land to the mainland firm.",
               blurb2="A quiet family saga about inheritance, weather and the stubbornness of trees, told over three "
                      "harvests by the people who tend them.",
               heading="Customer reviews", write="Write a review",
               notes=["★★★★★ Pat 02/11/2026 Arrived quickly and well wrapped, my mother was very pleased with it as a gift.",
                      "★★★☆☆ Lou 14/09/2026 A slow start for me, and the print is rather small for reading in bed.",
                      "★★★★☆ Kim 01/08/2026 Ordered on Monday, here by Wednesday, the cover looks lovely on the shelf."]),
    "de": dict(lang="de", title="Der Salzgarten", author="Wenna Trelawny", price="14,00 €", button="In den Warenkorb",
               blurb="Auf einer sturmgepeitschten Insel merkt eine Familie von Obstbauern, dass das Meer in ihren Boden "
                     "dringt, und die älteste Tochter muss entscheiden, ob sie bleibt oder das Land verkauft.",
               blurb2="Eine leise Familiengeschichte über Erbe, Wetter und den Eigensinn der Bäume, erzählt über drei "
                      "Ernten hinweg von den Menschen, die sie pflegen.",
               heading="Kundenbewertungen", write="Bewertung schreiben",
               notes=["★★★★★ Jo 02.11.2026 Schnell geliefert und gut verpackt, meine Mutter hat sich sehr über das Geschenk gefreut.",
                      "★★★☆☆ Kai 14.09.2026 Der Anfang war mir zu zäh, und die Schrift ist zum Lesen im Bett recht klein.",
                      "★★★★☆ Uli 01.08.2026 Am Montag bestellt, am Mittwoch da, der Umschlag sieht im Regal wunderbar aus."]),
    "pl": dict(lang="pl", title="Solny sad", author="Wenna Trelawny", price="49,90 zł", button="Dodaj do koszyka",
               blurb="Na smaganej wiatrem wyspie rodzina sadowników odkrywa, że morze wdziera się w ich ziemię, a "
                     "najstarsza córka musi zdecydować, czy zostać i walczyć, czy sprzedać ziemię firmie z lądu.",
               blurb2="Cicha saga rodzinna o dziedzictwie, pogodzie i uporze drzew, opowiedziana przez trzy kolejne "
                      "zbiory przez ludzi, którzy o nie dbają.",
               heading="Opinie klientów", write="Napisz opinię",
               notes=["★★★★★ Ola 02.11.2026 Szybka dostawa i porządnie zapakowane, mama bardzo ucieszyła się z tego prezentu na imieniny.",
                      "★★★☆☆ Tomek 14.09.2026 Początek był dla mnie zbyt powolny, a czcionka jest dość mała do czytania w łóżku.",
                      "★★★★☆ Ewa 01.08.2026 Zamówione w poniedziałek, w środę już było, okładka pięknie wygląda na półce."]),
    "ja": dict(lang="ja", title="塩の果樹園", author="トレローニー (著)", price="2,200円（税込）", button="カートに入れる",
               blurb="風の強い島でりんごを育てる一家は、海水が畑の土にしみこみ始めたことに気づく。長女は島に残って闘うか、"
                     "本土の会社に土地を売るかを決めなければならない。",
               blurb2="相続と天候と木々の頑固さをめぐる静かな家族の物語を、三度の収穫を通して描く。",
               heading="お客様の声", write="感想を投稿する",
               notes=["★★★★★ そら 2026/11/02 注文してすぐ届き、包装もていねいで母への贈り物に喜ばれました。",
                      "★★★☆☆ 山田 2026/09/14 序盤が少し退屈で、文字が小さく寝る前に読むのは大変でした。",
                      "★★★★☆ りん 2026/08/01 月曜に注文して水曜に届きました。表紙が本棚に映えます。"]),
}


def _page(case: dict, items: str) -> str:
    fields = {k: v for k, v in case.items() if k != "notes"}
    return _PAGE.format(items=items, **fields)


def _notes(case: dict, cls: str = "note", tag: str = "div") -> str:
    return "".join(f'<{tag} class="{cls}"><span class="who">{n}</span></{tag}>' for n in case["notes"])


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_customers_notes_in_unnamed_item_boxes_make_no_review(lang):
    case = _CASES[lang]
    html = _page(case, _notes(case))
    is_product, boxes = reviewbox.shop_page(lxml.html.fromstring(html))
    assert is_product and boxes
    assert not reviewbox.reviews_written(boxes)
    record = extract_page(html, f"https://shop.example.com/{lang}/product/9780000000001")
    assert not record.is_review


def test_notes_as_bare_list_items_too():
    case = _CASES["en"]
    html = _page(case, "<ul>" + "".join(f"<li>{n}</li>" for n in case["notes"]) + "</ul>")
    assert not reviewbox.reviews_written(reviewbox.shop_page(lxml.html.fromstring(html))[1])


_LONG = ("I read this over a wet weekend and found the middle harvest the strongest part: the sister who stays silent at "
         "the auction says more than any speech, though the last chapter hurries what the book had built so slowly, and "
         "the mainland firm is drawn too thinly to feel like a real threat.")


def test_one_review_written_out_in_paragraphs_stays_written():
    case = _CASES["en"]
    half = len(_LONG) // 2
    items = f'<p class="para">{_LONG[:half]}</p><p class="para">{_LONG[half:]}</p>'
    assert reviewbox.reviews_written(reviewbox.shop_page(lxml.html.fromstring(_page(case, items)))[1])


def test_histogram_beside_a_long_review_stays_written():
    case = _CASES["en"]
    rows = "".join(f'<li class="bar">{n} stars {p}%</li>' for n, p in ((5, 60), (4, 25), (3, 10), (2, 5)))
    items = f'<ul class="histogram">{rows}</ul><div class="text">{_LONG}</div>'
    assert reviewbox.reviews_written(reviewbox.shop_page(lxml.html.fromstring(_page(case, items)))[1])


def test_items_that_are_reviews_written_out_stay_written():
    case = _CASES["en"]
    items = "".join(f'<div class="note"><span>★★★★☆ {who}</span><p>{_LONG}</p></div>' for who in ("Ann", "Ben"))
    assert reviewbox.reviews_written(reviewbox.shop_page(lxml.html.fromstring(_page(case, items)))[1])
