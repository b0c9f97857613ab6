"""A shop's product page whose details come as a definition list (the identifier's label and its code as items of their
own: productstars._split_identifier), with a customer's stars under it and the shop's own newsletter ask in its text
(productrecord._newsletter_ask), is the book's record, not a review. Near misses: a blogger's review that gives the same
details list and then writes on and rates the book; a bookseller's own first-person pick on the product page; a
review's sentence about a newsletter that bids no one to sign up. Our own pages in en, de, fr and sv."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.productstars import customers_tail
from scraper.extract import productrecord, reviewed

BLURBS = {
    "en": ("The Lighthouse Year", "Mara Quill",
           "A keeper and her son spend the last winter at a lighthouse that is to be closed in spring. Between storms "
           "and supply boats they sort through forty years of logbooks, and find a night that nobody wrote down. A quiet, "
           "salt-stung novel about a family that lives by a light and is undone by the dark it keeps away, from the "
           "author of the much-loved Winter Quay, now in a new paperback edition with a map of the island.",
           "Sign up for my newsletter and get new arrivals every month.", "EAN", "9781234509876",
           "★★★★☆ Read it on the ferry, loved the storms."),
    "de": ("Das Salzjahr", "Jonas Feld",
           "Eine Saline an der Küste, drei Schwestern, ein Sommer ohne Regen: Jonas Feld erzählt von einer Familie, "
           "die vom Salz lebt, und von dem Tag, an dem das Meer nicht mehr zurückkommt. Ein leiser, genauer Roman über "
           "Herkunft und Arbeit, über Schwestern, die einander nichts schenken, und über eine Landschaft, die "
           "verschwindet, jetzt als Taschenbuch mit einem Nachwort des Autors.",
           "Trag dich ein: mein Newsletter bringt jeden Monat neue Buchtipps.", "ISBN", "9783123456780",
           "★★★★★ Sehr schön, zweimal gelesen."),
    "fr": ("Le Jardin d'hiver", "Claire Morand",
           "Dans une serre abandonnée, une botaniste retraitée reprend les carnets de son mari disparu. Un roman sur "
           "la patience, les plantes et ce que l'on tait aux enfants. Entre les boutures et les lettres jamais envoyées, "
           "elle découvre que son mari avait une autre vie, et que la serre en gardait la trace. Un roman lumineux, "
           "désormais en format poche avec une préface inédite.",
           "Inscrivez-vous à notre infolettre : je vous envoie chaque mois nos nouveautés.", "ISBN-13",
           "978-2-123-45678-9", "★★★★☆ Très beau, un peu lent."),
}


def _product(lang: str, title: str, author: str, blurb: str, ask: str, label: str, code: str, stars: str) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Bookshop</title></head><body>'
            '<header><a href="/">Bookshop</a><a class="mini-cart" href="/basket">Basket (0)</a></header><main>'
            f'<div class="item-head"><h1 class="item-title">{title}</h1><p class="item-author">{author}</p>'
            '<span class="item-price">14,50 €</span><button class="add-to-basket">Add to basket</button></div>'
            f'<div class="item-text"><h2>About</h2><p>{blurb}</p><p class="hint">{ask}</p></div>'
            f'<div class="item-details"><h2>Details</h2><dl><dt>Publisher</dt><dd>Harbour Press</dd>'
            f'<dt>Pages</dt><dd>288</dd><dt>{label}</dt><dd>{code}</dd></dl></div>'
            f'<div class="buyers"><h2>Customers say</h2><div class="said"><span class="mark">{stars.split(" ", 1)[0]}</span> '
            f'<strong>Ana</strong> <p>{stars.split(" ", 1)[1]}</p></div><a href="#" class="write">Write one</a></div>'
            '</main><footer>© 2026 Bookshop</footer></body></html>')


def test_a_product_page_with_a_details_list_a_customers_stars_and_a_newsletter_ask_is_no_review():
    for lang, fields in BLURBS.items():
        record = extract_page(_product(lang, *fields), f"https://shop.example.com/{lang}/item/4411")
        assert not record.is_review, (lang, record.kind, record.reason)


def test_the_identifier_split_over_two_items_marks_the_customers_tail():
    for label, code in (("- ISBN", "- 9781234509876"), ("- EAN", "- 4006381333931"), ("- ISBN-10", "- 0-306-40615-2")):
        lines = ["About", "A blurb in the third person about the book and its island.", "- Pages", "- 288", label, code,
                 "★★★★★ Great gift."]
        assert customers_tail(lines) == 5, label


def test_a_reviews_details_list_followed_by_its_prose_gives_no_tail():
    lines = ["- Publisher", "- Harbour Press", "- ISBN", "- 9781234509876",
             "I read this over three grey evenings and it stayed with me: the keeper's voice is dry and funny, the son's "
             "chapters are weaker, and the last storm is one of the best set pieces I have read this year.",
             "Rating: ★★★★☆"]
    assert customers_tail(lines) is None
    # (a page count or a year under its label is no identifier)
    assert customers_tail(["- Pages", "- 288", "- Published", "- 2026", "★★★★★ Great gift."]) is None


def test_a_blog_review_giving_the_details_list_and_its_verdict_stays_a_review():
    review = ("<p>I read The Lighthouse Year by Mara Quill over three grey evenings, and it stayed with me. The keeper's "
              "voice is dry and funny, and the logbooks she reads aloud are the best thing in the book.</p>"
              "<p>The son's chapters are weaker: he thinks the same thought too often, and the supply-boat captain is "
              "a sketch. But the last storm, and the night nobody wrote down, are as good as anything I read this "
              "year. Sign up for my newsletter if you want more reviews like this one.</p>")
    html = ('<html lang="en"><head><meta charset="utf-8"><title>The Lighthouse Year by Mara Quill – Review</title>'
            '</head><body><article class="post"><h1>The Lighthouse Year by Mara Quill – Review</h1>'
            '<div class="entry-content"><dl><dt>Publisher</dt><dd>Harbour Press</dd><dt>ISBN</dt>'
            f'<dd>9781234509876</dd></dl>{review}<p>Rating: ★★★★☆</p></div></article></body></html>')
    record = extract_page(html, "https://blog.example.com/2026/11/lighthouse-year-review/")
    assert record.is_review, record.reason


def test_a_booksellers_own_pick_on_the_product_page_is_not_called_a_record():
    title, author, blurb, ask, label, code, stars = BLURBS["en"]
    pick = blurb + "</p><p>I have sold this to everyone who came in this month, and my own copy is falling apart."
    record = extract_page(_product("en", title, author, pick, ask, label, code, stars), "https://shop.example.com/en/item/4411")
    assert record.kind != "listing", record.reason


def test_only_a_short_bid_to_sign_up_that_names_a_newsletter_is_the_shops_ask():
    assert productrecord._newsletter_ask("Schrijf je in voor onze nieuwsbrief en mis geen nieuwe titels.")
    assert productrecord._newsletter_ask("Sign up for my newsletter and get new arrivals every month.")
    assert productrecord._newsletter_ask("Zapisz się do naszego newslettera, a co miesiąc dostaniesz nowości.")
    # (a reviewer's sentence about a character's newsletter bids no one to sign up; a sign-up that names no newsletter)
    assert not productrecord._newsletter_ask("I loved how the heroine writes her village newsletter by hand every week.")
    assert not productrecord._newsletter_ask("She signs up for the army in chapter three, and my heart sank.")


def _evidence(lines: list[str]):
    from types import SimpleNamespace
    return SimpleNamespace(product_page=True, jsonld_review=False, work_clues=None, body=(tuple(lines), "\n".join(lines)))


SHOP_LINES = {
    "nl": ["Beschrijving", "Een jonge klerk dwaalt tien avonden door een stad in de winter, bezoekt vrienden en zijn "
           "broer, en probeert de tijd te doden tot het nieuwe jaar begint.",
           "Schrijf je in voor onze nieuwsbrief en ontvang elke week leestips van ons team.",
           "Details", "- Uitgeverij", "- Het Anker", "- ISBN", "- 9789012345672", "Klantbeoordelingen",
           "★★★★☆ Mooi boek, snel bezorgd.", "Beoordeel dit boek"],
    "en": ["Description", "A keeper and her son spend the last winter at a lighthouse that is to be closed in spring.",
           "Sign up for my newsletter and get new arrivals every month.", "Details", "- Publisher", "- Harbour Press",
           "- EAN", "- 9781234509876", "Customer ratings", "★★★★★ Bought it for my dad, he loved it."],
    "fr": ["Résumé", "Dans une serre abandonnée, une botaniste reprend les carnets de son mari disparu.",
           "Inscris-toi à notre infolettre : je t'envoie chaque mois nos nouveautés.", "Caractéristiques",
           "- Éditeur", "- Éditions du Large", "- ISBN", "- 978-2-123-45678-9", "Avis clients", "★★★★☆ Très beau."],
}


def test_the_record_with_its_details_list_a_customers_stars_and_the_shops_ask_is_no_review():
    for lang, lines in SHOP_LINES.items():
        found = reviewed.product_record(_evidence(lines), True)
        assert found and found[0] == "listing", lang


def test_a_booksellers_first_person_line_above_the_details_keeps_it_from_being_a_record():
    lines = list(SHOP_LINES["en"])
    lines.insert(2, "I have sold this to everyone who came in this month, and my own copy is falling apart.")
    assert reviewed.product_record(_evidence(lines), True) is None
