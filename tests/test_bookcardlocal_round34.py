"""A book card whose classes name "book", "title" and "author" in the site's own language (bookcardlocal)."""

from lxml import html

from scraper.extract.bookcardlocal import local_card


def _card(markup: str):
    return local_card(html.fromstring(f"<html><body>{markup}</body></html>"))


def test_spanish_bem_card():
    book = _card("<main><div class='resena'><div class='caja-libro'><h3 class='caja-libro__titulo'>Las horas lentas</h3>"
                 "<span class='caja-libro__autor'>Inés Valdivia</span></div><p>Texto de la reseña.</p></div></main>")
    assert (book.title, book.author) == ("Las horas lentas", "Inés Valdivia")


def test_german_card_two_levels_apart():
    book = _card("<article><div class='buch-info'><div class='kopf'><h2 class='buch-titel'>Der stille Hafen</h2></div>"
                 "<ul><li class='buch-autor'>Greta Lind</li></ul></div><p>Meine Meinung …</p></article>")
    assert (book.title, book.author) == ("Der stille Hafen", "Greta Lind")


def test_polish_card():
    book = _card("<div class='ksiazka'><p class='ksiazka-tytul'>Zimowe światło</p><p class='ksiazka-autor'>Anna Wróbel</p></div>")
    assert (book.title, book.author) == ("Zimowe światło", "Anna Wróbel")


def test_near_miss_several_cards_are_a_shelf():
    shelf = "".join(f"<div class='livre'><p class='livre-titre'>{t}</p><p class='livre-auteur'>{a}</p></div>"
                    for t, a in (("Le Port gris", "Claire Morel"), ("La Nuit claire", "Paul Adam")))
    assert _card(shelf) is None


def test_near_miss_card_in_related_sidebar():
    assert _card("<aside><div class='livro'><p class='livro-titulo'>Outra história</p><p class='livro-autor'>Rui Costa</p>"
                 "</div></aside><article><p>Resenha.</p></article>") is None
    assert _card("<div class='related-posts'><div class='livro'><p class='livro-titulo'>Outra história</p>"
                 "<p class='livro-autor'>Rui Costa</p></div></div>") is None


def test_near_miss_title_and_author_without_a_book_word():
    # a post's own title and its writer: no "book" word in the classes
    assert _card("<div class='post'><h1 class='post-titulo'>Minhas leituras</h1><p class='post-autor'>Rui Costa</p></div>") is None


def test_near_miss_author_of_another_block_or_no_name():
    assert _card("<div class='libro'><p class='libro-titolo'>Il mare d'inverno</p></div>"
                 "<div class='recensione'><p class='recensione-autore'>Marta Galli</p></div>") is None
    assert _card("<div class='kniha'><p class='kniha-nazev'>Zimní světlo</p><p class='kniha-autor'>neznámý</p></div>") is None


from scraper.extract.bookcardlocal import fact_box  # noqa: E402


def _box(markup: str, title: str = "Vinterreisen – Dagbladet Kultur"):
    return fact_box(html.fromstring(f"<html><head><title>{title}</title></head><body>{markup}</body></html>"))


def test_danish_newspaper_fact_box_in_an_aside():
    book = _box("<article><h1>Vinterreisen</h1><div class='body'><aside class='faktaboks'>"
                "<p class='faktaboks__forfatter'>Ida Holm</p><p class='faktaboks__titel'>Havet om natten</p>"
                "<p class='faktaboks__forlag'>Gyldendal. 244 sider. 299 kr.</p></aside><p>Anmeldelsen …</p></div></article>")
    assert (book.title, book.author) == ("Havet om natten", "Ida Holm")


def test_english_review_box():
    book = _box("<div class='review-panel'><span class='review-panel__title'>The Salt Road</span>"
                "<span class='review-panel__author'>Maya Trent</span><span class='review-panel__details'>Faber, 2025, 312pp</span></div>",
                "A long walk home | The Weekly")
    assert (book.title, book.author) == ("The Salt Road", "Maya Trent")


def test_near_miss_the_articles_own_header_and_byline():
    assert _box("<header class='article'><div class='article__title'>Vinterreisen</div><p class='article__author'>Ola Berg</p>"
                "<time class='article__date'>4. desember 2026</time></header>") is None


def test_near_miss_box_without_a_record_line():
    # a title and a name, but no publisher, pages or year: a quote box or a profile, not a book's facts
    assert _box("<div class='quote'><p class='quote__title'>Om å skrive</p><p class='quote__author'>Ida Holm</p></div>") is None


def test_near_miss_two_boxes_in_sidebar_or_several():
    boxes = "".join(f"<div class='tip'><p class='tip__title'>{t}</p><p class='tip__author'>{a}</p><p class='tip__info'>2024</p></div>"
                    for t, a in (("Havet om natten", "Ida Holm"), ("Fjellet", "Per Lund")))
    assert _box(boxes) is None
    assert _box("<div class='sidebar'><div class='tip'><p class='tip__title'>Fjellet</p><p class='tip__author'>Per Lund</p>"
                "<p class='tip__info'>2024</p></div></div>") is None
