"""scraper.extract: a shop's product page whose only text was its readers' reviews, in boxes named as comments, is
left empty by cleaning; when its title names a book with its author, it is read again for its longest reader's review
(readerreview.keep_review). Near misses: an empty page whose title names no book, and one whose reviews are one-liners.

Every page here is invented for these tests, in our own words and markup."""

from scraper.extract import extract_page

EN = ("I had heard of this novel for years and finally bought it. The keeper's widow runs the light alone through one "
      "hard winter, and the island's few families drift in and out of her kitchen with gossip, soup and bad news. "
      "Holloway writes weather so well that I put on a jumper while reading, and her islanders talk like people I know. "
      "The middle sags with recipes, but the ending stayed with me for days. Four stars from me.")
ES = ("Llevaba años oyendo hablar de esta novela y por fin la compré. La viuda del farero mantiene la luz sola durante "
      "un invierno duro, y las pocas familias de la isla entran y salen de su cocina con chismes, sopa y malas noticias. "
      "Holloway escribe el tiempo tan bien que me puse un jersey mientras leía, y sus isleños hablan como gente que conozco. "
      "El centro se alarga con recetas, pero el final me acompañó varios días. Cuatro estrellas de cinco.")


def shop(title: str, review: str, lang: str = "en") -> str:
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>
<header class="top"><a href="/">Tidemark Store</a> <a href="/login">Log in</a> <a href="/cart">Cart</a></header>
<main class="pdp"><div class="gallery"><img src="/img/p/5512.jpg" alt=""></div>
<div class="buy"><div>Seller: Tidemark Books</div><div class="price">12.90</div><button>Add to cart</button></div>
<section id="comments" class="pdp-comments"><h2>Customer comments</h2>
<article class="comment-item"><div class="comment-head"><span>Nell P.</span> <span>14.11.2026</span></div>
<div class="comment-body"><p>{review}</p></div></article>
<article class="comment-item"><div class="comment-head"><span>Tom R.</span> <span>02.12.2026</span></div>
<div class="comment-body"><p>Arrived quickly, well packed.</p></div></article>
</section></main><footer>Tidemark Store 2026</footer></body></html>"""


def test_an_emptied_shop_page_titled_with_a_book_and_author_is_read_for_its_review():
    record = extract_page(shop("The Winter Keeper by Edith Holloway | Tidemark Store", EN), "https://tidemark.example/p/5512/")
    assert record.kind == "review", record.reason
    assert "stayed with me for days" in record.body_text and "well packed" not in record.body_text


def test_the_same_in_spanish():
    record = extract_page(shop("«El guardián del invierno», de Edith Holloway | Tidemark", ES, "es"), "https://tidemark.example/es/p/5512/")
    assert record.kind == "review", record.reason
    assert "me acompañó varios días" in record.body_text


def test_near_misses_stay_empty():
    # the title names no book
    assert extract_page(shop("Tidemark Store | Product 5512", EN), "https://tidemark.example/p/5512/").kind != "review"
    # no reader's review long enough to be one
    assert extract_page(shop("The Winter Keeper by Edith Holloway | Tidemark Store", "Lovely book, fast delivery."),
                        "https://tidemark.example/p/5512/").kind != "review"
