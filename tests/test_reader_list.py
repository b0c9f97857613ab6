"""A shop's book page whose list of readers' reviews, in boxes named as reviews (not comments), cleaning left whole
with the record's own lines (format, stock line, blurb, "write a review") and the other readers
(scraper.extract.readerreview.readers_kept): the page is read for its longest reader's review alone. Near misses: a
blog post with a book box and short reviews-named comments under it, a shop page without a list of readers.

Every page here is invented for these tests (invented shops, books and people, in our own words and markup).
"""

from __future__ import annotations

from scraper.extract import extract_page

EN_LONG = ("Picked this up for the train and missed my stop twice. The ferrywoman carries letters across a flooded "
           "valley while the village above argues about whether to leave, and every crossing tells you a little more "
           "about who she used to be. The middle drags with weather, but the last crossing is wonderful.")
EN_LONG2 = ("Marsh writes short, plain sentences and trusts you to notice what she leaves out, which I loved, though "
            "two of the villagers blur together. Seven out of ten, and I would read her next one tomorrow.")
ES_LONG = ("Lo leí en dos tardes de lluvia y todavía pienso en él. La barquera lleva cartas de una orilla a otra de un "
           "valle inundado mientras el pueblo discute si marcharse, y cada travesía descubre algo más de su pasado. "
           "La mitad se alarga con tanto tiempo atmosférico, pero el final compensa cualquier bostezo.")


def shop_page(lang: str, title: str, author_line: str, record_lines: str, heading: str, write: str, reviews: str) -> str:
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Paperlane</title></head>
<body><header><a href="/">Paperlane</a> <a href="/cart">Basket</a></header>
<main class="product"><section class="product-head"><h1 class="product-title">{title}</h1>
<div class="product-author">{author_line}</div>
{record_lines}
<button class="buy">Add to basket</button></section>
<section class="product-reviews"><h2>{heading}</h2><a class="write" href="#">{write}</a>
{reviews}
</section></main><footer>© Paperlane Books</footer></body></html>"""


def review_item(name: str, date: str, title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<div class="review-entry"><div class="review-meta"><span>{name}</span> <span>{date}</span></div>
<h3>{title}</h3><div class="review-text">{body}</div></div>"""


def test_an_english_shop_page_is_read_for_its_longest_readers_review():
    html = shop_page("en", "The Ferrywoman", 'by <a href="/author/ivy-marsh">Ivy Marsh</a>',
                     "<p class='format'>Paperback · Lantern Press · 312 pages</p><p class='stock'>In stock · ships in 2 days</p>"
                     "<p class='blurb'>A ferrywoman, a flooded valley and a village that cannot decide whether to stay.</p>",
                     "Customer reviews", "Write a review",
                     review_item("Maya K.", "03/11/2026", "Missed my stop", EN_LONG, EN_LONG2)
                     + review_item("Leo", "01/10/2026", "Great", "Loved every page of this one, five stars."))
    record = extract_page(html, "https://paperlane.example/books/the-ferrywoman-9781111111111")
    assert record.is_review, record.reason
    assert "missed my stop twice" in record.body_text and "read her next one" in record.body_text
    for gone in ("Paperback · Lantern Press", "In stock", "A ferrywoman, a flooded valley", "Write a review",
                 "Loved every page", "Customer reviews"):
        assert gone not in record.body_text, gone


def test_a_spanish_shop_page_is_read_for_its_longest_readers_review():
    html = shop_page("es", "La barquera", 'Autor: <a href="/autor/ines-vidal">Inés Vidal</a>',
                     "<p class='ficha'>Tapa blanda · Ediciones Farol · 312 páginas</p><p class='stock'>Disponible · envío en 48 horas</p>",
                     "Opiniones de lectores", "Escribe tu opinión",
                     review_item("Marta G.", "03/11/2026", "Dos tardes de lluvia", ES_LONG,
                                 "Vidal escribe frases cortas y sencillas y deja que el lector note lo que calla; dos "
                                 "vecinos se confunden entre sí, pero poco importa. Un siete sobre diez para mí.")
                     + review_item("Pablo", "12/10/2026", "Genial", "Un libro precioso, cinco estrellas sin dudarlo."))
    record = extract_page(html, "https://paperlane.example/es/libros/la-barquera-9782222222222")
    assert record.is_review, record.reason
    assert "dos tardes de lluvia y todavía" in record.body_text
    for gone in ("Tapa blanda", "Disponible · envío", "Escribe tu opinión", "Un libro precioso"):
        assert gone not in record.body_text, gone


def test_near_miss_a_blog_post_with_a_book_box_keeps_its_post_and_its_short_review_named_comments_do_not_take_over():
    post = "".join(f"<p>{EN_LONG} {n}</p>" for n in ("First,", "Then,", "Last,"))
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Ferrywoman by Ivy Marsh</title></head>
<body><article class="post"><h1>The Ferrywoman</h1><div class="book-box">Author: <a href="/tag/ivy-marsh">Ivy Marsh</a></div>
<div class="entry">{post}</div>
<div class="review-replies">{review_item("Sam", "04/11/2026", "Agreed", EN_LONG)}{review_item("Ann", "05/11/2026", "Yes", EN_LONG2)}</div>
</article></body></html>"""
    record = extract_page(html, "https://ferryreads.example/2026/11/the-ferrywoman")
    assert record.is_review, record.reason
    assert "First," in record.body_text and "Last," in record.body_text


def test_near_miss_a_shop_page_with_one_review_and_no_list_keeps_its_text():
    html = shop_page("en", "The Ferrywoman", 'by <a href="/author/ivy-marsh">Ivy Marsh</a>',
                     "<p class='format'>Paperback · Lantern Press · 312 pages</p>", "Our bookseller says", "Ask us",
                     f"<div class='staff-review'><p>{EN_LONG}</p><p>{EN_LONG2}</p></div>")
    record = extract_page(html, "https://paperlane.example/books/the-ferrywoman-9781111111111")
    assert "missed my stop twice" in record.body_text


DE_LONG = ("Für den Lesekreis gelesen und am Anfang fast abgebrochen: Die Fährfrau trägt Briefe über ein geflutetes Tal, "
           "während das Dorf oben streitet, ob es bleiben soll, und jede Überfahrt verrät ein wenig mehr über ihr früheres "
           "Leben. Nach vierzig Seiten hat es mich gepackt. Die Mitte zieht sich mit zu viel Wetter, aber das Ende ist "
           "wunderbar, und ich würde ihr nächstes Buch sofort lesen. Vier von fünf Sternen von mir.")


def german_shop(author_row: str) -> str:
    return f"""<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Die Fährfrau | Papierweg</title></head>
<body><header><a href="/">Papierweg</a> <a href="/korb">Warenkorb</a></header>
<main><section class="artikel"><div class="infos"><h1>Die Fährfrau</h1>
{author_row}
<p class="format">Taschenbuch · Laternen Verlag · 312 Seiten</p><p class="lieferung">Sofort lieferbar</p></div></section>
<section id="bewertungen" class="bewertungen"><h2>Bewertungen</h2><a class="neu" href="#">Bewertung schreiben</a>
<div class="einzelbewertung"><p class="wer">Bewertet von Marta aus Kassel am 03.11.2026</p><div class="bewertung-text"><p>{DE_LONG}</p></div></div>
<div class="einzelbewertung"><p class="wer">Bewertet von Paul am 12.10.2026</p><div class="bewertung-text"><p>Ein großartiges Buch.</p></div></div>
</section></main><footer>© Papierweg</footer></body></html>"""


def test_a_german_shop_page_with_an_unlabelled_author_row_is_read_for_its_longest_readers_review():
    record = extract_page(german_shop('<p class="autor">von <a href="/autor/ines-vogt">Ines Vogt</a></p>'),
                          "https://papierweg.example/buecher/die-faehrfrau-9783333333333")
    assert record.is_review, record.reason
    assert "Für den Lesekreis gelesen" in record.body_text
    for gone in ("Taschenbuch · Laternen Verlag", "Sofort lieferbar", "Bewertung schreiben", "Ein großartiges Buch",
                 "Bewertet von Marta"):  # the record's lines, the button, another reader, the reader's dated name line
        assert gone not in record.body_text, gone


def test_near_misses_of_the_unlabelled_author_row():
    from lxml import html as lxml_html
    from scraper.extract.readerreview import _by_link, book_header

    assert _by_link(lxml_html.fromstring('<p>by <a href="#">Ines Vogt</a></p>'))
    assert not _by_link(lxml_html.fromstring('<p>von <a href="#">Ines Vogt</a> und anderen</p>'))  # more after the link
    assert not _by_link(lxml_html.fromstring('<p>Read more <a href="#">here</a></p>'))  # two words before it
    # a blog post's byline under its title is dated: no book's record
    blog = lxml_html.fromstring('<html><body><article><div class="head"><h1>Die Fährfrau</h1><div class="meta">'
                                '<p>von <a href="/author/ana">Ana</a></p><p>03.11.2026</p></div></div></article></body></html>')
    assert not book_header(blog)
