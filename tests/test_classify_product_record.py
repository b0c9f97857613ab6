"""reviewed.product_record: a shop's product page (its h1 in a small head box beside a price or a cart button) that
holds no readers' review box and whose text gives no score is the book's record (its description, the publisher's
blurb, the press's quotes), not a review. Near misses that stay reviews: a review post with a buy box or a product card
below its text, a site whose cart link is in its header, a product page with a reader's review box, a bookseller's
first-person pick. Our own pages in de, ja and en."""

from __future__ import annotations

from scraper.extract import extract_page

BLURB_DE = [
    "Ein Dorf an der Elbe, drei Generationen, ein Fährhaus: Anna Bergers neuer Roman erzählt von einer Familie, die am Fluss lebt und an ihm zerbricht. Ein stilles, eindringliches Buch über Herkunft und Heimat.",
    "Als die Großmutter stirbt, kehrt die Enkelin zurück in das Fährhaus, in dem sie ihre Sommer verbracht hat. Zwischen alten Fahrplänen, Briefen und den Geschichten der Nachbarn stößt sie auf ein Geheimnis, das die Familie seit dem Krieg bewahrt hat.",
    "Anna Berger, geboren 1979 in Hamburg, lebt als Autorin und Übersetzerin in Lauenburg. Für ihren Debütroman „Niedrigwasser“ erhielt sie einen Förderpreis. „Das Fährhaus“ ist ihr dritter Roman, und Anna Berger schreibt hier so dicht wie nie.",
    "„Ein Buch wie ein Fluss: ruhig an der Oberfläche, mit gewaltiger Strömung darunter.“ – Norddeutsche Zeitung. „Berger erzählt mit großer Zärtlichkeit von Menschen, die nicht viele Worte machen.“ – Literaturspiegel",
    "Aus dem Buch: Das Wasser stand in diesem Frühjahr so hoch wie seit Jahren nicht, und der Fährmann sagte, man müsse dem Fluss jetzt zuhören. Die Großmutter nickte und band das Boot fester an den Steg. Am Abend kamen die Nachbarn, brachten Suppe und Neuigkeiten, und niemand sprach von dem Brief auf dem Küchentisch.",
]
BLURB_JA = [
    "瀬戸内の小さな島で、灯台を守る父と娘が過ごす最後の一年。閉鎖が決まった灯台を舞台に、家族の記憶と島の暮らしを静かに描く長編小説です。",
    "母を早くに亡くした娘は、父の古い日誌を読みはじめ、そこに書かれていない一日があることに気づきます。島の人々の証言をたどるうちに、父が長いあいだ語らなかった出来事が少しずつ明らかになっていきます。",
    "著者の森川凪は一九八五年広島県生まれ。デビュー作で新人賞を受賞し、本作が三作目となる長編です。「静けさのなかに嵐がある」と各紙の書評で話題になりました。",
    "「読み終えたあと、しばらく海の音が耳から離れなかった」（書店員さんの声より）。島の四季を描いた挿画も収録した、贈り物にもぴったりの一冊です。",
]


def _product(lang: str, title: str, author: str, paragraphs: list[str], reviews: str = "", price: str = "22,00 €") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title} - {author} | Shop</title></head><body>'
            '<header><a class="logo" href="/">Shop</a><a class="header-cart" href="/cart">Cart (0)</a></header><main>'
            f'<div class="product-info-main"><h1 class="page-title">{title}</h1><p class="product-author">{author}</p>'
            f'<div class="price-box"><span class="price">{price}</span></div><button class="action tocart">Buy</button></div>'
            f'<div class="product-description"><h2>—</h2>{body}</div>'
            '<table class="attributes"><tr><th>ISBN</th><td>9781234567897</td></tr><tr><th>Pages</th><td>320</td></tr></table>'
            f"{reviews}</main><footer>© 2026 Shop</footer></body></html>")


def _post(lang: str, title: str, paragraphs: list[str], after: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<header><a class="logo" href="/">Blog</a><a class="header-cart" href="/cart">Cart</a></header>'
            f'<article class="post"><div class="post-head"><h1>{title}</h1><time>2026-11-20</time></div>'
            f'<div class="post-body">{body}{after}</div></article></body></html>')


def test_a_product_page_with_its_blurb_only_is_no_review():
    for lang, title, author, paragraphs, price in (("de", "Das Fährhaus", "Anna Berger", BLURB_DE, "22,00 €"),
                                                   ("ja", "遠い灯台", "森川凪", BLURB_JA, "1,980円")):
        record = extract_page(_product(lang, title, author, paragraphs, price=price), "https://shop.example.com/books/item-1234")
        assert record.kind == "listing", (lang, record.reason)


REVIEW_DE = [
    "Ich habe „Das Fährhaus“ in zwei Abenden gelesen und bin noch immer nicht ganz zurück an Land. Anna Berger erzählt von drei Generationen an der Elbe, und die Großmutter ist die beste Figur: ihre Kapitel sind knapp und genau.",
    "Der Mittelteil zieht sich, weil die Enkelin zu oft dasselbe denkt, und die Nachbarn bleiben blass. Aber das Ende, der Brief auf dem Küchentisch, hat mich lange beschäftigt, und das Fährhaus wird fast selbst zur Person.",
    "Berger schreibt ruhig und ohne Effekte; wer Familienromane mag, die sich Zeit lassen, wird hier glücklich. Mir hat es sehr gefallen, auch wenn ich mir etwas weniger Wiederholung gewünscht hätte.",
    "Zum Schluss noch: Die Ausgabe ist schön gemacht, mit einer Karte des Dorfs im Vorsatz. Ich werde die beiden früheren Romane der Autorin jetzt auch lesen.",
]


def test_a_review_post_with_a_buy_box_or_a_product_card_stays_a_review():
    buy = '<div class="buy-box"><p>Das Fährhaus, Elbe Verlag, 22 €</p><a class="btn-buy" href="#">Kaufen</a></div>'
    card = '<div class="product-card"><span class="product-card__price">22 €</span><button class="btn--buy">In den Warenkorb</button></div>'
    for after in (buy, card):
        record = extract_page(_post("de", "Das Fährhaus von Anna Berger", REVIEW_DE, after), "https://blog.example.de/2026/11/faehrhaus")
        assert record.kind == "review", record.reason


def test_a_product_page_with_a_readers_review_box_is_left_to_the_review_rules():
    box = ("<section class='product-reviews'><h2>Reviews</h2><div class='review'><p>" + " ".join(REVIEW_DE[:2])
           + "</p><p class='review-author'>Petra K., 22.11.2026</p></div></section>")
    record = extract_page(_product("de", "Das Fährhaus", "Anna Berger", BLURB_DE[:1], box), "https://shop.example.com/books/item-1234")
    assert record.kind == "review", record.reason


def test_a_booksellers_first_person_pick_on_a_product_page_is_not_called_a_record():
    record = extract_page(_product("de", "Das Fährhaus", "Anna Berger", BLURB_DE[:1] + REVIEW_DE), "https://shop.example.com/books/item-1234")
    assert record.kind != "listing", record.reason
