"""A marketplace's product page selling a book, its author in the specification list away from the h1: its longest
reader's review is the page's content (shopbookrow, readerreview)."""

from lxml import html

from scraper.extract import extract_page
from scraper.extract.shopbookrow import author_row, book_product

_REVIEW_TR = (
    "<p>Bu romanı yıllar önce bir arkadaşımın kitaplığında görmüştüm ama ancak bu kış okuyabildim. Deniz kenarındaki "
    "bir kasabada geçen hikâye, babasını arayan genç bir kadının mektuplarıyla ilerliyor ve her mektupta kasabanın "
    "başka bir sırrı açılıyor.</p>"
    "<p>Yazarın dili sade ama çok güçlü; özellikle fırtına gecesinin anlatıldığı bölüm aklımdan çıkmıyor. Karakterlerin "
    "hepsi canlı, hiçbiri karikatür değil. Sadece son bölüm biraz aceleye gelmiş gibi, birkaç soru cevapsız kalıyor.</p>"
    "<p>Yine de herkese tavsiye ederim, bir hafta sonunda bitirilecek türden bir kitap. Puanım 10 üzerinden 9.</p>"
)
_REVIEW_ES = (
    "<p>Compré esta novela sin saber nada de ella y me atrapó desde la primera página. La historia sigue a un farero "
    "jubilado que vuelve a su isla para cerrar la casa de su madre y encuentra cartas que nadie debía leer.</p>"
    "<p>La autora escribe con frases cortas y precisas, y consigue que el paisaje sea un personaje más. Me sobraron "
    "algunas páginas en la mitad, donde la trama se estanca, pero el final lo compensa con creces.</p>"
    "<p>Muy recomendable para quien disfrute de historias familiares y silencios. Mi nota: 4 de 5.</p>"
)


def _page(lang, h1, spec, reviews, button="<button>Sepete Ekle</button>", price="120,00 TL"):
    return (
        f"<html lang='{lang}'><head><title>{h1} | Pazar</title></head><body>"
        "<header><a href='/'>Pazar</a> <a href='/sepet'>Sepet</a></header>"
        "<div class='crumbs'><a href='/'>Ana sayfa</a> › <a href='/kitap'>Kitap</a> › <a href='/kitap/roman'>Roman</a></div>"
        f"<div class='product'><div class='head'><h1>{h1}</h1><div class='seller'>Mağaza: <a href='/m/eski'>EskiRaf</a> 9,6</div>"
        f"<div class='price'><del>150,00</del> <ins>{price}</ins> %20</div><p class='ship'>Ertesi gün kargoda · 200 üzeri ücretsiz</p>"
        f"{button}<a class='ask' href='#q'>Mağazaya sor</a></div></div>"
        "<div class='tabs'><ul class='tabnav'><li><a href='#d'>Açıklama</a></li><li><a href='#r'>Yorumlar (2)</a></li></ul>"
        f"<div class='specs'>{spec}</div>"
        "<div id='yorumlar' class='pane'><ul class='comments'>"
        f"<li class='comment'><div class='commentHead'><span class='user'>a***</span> <span class='date'>12.11.2026</span></div>"
        f"<div class='commentBody'>{reviews}</div></li>"
        "<li class='comment'><div class='commentHead'><span class='user'>b***</span> <span class='date'>01.10.2026</span></div>"
        "<div class='commentBody'><p>Hızlı geldi, teşekkürler.</p></div></li>"
        "</ul></div></div><section class='also'><h3>Bunlara da baktınız</h3><ul><li><a href='#'>Kuzey Rüzgârı - Ece Tan</a> "
        "<span>88,00</span></li><li><a href='#'>Sessiz Liman - Ali Koru</a> <span>95,50</span></li><li><a href='#'>Taş Ev - "
        "Selin Ak</a> <span>72,00</span></li></ul></section><footer><p>© 2026 Pazar</p></footer></body></html>"
    )


def test_turkish_marketplace_book_with_author_in_spec_list():
    spec = "<dl><dt>Yazar</dt><dd>Deniz Aksoy</dd><dt>Sayfa</dt><dd>212</dd></dl>"
    record = extract_page(_page("tr", "Fırtına Mektupları - Deniz Aksoy", spec, _REVIEW_TR), "https://pazar.example.com/urun/firtina-123")
    assert record.kind == "review"
    assert record.book_author == "Deniz Aksoy" and record.book_title.startswith("Fırtına Mektupları")
    assert record.rating_raw == "10 üzerinden 9"
    assert "Hızlı geldi" not in record.body_text


def test_spanish_marketplace_book_with_author_in_a_table():
    spec = "<table><tr><th>Autora</th><td>Lucía Ferrer</td></tr><tr><th>Páginas</th><td>240</td></tr></table>"
    page = _page("es", "La casa del farero - Lucía Ferrer", spec, _REVIEW_ES, button="<button>Añadir al carrito</button>", price="18,90 €")
    record = extract_page(page, "https://mercado.example.es/p/la-casa-del-farero")
    assert record.kind == "review"
    assert record.book_author == "Lucía Ferrer"
    assert "farero jubilado" in record.body_text


def test_author_row_shapes():
    assert author_row(html.fromstring("<div><dl><dt>Author</dt><dd>Ann Marsh</dd></dl></div>"))
    assert author_row(html.fromstring("<div><ul><li>Autor: Jan Nowak</li></ul></div>"))
    assert author_row(html.fromstring("<div><ul><li><span>Автор</span><span>Анна Белова</span></li></ul></div>"))


def test_near_misses_no_author_row():
    # a value that is a count, not a name; a label that is no author's; a line that runs on as prose
    assert not author_row(html.fromstring("<div><ul><li><span>Yazar</span><span>3 kitap</span></li></ul></div>"))
    assert not author_row(html.fromstring("<div><ul><li><span>Marka</span><span>Kahve Evi</span></li></ul></div>"))
    assert not author_row(html.fromstring(
        "<div><p>Author: this week we asked our readers which novels they would take to a desert island and why, "
        "and the answers surprised us</p></div>"))


def test_near_miss_not_a_product_page():
    tree = html.fromstring("<div><ul><li><span>Yazar</span><span>Deniz Aksoy</span></li></ul></div>")
    assert not book_product(tree, False)


def test_near_miss_product_without_author_is_no_book_review():
    # a kettle's page on the same marketplace: the reader's long review is of no book
    spec = "<ul><li><span>Marka</span> <span>Kahve Evi</span></li><li><span>Güç</span> <span>2200 W</span></li></ul>"
    review = ("<p>Bu su ısıtıcısını iki aydır kullanıyorum ve çok memnunum. Suyu çok hızlı kaynatıyor, kablosu uzun ve "
              "tabanı sağlam. Kapağı tek elle açılıyor, bu da sabahları büyük kolaylık. Sesi biraz yüksek ama bu fiyata "
              "normal. İçindeki filtre de kolay çıkıyor ve temizleniyor, kireç tutmuyor.</p>")
    record = extract_page(_page("tr", "Kahve Evi Su Isıtıcısı 1,7 L", spec, review), "https://pazar.example.com/urun/isitici-9")
    assert record.kind != "review"
