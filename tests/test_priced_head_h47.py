"""A product page whose price and cart boxes carry no English class word: its h1's small box holds a price and a
button (pricedhead, read by reviewbox.shop_page)."""

from lxml import html as lxml_html

from scraper.extract.reviewbox import shop_page


def _page(head: str, after: str = "") -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body><div id='wrap'><div class='fej'>{head}</div>{after}</div></body></html>")


BLURB = "<div class='leiras'><p>" + " ".join(["szó"] * 60) + "</p></div>"


def test_hungarian_item_head_price_and_button():
    tree = _page("<h1>Kovács Éva: A kert</h1><div class='sor'>Kiadó, 1981 · 210 oldal</div>"
                 "<div class='doboz'><span class='osszeg'>1 900 Ft</span> <button>Kosárba</button></div>", BLURB)
    assert shop_page(tree)[0]


def test_german_item_head_price_and_submit():
    tree = _page("<h1>Der stille Hof</h1><p class='autor'>von Jana Roth</p>"
                 "<form><span class='preis'>14,90 €</span><input type='submit' value='In den Warenkorb'></form>", BLURB)
    assert shop_page(tree)[0]


def test_korean_item_head_price_and_button():
    tree = _page("<h1>바람의 집</h1><div class='gagyeok'><strong>15,000원</strong></div><button>장바구니 담기</button>", BLURB)
    assert shop_page(tree)[0]


def test_near_miss_post_head_without_price():
    tree = _page("<h1>A kert – kritika</h1><div class='megosztas'><button>Megosztás</button></div>", BLURB)
    assert not shop_page(tree)[0]


def test_near_miss_price_without_button():
    tree = _page("<h1>Der stille Hof</h1><span class='preis'>14,90 €</span>", BLURB)
    assert not shop_page(tree)[0]


def test_near_miss_price_in_a_post_paragraph():
    # a review whose h1 sits with its text: a price named in its prose, a share button below
    prose = "<p>" + " ".join(["Wort"] * 40) + " 14,90 €</p><p><span>14,90 €</span></p><button>Teilen</button>"
    tree = _page("<h1>Der stille Hof</h1>" + prose)
    assert not shop_page(tree)[0]
