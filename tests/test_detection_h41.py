"""scraper.extract detection (round 2 on holdout41):

- a reader's review on a book service filed below an author's archive word ("/author/<name>/<book>/reviews/<number>/")
  is that review's own page, not the author's archive (reviewaddress.review_below_archive); the author's archive, its
  pages and the list of a book's reviews stay listings;
- a shop's empty reviews area is no reader's review box, read with its blocks apart ("<h2>Reviews</h2><p>None yet…":
  not "ReviewsNone yet…") and when it holds nothing but its heading, its controls, empty stars and a count of none
  (reviewbox._empty_box): the product page is then the book's record, no review. Near misses: a shop page with one
  reader's real review, a blog review whose sidebar holds a shop's widget.

Every page here is invented for these tests, in our own words and markup."""

from lxml.html import fromstring

from scraper.extract import extract_page
from scraper.extract.reviewaddress import review_below_archive
from scraper.extract.reviewbox import _empty_box, spaced_text


# --- a reader's review filed below an author's archive word -------------------------------------------------------

def test_review_below_archive_addresses():
    assert review_below_archive("/author/olga-berestova/tihaya-pristan/reviews/70215/")
    assert review_below_archive("/author/jan-kowal/cisza/recenzje/5521.html")
    assert review_below_archive("/tag/classics/recensioni/88123/")
    # the archive, its pages, the list of a book's reviews, a category named for reviews and its subcategories
    for path in ("/author/olga-berestova/", "/author/olga-berestova/page/3/", "/author/olga-berestova/tihaya-pristan/",
                 "/author/olga-berestova/tihaya-pristan/reviews/", "/category/reviews/12345/",
                 "/category/books/reviews/fantasy/", "/category/books/reviews/2024/",
                 "/author/olga-berestova/tihaya-pristan/reviews/70215/page/100/", "/author/show/12345"):
        assert not review_below_archive(path), path


RU_TEXT = ("<p>Берестову мне посоветовала подруга, и первые главы я читала с недоверием: маленький речной посёлок, "
           "паромщик, его взрослая дочь и бесконечная осень. Ничего не происходит, думала я, а потом не могла оторваться.</p>"
           "<p>Автор пишет воду и туман так, что становится зябко, а разговоры на пристани звучат как подслушанные. "
           "Линия дочери, которая всё собирается уехать в город, держит книгу лучше любого детектива.</p>"
           "<p>Минус один: последние главы торопливы, будто автору надоело. Поэтому не пятёрка, но перечитывать буду.</p>")
PL_TEXT = ("<p>„Cicha przystań” trafiła do mnie z polecenia siostry i przez pierwsze rozdziały nie wiedziałam, czego się trzymać: "
           "małe miasteczko nad rzeką, przewoźnik, jego dorosła córka i jesień, która się nie kończy.</p>"
           "<p>Berestowa pisze mgłę i wodę tak, że robi się zimno, a rozmowy na przystani brzmią jak podsłuchane. "
           "Wątek córki, która ciągle chce wyjechać do miasta, trzyma lepiej niż niejeden kryminał.</p>"
           "<p>Jeden minus: ostatnie rozdziały są pośpieszne. Dlatego nie piątka, ale wrócę do tej książki.</p>")


def service_review(lang: str, label: str, book: str, author: str, slug: str, score: str, text: str, others: str,
                   marks: str = "«»") -> str:
    quoted = marks[0] + book + marks[1]
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{label} {quoted}, {author} | Chitalka</title></head>
<body><header class="hdr"><a href="/">Chitalka</a><nav><a href="/catalog/">Catalog</a> <a href="/reviews/">Reviews</a></nav></header>
<main class="layout"><div class="bookcard"><img src="/covers/{slug}.jpg" alt="{book}">
<div class="bookcard__meta"><a class="bookcard__title" href="/author/{slug}/book/">{book}</a>
<div class="bookcard__by"><a href="/author/{slug}/">{author}</a></div><div class="bookcard__avg">4,1 · 208</div></div></div>
<article class="reader-review"><div class="reader-review__who"><a href="/u/5120/">marina_k</a> <span>3.11.2026</span></div>
<h1 class="reader-review__head">{label} {quoted}</h1>
<div class="reader-review__stars"><span class="stars" aria-hidden="true">★★★★☆</span><span class="sr-only">{score}</span></div>
<div class="reader-review__body">{text}</div>
<section class="reader-review__more"><h3>{others}</h3><div class="snippet"><a href="/u/77/">Pavel</a><p>…</p></div></section>
</article></main><footer><a href="/help/">Help</a> © Chitalka</footer></body></html>"""


def test_a_readers_review_below_the_authors_page_is_a_review_in_russian():
    html = service_review("ru", "Рецензия на книгу", "Тихая пристань", "Ольга Берестова", "olga-berestova", "4 из 5", RU_TEXT, "Другие рецензии")
    record = extract_page(html, "https://chitalka.example.ru/author/olga-berestova/tihaya-pristan/reviews/70215/")
    assert record.kind == "review", record.reason
    assert (record.book_title, record.book_author) == ("Тихая пристань", "Ольга Берестова")
    assert record.rating == 0.8


def test_the_same_in_polish_is_no_listing_by_its_address():
    # (the address's part only: this short Polish page's book is not found from its card, a reading of its own)
    html = service_review("pl", "Recenzja książki", "Cicha przystań", "Olga Berestowa", "olga-berestowa", "4 z 5", PL_TEXT, "Inne recenzje", "„”")
    record = extract_page(html, "https://czytelnia.example.pl/author/olga-berestowa/cicha-przystan/recenzje/70215/")
    assert record.kind != "listing", record.reason
    assert extract_page(html, "https://czytelnia.example.pl/author/olga-berestowa/").kind == "listing"


def test_the_authors_archive_and_the_list_of_reviews_stay_listings():
    html = service_review("ru", "Рецензия на книгу", "Тихая пристань", "Ольга Берестова", "olga-berestova", "4 из 5", RU_TEXT, "Другие рецензии")
    for url in ("https://chitalka.example.ru/author/olga-berestova/",
                "https://chitalka.example.ru/author/olga-berestova/tihaya-pristan/reviews/",
                "https://chitalka.example.ru/author/olga-berestova/page/2/"):
        assert extract_page(html, url).kind == "listing", url


# --- a shop's empty reviews area ----------------------------------------------------------------------------------

BLURB_IT = ("<p>Nel borgo di Valdisale una guardiana del faro, rimasta vedova, tiene accesa la luce per tutto un inverno di "
            "tempeste, mentre le famiglie dell'isola passano dalla sua cucina con pettegolezzi, zuppe e cattive notizie.</p>"
            "<p>Un romanzo corale sul mare e sulla testardaggine di chi resta, in edizione tascabile, con una postfazione "
            "dell'autrice sulle isole minori e una cartina della costa disegnata a mano.</p>")
BLURB_DE = ("<p>In einem Dorf an der Förde hält eine verwitwete Leuchtturmwärterin das Licht einen ganzen Sturmwinter lang "
            "allein in Gang, während die Familien der Insel mit Klatsch, Suppe und schlechten Nachrichten durch ihre Küche ziehen.</p>"
            "<p>Ein vielstimmiger Roman über das Meer und den Eigensinn derer, die bleiben, als Taschenbuch, mit einem Nachwort "
            "der Autorin über die kleinen Inseln und einer handgezeichneten Karte der Küste.</p>")
OWN_REVIEW_IT = ("<p>L'ho finito in due sere: la guardiana mi è rimasta addosso per giorni e il mare è scritto benissimo. "
                 "Qualche capitolo di troppo a metà, ma il finale ripaga di tutto. Lo consiglio a chi ama i romanzi corali.</p>")


def product(reviews: str, blurb: str = BLURB_IT, lang: str = "it", heading: str = "Descrizione") -> str:
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>La guardiana d'inverno - Edith Holloway | Bottega Marea</title></head>
<body><header><a href="/">Bottega Marea</a> <a href="/carrello/">Carrello</a></header>
<main><div class="item"><img src="/c/1.jpg" alt=""><div class="item-head"><h1 class="item-name">La guardiana d'inverno</h1>
<div class="item-author">di <a href="/autore/edith-holloway/">Edith Holloway</a></div>
<ul><li>Editore: Faro</li><li>Pagine: 240</li></ul><div class="price-box"><span class="price">€ 14,00</span><button class="add-to-cart">Compra</button></div></div></div>
<section class="item-text"><h2>{heading}</h2>{blurb}</section>
{reviews}
</main><footer>© Bottega Marea</footer></body></html>"""


SHOP_URL = "https://marea.example/libro/9780000000011/holloway/guardiana.html"
EMPTY_AREAS = {
    # the phrase right after the heading, no space between their texts
    "joined": '<section class="product-reviews"><h2>Recensioni dei clienti</h2><p>Non ci sono ancora recensioni.</p><a href="/r/1">Scrivi la prima recensione</a></section>',
    "count": '<section class="reviews"><h2>Recensioni</h2><span class="count">0 recensioni</span><a class="btn" href="/r/1">Scrivi una recensione</a></section>',
    "stars": '<div id="reviews"><h3>Recensioni dei lettori</h3><div class="rating-stars">☆☆☆☆☆</div><span>(0)</span><button>Scrivi la tua recensione</button></div>',
    "average": '<div class="review-summary"><h2>Opinioni</h2><div>0,0 ☆☆☆☆☆</div><a href="/r/1">Lascia un\'opinione</a></div>',
    "button": '<div class="customer-reviews"><h2>Recensioni</h2><a href="/r/1" class="button">Scrivi una recensione</a></div>',
    "heading count": '<div class="reviews-block"><h2>Recensioni (0)</h2><form action="/r"><label>Il tuo voto</label><textarea></textarea><button>Invia</button></form></div>',
}


def test_an_empty_reviews_area_makes_the_product_page_a_record():
    for name, area in EMPTY_AREAS.items():
        record = extract_page(product(area), SHOP_URL)
        assert record.kind != "review" and not record.is_review, (name, record.kind, record.reason)


def test_the_same_in_german():
    areas = ('<section class="product-reviews"><h2>Kundenbewertungen</h2><p>Noch keine Bewertungen vorhanden.</p><a href="/b">Jetzt bewerten</a></section>',
             '<div class="bewertungen"><h2>Bewertungen</h2><div>☆☆☆☆☆ 0 Bewertungen</div><a href="/b" class="btn">Bewertung schreiben</a></div>')
    for area in areas:
        record = extract_page(product(area, BLURB_DE, "de", "Beschreibung"), "https://marea.example/de/buch/9780000000011/")
        assert record.kind != "review", (area, record.reason)


def test_one_real_readers_review_keeps_the_page_a_review():
    area = ('<section class="product-reviews"><h2>Recensioni dei clienti</h2><div class="review"><b>Marta</b> ★★★★☆'
            + OWN_REVIEW_IT + '</div><a href="/r/1">Scrivi una recensione</a></section>')
    record = extract_page(product(area), SHOP_URL)
    assert record.kind == "review", record.reason


def test_a_blog_review_with_a_shop_widget_in_its_sidebar_stays_a_review():
    html = f"""<!doctype html><html lang="it"><head><meta charset="utf-8"><title>La guardiana d'inverno di Edith Holloway | Il faro di carta</title></head>
<body><header><a href="/">Il faro di carta</a></header><div class="wrap"><article class="post"><h1>La guardiana d'inverno di Edith Holloway</h1>
<div class="entry-content"><p>Avevo sentito parlare di questo romanzo da anni e finalmente l'ho letto, in tre sere di pioggia. La guardiana
del faro è una donna testarda e stanca, e Holloway la segue senza mai compatirla.</p>
<p>Il mare è scritto benissimo, le chiacchiere in cucina sembrano registrate dal vero. A metà il libro rallenta, con troppe
ricette, ma il finale mi ha lasciata senza parole. Voto: 4/5.</p></div></article>
<aside class="sidebar"><div class="widget shop-widget"><h3>Compralo qui</h3><span class="price">€ 14,00</span><button class="add-to-cart">Compra</button>
<div class="reviews"><h4>Recensioni (0)</h4><a href="/r">Scrivi una recensione</a></div></div></aside></div></body></html>"""
    record = extract_page(html, "https://farodicarta.example/2026/11/guardiana-inverno/")
    assert record.kind == "review", record.reason
    assert record.rating == 0.8


def test_empty_box_reads_the_box_not_its_joined_text():
    box = fromstring('<section class="reviews"><h2>Reseñas</h2><p>Todavía no hay reseñas.</p></section>')
    assert spaced_text(box) == "Reseñas Todavía no hay reseñas."
    assert _empty_box(spaced_text(box), box)
    # inline tags run on; a reader's one line is still a box
    assert spaced_text(fromstring("<p>Gre<b>at</b> read</p>")) == "Great read"
    line = fromstring('<div class="review"><h4>Ana</h4><p>Muy bonito, lo recomiendo.</p><a href="#">Responder</a></div>')
    assert not _empty_box(spaced_text(line), line)
    starred = fromstring('<div class="review"><span>★★★★★</span><p>Precioso de principio a fin.</p></div>')
    assert not _empty_box(spaced_text(starred), starred)
    counted = fromstring('<div class="rating-summary"><span>☆☆☆☆☆</span> <span>basado en 0 opiniones</span></div>')
    assert _empty_box(spaced_text(counted), counted)
    worded = fromstring('<div class="review"><p>Lo recomiendo: cero quejas, una lectura preciosa de principio a fin.</p></div>')
    assert not _empty_box(spaced_text(worded), worded)
