"""A shop's product page by its structure, in any language: one h1, a button and a price in its box, and a row whose
label (not read, only its colon) leads to a link to a person's archive page (bookproducthead.py, book11)."""

from lxml import html as lxml_html

from scraper.extract.bookld import from_author_link
from scraper.extract.bookproducthead import product_author, product_heading


def _page(row: str, extra: str = '<span class="cost">12,50 €</span><button>კალათაში</button>', h1: str = "ჯაყოს ხიზნები") -> object:
    return lxml_html.fromstring(f"""<html><body><nav><a href="/">Shop</a></nav><div class="product"><div class="info">
<h1>{h1}</h1><ul class="meta">{row}<li>გვერდები: 312</li></ul>{extra}</div></div>
<section class="reviews"><p>Reader text.</p></section></body></html>""")


def test_georgian_product_row_with_a_person_link():
    tree = _page('<li>ავტორი: <a href="/ka/authors/mikheil-javakhishvili">მიხეილ ჯავახიშვილი</a></li>')
    assert product_heading(tree) == "ჯაყოს ხიზნები"
    assert product_author(tree) == ("ჯაყოს ხიზნები", "მიხეილ ჯავახიშვილი")
    book = from_author_link(tree)
    assert book is not None and (book.title, book.author) == ("ჯაყოს ხიზნები", "მიხეილ ჯავახიშვილი")


def test_greek_product_row_fullwidth_price_sign_after_and_odd_label():
    tree = _page('<li>Γράφει： <a href="/person/?id=77">Μάρω Δούκα</a></li>',
                 extra='<div>₹ 450</div><input type="submit" value="Αγορά">', h1="Η αρχαία σκουριά")
    assert product_author(tree) == ("Η αρχαία σκουριά", "Μάρω Δούκα")


def test_near_misses():
    row = '<li>ავტორი: <a href="/ka/authors/mikheil-javakhishvili">მიხეილ ჯავახიშვილი</a></li>'
    # a blog post: no button, no price beside its h1
    assert product_author(_page(row, extra="<p>12 comments</p>")) is None
    # a price without a currency sign and a button: no product's shape
    assert product_heading(_page(row, extra="<span>312 pages</span><button>Share</button>")) is None
    # the link goes to a tag's archive, not a person's page
    assert product_author(_page('<li>თემა: <a href="/tag/klasika">ქართული კლასიკა</a></li>')) is None
    # a person link in running text, not a label's row
    assert product_author(_page('<li>ნახეთ ასევე <a href="/authors/x">მიხეილ ჯავახიშვილი</a> სხვა წიგნები</li>')) is None
    # two people linked: no telling which wrote it
    two = row + '<li>მთარგმნელი: <a href="/authors/y">ნინო ხარატიშვილი</a></li>'
    assert product_author(_page(two)) is None
