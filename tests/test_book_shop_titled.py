"""A shop's product page (its h1 and a classed author link, no label) is the book's when the page's own title pairs
that h1 with its author ("T - Author | Shop") or with the kind of product ("T - Kniha - Shop"); a camel-cased author
class ("authorName") marks the author's link as a spaced one does. Pages of our own, in German, Czech and Swedish."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.bookrecord import titled

_REVIEW = {
    "de": "<p>Ich habe den Roman in zwei Abenden gelesen. Die Erzählung folgt einer Fährfrau, die jeden Winter die "
          "letzte Überfahrt macht, und die Sprache bleibt dabei ruhig und genau. Manche Kapitel in der Mitte ziehen "
          "sich, aber das Ende hat mich lange beschäftigt. Die Nebenfiguren bleiben blass, die Landschaft dagegen "
          "lebt auf jeder Seite. Ich empfehle das Buch allen, die langsame Geschichten mögen.</p>",
    "cs": "<p>Knihu jsem přečetla za dva večery. Vypráví o převoznici, která každou zimu jezdí naposledy přes jezero, "
          "a jazyk zůstává klidný a přesný. Některé kapitoly uprostřed se táhnou, ale konec mě zaměstnával ještě "
          "dlouho. Vedlejší postavy jsou bledé, krajina ale žije na každé stránce. Doporučuji všem, kdo mají rádi "
          "pomalé příběhy a tiché knihy.</p>",
    "sv": "<p>Jag läste romanen på två kvällar. Den följer en färjekvinna som varje vinter gör den sista överfarten, "
          "och språket förblir lugnt och exakt. Några kapitel i mitten drar ut på tiden, men slutet stannade kvar "
          "hos mig länge. Bifigurerna är bleka, landskapet däremot lever på varje sida. Jag rekommenderar boken till "
          "alla som tycker om långsamma berättelser.</p>",
}

_MORE = {
    "de": "<p>Besonders die Szenen auf dem Eis sind stark geschrieben, kalt und klar, ohne ein Wort zu viel. Der Ton "
          "erinnert an alte Seefahrergeschichten, nur leiser. Ein Stern Abzug für die langen Briefe im zweiten Teil, "
          "die den Fluss bremsen und wenig Neues erzählen.</p>",
    "cs": "<p>Nejsilnější jsou scény na ledu, studené a jasné, bez jediného slova navíc. Tón připomíná staré "
          "námořnické příběhy, jen tišší. Jednu hvězdu ubírám za dlouhé dopisy ve druhé části, které zpomalují "
          "děj a přinášejí jen málo nového.</p>",
    "sv": "<p>Särskilt scenerna på isen är starkt skrivna, kalla och klara, utan ett ord för mycket. Tonen påminner "
          "om gamla sjömansberättelser, bara tystare. En stjärna avdrag för de långa breven i andra delen, som "
          "bromsar flödet och berättar lite nytt.</p>",
}


def _shop(lang: str, page_title: str, h1: str, author: str, author_class: str = "product-authors", href: str = "/p/42") -> str:
    return f"""<html lang="{lang}"><head><title>{page_title}</title></head><body>
<header class="site-header"><a href="/">Shop</a> <a href="/cart">Cart (0)</a></header>
<main><div class="product"><div class="info"><h1 class="productTitle">{h1}</h1>
<div class="{author_class}"><a href="{href}">{author}</a></div>
<div class="price">19,90</div><button>+</button></div></div>
<section class="reviews"><h2>★</h2><div class="review"><span class="review-user">kaja77</span>
<div class="review-text">{_REVIEW[lang]}{_MORE[lang]}</div></div></section></main>
<footer>© 2026 Shop</footer></body></html>"""


@pytest.mark.parametrize("lang, page_title, h1, author, author_class", [
    ("de", "Die letzte Fähre - Greta Holmfeld | Buchladen Nord", "Die letzte Fähre", "Greta Holmfeld", "product-authors"),
    ("cs", "Poslední převoz - Kniha - Knihkupectví Lípa", "Poslední převoz", "Jana Vrbová", "product-authors"),
    ("sv", "Den sista färjan | Ebook | Bokhandeln", "Den sista färjan", "Maja Stenlund", "product-authors"),
    ("cs", "Poslední převoz - Jana Vrbová | Knihkupectví Lípa", "Poslední převoz", "Jana Vrbová", "authorName"),
    ("de", "Greta Holmfeld: Die letzte Fähre | Buchladen Nord", "Die letzte Fähre", "Greta Holmfeld", "autorProdukt"),
])
def test_shop_page_named_by_its_title(lang, page_title, h1, author, author_class):
    record = extract_page(_shop(lang, page_title, h1, author, author_class), "https://shop.example/p/42")
    assert (record.book_title, record.book_author) == (h1, author)


@pytest.mark.parametrize("title, author, page_title, expected", [
    ("Die letzte Fähre", "Greta Holmfeld", "Die letzte Fähre - Greta Holmfeld | Buchladen", True),
    ("Die letzte Fähre", "Greta Holmfeld", "Greta Holmfeld: Die letzte Fähre – Buchladen", True),
    ("Poslední převoz", "Jana Vrbová", "Poslední převoz - Kniha - Lípa", True),
    ("Den sista färjan", "Maja Stenlund", "Den sista färjan | E-book", True),
    # near misses: a post's heading and its blog, a heading that only ends with the author's name, a review word
    ("Die letzte Fähre", "Greta Holmfeld", "Die letzte Fähre - Buchladen Nord", False),
    ("Die letzte Fähre", "Greta Holmfeld", "Mein Winter mit Die letzte Fähre - Greta Holmfeld", False),
    ("Poslední převoz", "Jana Vrbová", "Poslední převoz - Recenze - Blog o knihách", False),
    ("Den sista färjan", "Maja Stenlund", "Den sista färjan - Maja Stenlunds nya roman", False),
    ("Die letzte Fähre", "Greta Holmfeld", "Die letzte Fähre - Greta Holmfeld", False),  # a post and its blogger
    ("Den sista färjan", "Maja Stenlund", "Maja Stenlund: Den sista färjan", False),
])
def test_titled_shapes(title, author, page_title, expected):
    assert titled(title, author, page_title) is expected


def test_blog_heading_with_byline_class_stays_without_author():
    # a post's heading with its blogger's "authorName" link and a date: no shop header, no book from it
    html = _shop("de", "Ein Winter am See | Greta liest", "Ein Winter am See", "Greta Holmfeld", "authorName")
    html = html.replace('<div class="price">19,90</div>', '<time datetime="2026-01-02">2. Januar 2026</time>')
    record = extract_page(html, "https://gretaliest.example/2026/01/winter")
    assert record.book_title != "Ein Winter am See" or record.book_author != "Greta Holmfeld"
