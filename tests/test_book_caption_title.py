"""bookcaptiontitle (via bookcolumn.series_free into bookrescue): the caption of the post's own picture that names the
book as a headline would ("T, de A (Publisher)", "T by A"), its author's surname said again in the post, gives the title
before a bare headline that is the post's remark. Near misses: a portrait's caption, a caption naming a book by someone
the post never names, a sidebar's picture, a caption with no shape of "T by A".

Every page here is invented for these tests (invented blogs, books and people, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.bookcaptiontitle import caption_titles

ES = """<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Un pueblo que se vacía | Cuaderno de lecturas</title></head>
<body><header><a href="/">Cuaderno de lecturas</a></header><main><article><h1>Un pueblo que se vacía</h1>
<div class="entry-content"><figure><img src="/img/portada.jpg" alt=""><figcaption>{cap}</figcaption></figure>
<p>Llegué a esta novela por recomendación de mi librera y la terminé en dos tardes de lluvia. Ruiz cuenta la vida de un
farero y de su hija en una isla del Cantábrico, durante los años en que la luz se automatiza y el oficio desaparece.</p>
<p>Lo mejor es la voz de la hija, seca y divertida a la vez; lo peor, un tramo central en el que las cartas del hermano
emigrado se repiten demasiado. Aun así, Ruiz sabe cerrar: las últimas páginas, con la linterna apagada, me dejaron un
buen rato mirando por la ventana. Es un libro pequeño que pide una lectura lenta, de las que ya casi no se hacen.</p>
<p>Se lo recomiendo a quien tenga paciencia con los libros tranquilos. Mi nota: 4 de 5.</p></div></article>
<aside class="sidebar">{side}</aside></main></body></html>"""

EN_TEXT = "Holt writes about the estuary as if she had lived there all her life. Holt never hurries."


def test_a_captions_title_by_its_author_is_the_book_not_the_bare_headline():
    record = extract_page(ES.format(cap="El puerto vacío, de Marta Ruiz (Faro)", side=""), "https://cuaderno.example/2026/03/pueblo")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("El puerto vacío", "Marta Ruiz")
    tree = lxml_html.fromstring('<html><body><article><figure><img src="/c.jpg" alt=""><figcaption>The Salt Marsh by Lena Holt '
                                '(Harbour Press)</figcaption></figure><p>…</p></article></body></html>')
    assert caption_titles(tree, EN_TEXT, "en") == ["The Salt Marsh"]


def test_portraits_other_peoples_books_sidebars_and_remarks_give_no_title():
    def titles(caption: str, where: str = "article") -> list[str]:
        tree = lxml_html.fromstring(f'<html><body><{where}><figure><img src="/c.jpg" alt=""><figcaption>{caption}</figcaption>'
                                    f'</figure></{where}></body></html>')
        return caption_titles(tree, EN_TEXT, "en")
    assert titles("Lena Holt at her desk in Whitby, 1998") == []
    assert titles("The Grey Estuary by Tom Pryce, which she answers") == []  # (Pryce: never named in the post)
    assert titles("The Salt Marsh by Lena Holt", "aside") == []
    assert titles("My copy, bought on a wet day in Whitby") == []
    record = extract_page(ES.format(cap="Marta Ruiz en su estudio de Cádiz", side=""), "https://cuaderno.example/2026/03/pueblo")
    assert record.book_title != "Marta Ruiz en su estudio de Cádiz"


def test_a_bare_headline_paired_with_the_captions_author_gives_way_to_the_captions_title():
    record = extract_page(ES.format(cap="Marta Ruiz: El puerto vacío", side=""), "https://cuaderno.example/2026/03/pueblo")
    assert (record.book_title, record.book_author) == ("El puerto vacío", "Marta Ruiz")


def test_a_headline_the_post_names_or_another_authors_caption_stays():
    from scraper.extract.book import Book
    from scraper.extract.bookcaptiontitle import caption_book
    tree = lxml_html.fromstring('<html><body><article><figure><img src="/c.jpg" alt=""><figcaption>Lena Holt: The Salt Marsh'
                                '</figcaption></figure></article></body></html>')
    lines = ["Lena Holt: The Salt Marsh", EN_TEXT]
    assert caption_book(Book("Estuary Days", "Lena Holt"), tree, "Estuary Days", lines).title == "The Salt Marsh"
    # the post names its headline: the book it is about
    assert caption_book(Book("Estuary Days", "Lena Holt"), tree, "Estuary Days", lines + ["Estuary Days is her best."]) is None
    # the caption's book is someone else's; a title that is not the headline
    assert caption_book(Book("Estuary Days", "Tom Pryce"), tree, "Estuary Days", lines) is None
    assert caption_book(Book("Estuary Days", "Lena Holt"), tree, "Notes from the coast", lines) is None


ES_NAMED = ES.replace("Llegué a esta novela por", "Llegué a esta novela de Marta Ruiz por")


def test_a_title_the_caption_sets_apart_replaces_a_bare_headline_the_post_never_names():
    for caption in ("El puerto vacío (Faro, 2024)", "«El puerto vacío», en la mesa de la cocina"):
        record = extract_page(ES_NAMED.format(cap=caption, side=""), "https://cuaderno.example/2026/03/pueblo")
        assert (record.book_title, record.book_author) == ("El puerto vacío", "Marta Ruiz"), caption
    # the picture's file spells the caption's title (Polish, its letters bare in the file's name)
    from scraper.extract.book import Book
    from scraper.extract.bookcaptiontitle import caption_book
    tree = lxml_html.fromstring('<html><body><article><div><img src="/img/cicha-przystan.jpg" alt=""><p>Cicha przystań, mój '
                                'egzemplarz</p></div></article></body></html>')
    lines = ["Cicha przystań, mój egzemplarz", "Wierzbicka pisze o małym mieście nad Wisłą. Wierzbicka ma słuch do ludzi."]
    book = caption_book(Book("Zima nad rzeką", "Anna Wierzbicka"), tree, "Zima nad rzeką", lines)
    assert book is not None and book.title == "Cicha przystań"


def test_a_remark_or_a_portrait_under_the_picture_leaves_the_book_as_found():
    from scraper.extract.book import Book
    from scraper.extract.bookcaptiontitle import caption_book
    lines = ["Wierzbicka pisze o małym mieście nad Wisłą. Wierzbicka ma słuch do ludzi."]
    for caption, src in (("Mój egzemplarz, podkreślony ołówkiem", "/img/foto.jpg"),  # (no sign of a title)
                         ("Anna Wierzbicka w Krakowie (2019)", "/img/portret.jpg")):  # (the author's portrait)
        tree = lxml_html.fromstring(f'<html><body><article><figure><img src="{src}" alt=""><figcaption>{caption}</figcaption>'
                                    '</figure></article></body></html>')
        found = caption_book(Book("Zima nad rzeką", "Anna Wierzbicka"), tree, "Zima nad rzeką", lines)
        assert found is None or found.title != caption.split(",")[0], caption
