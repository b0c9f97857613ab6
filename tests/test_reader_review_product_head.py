"""A shop's product page read for its reader's review (readerreview): the product head is told by its buy button beside
two record rows or more ("Label: value", in any language), and a list named as reviews whose items are not
("<section id='reviews'><div class='card'>…") gives its repeated children as the readers' items. Pages invented for
these tests, in our own words and markup."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import boilerplate, controls, extract_page, readerreview

DE = ("Im Urlaub an einem verregneten Wochenende gelesen und nicht mehr weggelegt. Die Witwe des Leuchtturmwärters hält "
      "das Licht einen ganzen harten Winter allein, und die wenigen Familien der Insel kommen mit Klatsch, Suppe und "
      "schlechten Nachrichten vom Festland in ihre Küche. Das Ende ist mir tagelang nachgegangen; von mir 4 von 5.")
TR = ("Yağmurlu bir hafta sonu elime aldım ve bırakamadım. Fenerci dul kadın bütün bir sert kışı ışığı tek başına "
      "yakarak geçiriyor, adanın birkaç ailesi de mutfağına dedikodu, çorba ve karadan kötü haberler taşıyor. Son "
      "sahne günlerce aklımdan çıkmadı; puanım 5 üzerinden 4.")


def product(lang: str, title: str, rows: list[tuple[str, str]], button: str, review: str, other: str,
            heading: str = "Kundenbewertungen") -> str:
    record = "".join(f"<p><span>{label}:</span> {value}</p>" for label, value in rows)
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} — Leuchtbuch</title></head><body>
<header class="top"><a href="/">Leuchtbuch</a> <a href="/warenkorb">Korb</a></header>
<main class="product-page"><div class="product"><div class="pic"><img src="/c/1.jpg" alt="{title}"></div>
<div class="product-main"><h1 class="name">{title}</h1><div class="specs">{record}</div>
<div class="price">19,90</div><button class="buy">{button}</button></div></div>
<section id="reviews" class="feedbacks"><h2>{heading}</h2>
<div class="card"><div class="card-head"><span class="who">Lena K.</span> <span class="when">12.11.2026</span></div><div class="card-text"><p>{review}</p></div></div>
<div class="card"><div class="card-head"><span class="who">Ömer</span> <span class="when">02.10.2026</span></div><div class="card-text"><p>{other}</p></div></div>
</section></main><footer>© 2026 Leuchtbuch</footer></body></html>"""


def _header(html: str) -> bool:
    tree = lxml_html.fromstring(html)
    controls.mark_controls(tree)  # (as extract_page does: the buttons go before the header is read)
    for element in list(tree.iter(*boilerplate.DEAD_TAGS)):
        element.drop_tree()
    return readerreview.book_header(tree)


DE_ROWS = [("Verlag", "Inselhaus"), ("Einband", "gebunden"), ("Seiten", "312")]
TR_ROWS = [("Yayınevi", "Ada Kitap"), ("Kapak", "karton"), ("Sayfa", "312")]


def test_a_product_head_with_a_buy_button_and_record_rows_is_a_book_page():
    assert _header(product("de", "Die Wärterin", DE_ROWS, "In den Warenkorb", DE, "Schnell geliefert."))
    assert _header(product("tr", "Bekçi Kadın", TR_ROWS, "Sepete ekle", TR, "Hızlı geldi."))


def test_near_misses_no_button_or_one_row_is_no_product_head():
    assert not _header(product("de", "Die Wärterin", DE_ROWS, "", DE, "x").replace('<button class="buy"></button>', ""))
    assert not _header(product("de", "Die Wärterin", DE_ROWS[:1], "In den Warenkorb", DE, "Schnell geliefert."))


def test_a_list_named_as_reviews_gives_its_unnamed_cards_as_readers():
    tree = lxml_html.fromstring(product("tr", "Bekçi Kadın", TR_ROWS, "Sepete ekle", TR, "Hızlı geldi, paket sağlamdı."))
    items = readerreview.reader_items(tree)
    assert len(items) == 2 and items[0][1] > readerreview.MIN_REVIEW_CHARS


def test_near_miss_one_card_in_a_named_list_is_no_list_of_readers():
    html = product("tr", "Bekçi Kadın", TR_ROWS, "Sepete ekle", TR, "x")
    tree = lxml_html.fromstring(html)
    last = tree.xpath("//div[@class='card']")[-1]
    last.getparent().remove(last)
    assert readerreview.reader_items(tree) == []
