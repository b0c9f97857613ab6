"""A catalogue's or a shop's title page whose readers' area holds one short line (holdingsrecord.noted_record): an
OPAC that names that area "comments" (Koha's #comments) on a page with a table of the library's copies, and a buyer's
line shorter than twelve words under a product. Records, no reviews. Near misses: a blog review with a table of
editions and a short comment under it, a record whose comments box holds a reader's long review, a shop page whose
reviews box holds a buyer's real review. Pages of our own invention."""

from __future__ import annotations

from scraper.extract import extract_page

COPIES = """<table class="holdings"><thead><tr><th>Item type</th><th>Branch</th><th>Call number</th><th>Status</th></tr>
</thead><tbody><tr><td>Book</td><td>Main branch</td><td>891.7 Orl</td><td>Available</td></tr>
<tr><td>Book</td><td>Riverside</td><td>891.7 Orl</td><td>Checked out</td></tr>
<tr><td>Book</td><td>Reading room</td><td>891.7 Orl</td><td>Reference only</td></tr></tbody></table>"""

LONG_NOTE = ("Read this over two weekends at the cabin and could not stop thinking about the ferryman's daughter. "
             "The first half moves slowly, with long passages about the river and the weather, but every one of them "
             "pays off when the flood comes. I found the ending abrupt, and the translation stumbles in the dialogue "
             "now and then, yet the book stayed with me for weeks and I have already recommended it to my sister.")


def _opac(note: str) -> str:
    return f"""<html lang="cs"><head><meta name="generator" content="Koha 23.11"><title>Podrobnosti: Převozníkova dcera
 › Městská knihovna</title></head><body id="opac-detail">
<div id="header-region"><nav><a href="/">Městská knihovna</a> <a href="/cart">Košík</a></nav></div>
<div class="main"><div class="row"><div class="col-9"><div id="catalogue_detail_biblio"><div class="record">
<h1 class="title">Převozníkova dcera / Jana Orlová.</h1><div>
<span class="results_summary author">od <a href="#">Orlová, Jana</a></span>
<span class="results_summary publisher"><span class="label">Nakladatel:</span> Brno : Host, 2021</span>
<span class="results_summary description"><span class="label">Popis:</span> 240 s. ; 21 cm</span>
<span class="results_summary isbn"><span class="label">ISBN:</span> 9788000000001</span>
<span class="results_summary summary"><span class="label">Anotace:</span> Román o dceři převozníka, která po povodni
zůstane na řece sama a musí se rozhodnout, zda převoz udrží, nebo odejde do města za bratrem.</span>
</div></div></div>
<div id="bibliodescriptions"><ul><li><a href="#holdings">Exempláře ( 3 )</a></li><li><a href="#comments">Komentáře ( 1 )</a></li></ul>
<div id="holdings">{COPIES}</div>
<div id="comments"><div class="commentline"><h4>Komentář čtenáře</h4><p>{note}</p>
<p class="commentline-meta">Přidal: Petra M., 3.11.2026</p></div></div></div></div>
<div class="col-3"><ul id="action"><li><a class="reserve" href="#">Rezervovat</a></li><li><a href="#">Tisk</a></li></ul></div>
</div></div><footer><p>Městská knihovna · Náměstí 1</p></footer></body></html>"""


def _shop(note: str) -> str:
    return f"""<html lang="en"><head><title>The Ferryman's Daughter - Jana Orlova | Riverbank Books</title></head>
<body class="product-detail"><header><a href="/">Riverbank Books</a> <a href="/cart">Cart (0)</a></header>
<main class="product"><div class="product__info"><h1 class="product__title">The Ferryman's Daughter</h1>
<p class="product__author">Author: <a href="#">Jana Orlova</a></p>
<div class="product__rating">★★★★☆ 4.3 (58 reviews)</div>
<div class="product__price"><b>$18.99</b></div><div><button>Add to cart</button> <button>Buy now</button></div></div>
<section class="product__desc"><h2>Description</h2><p>After the spring flood the ferryman's daughter is left alone on
the river, and must decide whether to keep the crossing running or follow her brother to the city.</p><p>Orlova's
second novel has been translated into twelve languages and was shortlisted for a national prize in 2022.</p></section>
<section class="product__spec"><h2>Details</h2><table><tr><td>Publisher</td><td>Host</td></tr><tr><td>Pages</td><td>240
</td></tr><tr><td>Year</td><td>2021</td></tr></table></section>
<section class="product__reviews"><h2>Customer reviews</h2><div class="rv"><b>Marta K.</b> <span>★★★★★</span>
<p>{note}</p></div></section></main><footer><p>© 2026 Riverbank Books</p></footer></body></html>"""


def test_opac_comments_box_with_one_short_line_is_a_record():
    page = extract_page(_opac("Četla jsem ve vlaku a chtěla jsem vystoupit a jít dál pěšky. Doporučuji."),
                        "https://katalog.example.cz/cgi-bin/koha/opac-detail.pl?biblionumber=4411")
    assert not page.is_review and page.kind == "other", page.reason


def test_shop_product_with_a_buyers_short_line_is_a_record():
    page = extract_page(_shop("Arrived quickly and well wrapped, a strange gripping story."),
                        "https://riverbankbooks.example.com/the-ferrymans-daughter_5521")
    assert not page.is_review, page.reason


def test_near_miss_record_whose_comments_box_holds_a_long_review():
    page = extract_page(_opac(LONG_NOTE), "https://katalog.example.cz/cgi-bin/koha/opac-detail.pl?biblionumber=4411")
    assert page.is_review, page.reason


def test_near_miss_shop_page_whose_reviews_box_holds_a_real_review():
    page = extract_page(_shop(LONG_NOTE), "https://riverbankbooks.example.com/the-ferrymans-daughter_5521")
    assert page.is_review, page.reason


def test_near_miss_blog_review_with_an_editions_table_and_a_short_comment():
    prose = ("<p>Jana Orlova's The Ferryman's Daughter is the quietest book I have read this year and one of the best. "
             "The river is a character in its own right, and the daughter's choice between the crossing and the city "
             "is drawn with such patience that I felt every one of her doubts as if they were mine.</p>"
             "<p>Orlova writes the flood in short, breathless sentences and then slows to a crawl for the long summer "
             "afterwards, when nothing happens and everything changes. Some readers will find the middle too still; I "
             "found it the heart of the novel, and the brother's letters are a small masterpiece of things unsaid.</p>"
             "<p>If there is a weakness it is the ending, which ties a knot the book did not need. Still, this is a "
             "novel I will press on friends, and the new translation reads beautifully from the first page.</p>")
    html = f"""<html lang="en"><head><title>The Ferryman's Daughter by Jana Orlova – Riverside Reads</title></head>
<body class="single single-post"><header><nav><a href="/">Riverside Reads</a></nav></header>
<article class="post"><h1 class="entry-title">The Ferryman's Daughter by Jana Orlova</h1>
<div class="entry-content">{prose}<h3>Editions I compared</h3>{COPIES}</div></article>
<div id="comments"><h3>1 comment</h3><div class="comment"><p>Lovely review, adding this one to my list now!</p>
</div></div></body></html>"""
    page = extract_page(html, "https://riversidereads.example.com/2026/11/the-ferrymans-daughter/")
    assert page.is_review, page.reason
