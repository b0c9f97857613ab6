"""A shop's product page names its book's author in a labelled text row of its h1's box, or by an author link a class
marks, in any script (bookshoprow.py, bookA12); near misses: a blog post's byline, a dated row, a long box, two people."""

from lxml import html as lxml_html

from scraper.extract.book import Book
from scraper.extract.bookld import from_author_link
from scraper.extract.bookshoprow import labelled_row, product_title, shop_record


def _shop(row: str, h1: str, price: str = "<span>₹ 299</span>", more: str = "") -> object:
    return lxml_html.fromstring(f"""<html><body><header><a href="/">Dukaan</a></header><div class="item">
<div class="item-main"><div class="item-title"><h1>{h1}</h1></div><div class="item-maker">{row}</div>
<div class="item-cost">{price}</div>{more}<div class="item-buy"><button>Buy</button> <button>Add</button></div></div></div>
<section class="reviews"><div class="review"><p>Bought it for my aunt, she liked it a lot.</p></div></section></body></html>""")


def test_hindi_row_with_translator_and_publisher():
    tree = _shop("<span>लेखक: फणीश्वरनाथ रेणु · अनुवाद नहीं · प्रकाशक: राजकमल</span>", "मैला आँचल")
    assert labelled_row(tree) == ("मैला आँचल", "फणीश्वरनाथ रेणु")
    book = from_author_link(tree)
    assert book is not None and (book.title, book.author, book.source) == ("मैला आँचल", "फणीश्वरनाथ रेणु", "record")


def test_thai_row_and_an_original_title_in_brackets():
    tree = _shop("<span>ผู้แต่ง: ฟรันซ์ คาฟคา | สำนักพิมพ์: ทดลอง</span>", "กลายร่าง (The Metamorphosis)", price="<span>฿150</span>")
    assert labelled_row(tree) == ("กลายร่าง", "ฟรันซ์ คาฟคา")


def test_latin_row_in_a_german_shop():
    tree = _shop("<p>Autorin: Irmgard Keun / Verlag: Claassen</p>", "Das kunstseidene Mädchen", price="<b>14,00 €</b>")
    assert labelled_row(tree) == ("Das kunstseidene Mädchen", "Irmgard Keun")


def test_product_title_keeps_a_same_script_bracket():
    assert product_title("ชายทะเล (ฉบับปรับปรุง)") == "ชายทะเล (ฉบับปรับปรุง)"  # a remark in the title's own script
    assert product_title("Die Wand (Roman)") == "Die Wand (Roman)"
    assert product_title("人間失格（No Longer Human）") == "人間失格"


def test_near_misses():
    # a blog post: its byline row is dated
    assert labelled_row(_shop("<span>लेखक: सुधा वर्मा</span> <span>12.03.2026</span>", "मैला आँचल पर कुछ बातें")) is None
    # no price with a currency sign: no product
    assert labelled_row(_shop("<span>लेखक: फणीश्वरनाथ रेणु</span>", "मैला आँचल", price="<span>312 पृष्ठ</span>")) is None
    # a long box: a post with a shop's widget inside, not a product's header
    long = "<p>" + "यह किताब मुझे बहुत पसंद आई और मैंने इसे दो बार पढ़ा। " * 40 + "</p>"
    assert labelled_row(_shop("<span>लेखक: फणीश्वरनाथ रेणु</span>", "मैला आँचल", more=long)) is None
    # two authors' rows: no telling
    assert labelled_row(_shop("<p>Autor: Hans Fallada</p><p>Autorin: Irmgard Keun</p>", "Zwei Bücher", price="<b>9 €</b>")) is None
    # a row whose label is no author's (a publisher's)
    assert labelled_row(_shop("<p>Verlag: Claassen Berlin</p>", "Das kunstseidene Mädchen", price="<b>14 €</b>")) is None


def test_shop_record_promotes_a_class_marked_link_in_the_product_box():
    tree = lxml_html.fromstring("""<html><body><main><section class="prod"><div class="info">
<h1 class="name">活着 (新版)</h1><div class="prod-author"><span>作者</span> <a href="/find?q=余华">余华</a></div>
<div class="price">NT$280</div><button>加入購物車</button></div></section>
<div class="reviews"><p>很好看。</p></div></main></body></html>""")
    book = from_author_link(tree)
    assert book is not None and (book.title, book.author, book.source) == ("活着", "余华", "record")


def test_shop_record_leaves_a_post_alone():
    post = lxml_html.fromstring("""<html><body><article><div class="post"><h1>活着</h1>
<p class="post-author"><a href="/u/ann">余华</a></p>""" + "<p>" + "我读了这本书，觉得很好。" * 120 + "</p>" + """
<div class="widget"><span>NT$280</span><button>買</button></div></div></article></body></html>""")
    linked = Book("活着", "余华", source="details")
    assert shop_record(linked, post).source == "details"
    assert shop_record(None, post) is None


def _dashed_shop(h1: str, review: str, related: str = "") -> object:
    return lxml_html.fromstring(f"""<html><body><div class="product"><div class="summary"><h1>{h1}</h1>
<p class="price"><span class="amount"><span class="symbol">Rs.</span>890.00</span></p><form><button>Add to cart</button></form></div>
<div class="reviews"><p>{review}</p></div><ul class="related">{related}</ul></div></body></html>""")


def test_dashed_heading_and_a_price_written_in_words():
    # (a price classed as one, its currency in letters: "Rs.")
    related = "<li>ಮಳೆ ಬಿಲ್ಲು - ಶಾಂತಾ ರಾವ್</li><li>ಹೊಳೆ - ಶಾಂತಾ ರಾವ್</li>"
    tree = _dashed_shop("ಕಾಡಿನ ದಾರಿ - ಶಾಂತಾ ರಾವ್", "ರಾವ್ ಬರೆದ ಕಥೆ ಚೆನ್ನಾಗಿದೆ. ಮಗಳಿಗೂ ಇಷ್ಟವಾಯಿತು.", related)
    assert labelled_row(tree) == ("ಕಾಡಿನ ದಾರಿ", "ಶಾಂತಾ ರಾವ್")
    tree = _dashed_shop("Zimní zahrada - Jana Horáková", "Horáková píše klidně a přesně. Doporučuji.")
    assert labelled_row(tree) == ("Zimní zahrada", "Jana Horáková")


def test_dashed_heading_near_misses():
    # the right part never called by its last word alone: a series' or an edition's name, not a reader's author
    related = "<li>ಹೊಳೆ - ಕಥಾ ಮಾಲೆ</li><li>ಮಳೆ - ಕಥಾ ಮಾಲೆ</li>"
    assert labelled_row(_dashed_shop("ಕಾಡಿನ ದಾರಿ - ಕಥಾ ಮಾಲೆ", "ಕಥೆ ಚೆನ್ನಾಗಿದೆ.", related)) is None
    # one word on the right (a format, a language): no full name
    assert labelled_row(_dashed_shop("ಕಾಡಿನ ದಾರಿ - ಪೇಪರ್‌ಬ್ಯಾಕ್", "ಪೇಪರ್‌ಬ್ಯಾಕ್ ಚೆನ್ನಾಗಿದೆ.")) is None
    # no price at all: no product
    tree = lxml_html.fromstring("""<html><body><div><div><h1>Zimní zahrada - Jana Horáková</h1><button>Sdílet</button></div>
<p>Horáková píše klidně.</p></div></body></html>""")
    assert labelled_row(tree) is None
