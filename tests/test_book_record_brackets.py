"""A shop record's h1 with the imprint's series and then the format in brackets after the title ("T (Series)
[Paperback]"): both are dropped, as one bracket alone was; a bracket that is the title's own stays. Our own words and
markup."""

from lxml import html

from scraper.extract.bookld import from_author_link
from scraper.extract.bookrecord import record_title

_PAGE = """<html><head><title>{h1} | Shop</title></head><body><div class="crumbs"><a href="/">Home</a> &gt; <a href="/b">Books</a></div>
<div class="product"><h1 class="productName">{h1}</h1><p class="productAuthor">{label}: <a href="/a/1">{name}</a></p>
<p class="price">{price}</p><button class="buy">Add to cart</button></div><div class="reviews"><p>{review}</p></div></body></html>"""


def _book(**kw):
    return from_author_link(html.fromstring(_PAGE.format(**kw)))


def test_series_then_format_dropped_japanese():
    book = _book(h1="<span>海辺の図書館 (青空文庫)</span> [文庫]", label="著者", name="山田花子", price="￥680",
                 review="静かな港町の図書館を舞台にした物語。")
    assert (book.title, book.author) == ("海辺の図書館", "山田花子")


def test_series_then_format_dropped_english_and_polish():
    assert record_title("The Quiet Orchard (Harbor Classics) [Paperback]", "Ann Reed", "Ann Reed") == "The Quiet Orchard"
    assert record_title("Cichy sad (Seria Klasyka) [oprawa miękka]", "Jan Nowak", "Jan Nowak") == "Cichy sad"
    assert record_title("Cichy sad (kieszonkowe)", "Jan Nowak", "Jan Nowak") == "Cichy sad"  # one, as before


def test_near_miss_brackets_kept():
    # a title that is only brackets keeps them; a long bracket is the title's own words; a bracket inside stays
    assert record_title("(Untitled) [Paperback]", "Ann Reed", "Ann Reed") == "(Untitled) [Paperback]"
    assert record_title("Notes (written on the back of every single map)", "Ann Reed", "Ann Reed") == \
        "Notes (written on the back of every single map)"
    assert record_title("The (Almost) Perfect Garden", "Ann Reed", "Ann Reed") == "The (Almost) Perfect Garden"


_PLAIN = """<html><head><title>{h1} | Shop</title></head><body><div class="crumbs"><a href="/">Home</a> &gt; <a href="/b">Books</a></div>
<div class="pDetail"><div class="pInfo"><h1 class="pName">{h1}</h1><p class="pAuthor">{label}：{name}</p><p class="pPub">{pub}</p>
<div class="pPrice"><span class="productPrice">{price}</span></div><button class="buyButton">{buy}</button></div></div>
<div class="reviewList"><h2>Reviews</h2><div class="reviewItem"><p>{review}</p></div></div></body></html>"""


def test_series_then_format_dropped_when_the_author_is_plain_text():
    tree = html.fromstring(_PLAIN.format(h1="<span>海辺の図書館 (青空文庫)</span> [文庫]", label="著者", name="山田花子",
                                         pub="出版社：青空社", price="￥680", buy="カートに入れる", review="静かな港町の図書館の物語。"))
    book = from_author_link(tree)
    assert book is not None and (book.title, book.author) == ("海辺の図書館", "山田花子")


def test_a_longer_series_before_the_format():
    assert record_title("Harbour Lights (Northbound Modern Classics) [Paperback]", "Ann Reed", "Ann Reed") == "Harbour Lights"
    assert record_title("Stille Wasser (Taschenbuch-Reihe Klassiker) [Broschiert]", "Jan Falk", "Jan Falk") == "Stille Wasser"
    # alone, a long bracket is still the title's own
    assert record_title("Harbour Lights (Northbound Modern Classics)", "Ann Reed", "Ann Reed") == "Harbour Lights (Northbound Modern Classics)"
