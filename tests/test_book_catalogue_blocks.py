"""A reader's review under a catalogue's or a shop's book block, in the shapes such sites write it: a BEM block whose
title and author are elements of one block ("ficha__book-title", "ficha__author"), a title that is only a link to
the book's own page beside a link to its author's, a catalogue's author link that the extractor also guessed as the
page's writer, and a shop's review page whose headline is a label ("Opinión de cliente") while its <title> names
the book after a colon. Near misses: a post card's own author, a shelf of several books, the reviewer's block, a
link whose text is not its page's name, a subtitle after a colon, a blogger the page declares its writer.

Every page here is invented for these tests (invented sites, books and people, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.booktitles import label_tail
from scraper.extract.bookld import from_author_link, from_card

SPANISH_REVIEW = """
<p>Llegué a esta novela por recomendación de mi librera y la terminé en dos tardes de lluvia. Ferrer cuenta la vida
de un farero y de su hija en una isla del Cantábrico, durante los años en que la luz se automatiza y el oficio
desaparece.</p>
<p>Lo mejor es la voz de la hija, seca y divertida a la vez; lo peor, un tramo central en el que las cartas del
hermano emigrado se repiten demasiado. Aun así, Ferrer sabe cerrar: las últimas páginas, con la linterna apagada,
me dejaron un buen rato mirando por la ventana.</p>
<p>Mi nota: 4 de 5.</p>
"""


def page(block: str, review: str = SPANISH_REVIEW, title: str = "Reseña – Estantería", head: str = "") -> str:
    return f"""<!doctype html><html lang="es"><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body><header class="cabecera"><a class="cabecera__logo" href="/">Estantería</a><nav><a href="/libros">Libros</a>
<a href="/listas">Listas</a></nav></header>
<main class="contenido">{block}
<article class="resena"><h1 class="resena__titulo">Una luz que se apaga despacio</h1>
<div class="resena__meta"><a class="resena__lector" href="/lector/marta_lee">marta_lee</a></div>
<div class="resena__texto">{review}</div></article>
</main><footer><a href="/aviso-legal">Aviso legal</a></footer></body></html>"""


def test_a_bem_book_block_gives_its_title_and_its_authors_element():
    block = """<section class="ficha"><img class="ficha__portada" src="/p/77.jpg" alt="">
<div class="ficha__datos"><h2 class="ficha__book-title"><a href="/libro/77">El faro del norte</a></h2>
<p class="ficha__author"><a href="/autor/77">Lucía Ferrer</a></p><button class="ficha__boton">Quiero leerlo</button></div></section>"""
    record = extract_page(page(block), "https://estanteria.example/resena/5120")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("El faro del norte", "Lucía Ferrer")
    # the same block named the other way round: the book in the block's name
    block = block.replace("ficha__book-title", "libro-book-box__title").replace("ficha__author", "libro-book-box__author")
    assert from_card(lxml_html.fromstring(page(block))).author == "Lucía Ferrer"


def test_a_post_cards_author_a_shelf_and_the_reviewers_block_give_no_book():
    # a post card (no book in its block): its author is the blogger
    post_card = """<div class="post-card"><h2 class="post-card__title">Notas de octubre</h2>
<span class="post-card__author">Marta Lee</span></div>"""
    assert from_card(lxml_html.fromstring(page(post_card))) is None
    # a shelf of two books: no telling which is reviewed
    shelf = "".join(f"""<div class="estante__item"><h3 class="mini-book__title">{t}</h3><span class="mini-book__author">{a}</span></div>"""
                    for t, a in (("La sal", "Ana Ruiz"), ("Viento sur", "Pablo Gil")))
    assert from_card(lxml_html.fromstring(page(shelf))) is None
    # the book's title beside another block's author (the reviewer's): no pair
    mixed = """<div class="cabecera-libro"><h2 class="cabecera-libro__book-title">El faro del norte</h2>
<span class="opinion__author">marta_lee</span></div>"""
    assert from_card(lxml_html.fromstring(page(mixed))) is None


CATALOGUE = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Rezension von lesewolf – Bücherregal</title>{head}</head>
<body><nav class="oben"><a href="/">Bücherregal</a><a href="/entdecken">Entdecken</a></nav>
<main><section class="werk" aria-label="Buch"><a href="/buecher/der-graue-hafen"><img src="/c/9.jpg" alt="Der graue Hafen"></a>
<div><a href="/buecher/der-graue-hafen" class="groß fett">Der graue Hafen</a>
<p class="klein">von <a href="/autoren/jonas-weil" class="fett">Jonas Weil</a></p><span>3,9 · 812 Bewertungen</span></div></section>
<article class="rezension"><h2>Ein Hafen ohne Schiffe</h2>
<p>Weil erzählt von einer Hafenmeisterin in Emden, die nach der Schließung der Werft als Einzige bleibt. Ich mochte
den trockenen Ton und die vielen kleinen Szenen im Hafenbüro, in denen eigentlich nichts passiert. Sie zählt die
leeren Liegeplätze, schreibt Berichte, die niemand liest, und telefoniert abends mit ihrem Bruder in Bremen, der sie
seit Jahren überreden will, endlich wegzuziehen.</p>
<p>Besonders gelungen fand ich die Nebenfiguren: den alten Lotsen, der jeden Morgen trotzdem seinen Kaffee am Kai
trinkt, und die Schülerin, die für ein Referat über die Werft recherchiert und dabei mehr herausfindet, als allen
lieb ist. Weil lässt diese Figuren nie zu Typen werden.</p>
<p>Zum Ende hin wird es mir zu symbolisch, die Möwen hätte es nicht gebraucht. Trotzdem: vier von fünf Sternen.</p>
</article></main><footer><a href="/impressum">Impressum</a></footer></body></html>"""


def test_a_title_that_is_a_link_to_the_books_own_page_beside_its_authors_link():
    html = CATALOGUE.format(head="")
    assert from_author_link(lxml_html.fromstring(html)).title == "Der graue Hafen"
    record = extract_page(html, "https://buecherregal.example/rezensionen/8812")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("Der graue Hafen", "Jonas Weil")


def test_a_link_to_a_book_page_that_its_text_does_not_name_is_no_title():
    html = CATALOGUE.format(head="").replace('class="groß fett">Der graue Hafen', 'class="groß fett">Mehr zum Buch')
    assert from_author_link(lxml_html.fromstring(html)) is None


def test_a_catalogue_author_link_counts_though_the_extractor_guessed_it_the_pages_writer():
    block = """<section class="obra"><div class="obra__datos"><h1>El faro del norte</h1>
<p class="obra-autor author"><a href="/autores/lucia-ferrer">Lucía Ferrer</a></p></div></section>"""
    html = page(block).replace('<h1 class="resena__titulo">', '<h2 class="resena__titulo">').replace("despacio</h1>", "despacio</h2>")
    record = extract_page(html, "https://estanteria.example/resena/5121")
    assert (record.book_title, record.book_author) == ("El faro del norte", "Lucía Ferrer")
    # near miss: the page declares that name its own writer's (a blogger's author page): not the book's author
    declared = html.replace("<title>", '<meta name="author" content="Lucía Ferrer"><title>', 1)
    assert extract_page(declared, "https://estanteria.example/resena/5121").book_author != "Lucía Ferrer"


def test_a_shop_review_page_whose_headline_is_a_label_takes_the_title_its_page_title_names():
    html = """<!doctype html><html lang="es"><head><meta charset="utf-8">
<title>Opinión de cliente sobre: El faro del norte | Librería La Ola</title></head>
<body><header><a href="/">Librería La Ola</a><form><input type="search"></form></header>
<main><h1 class="titulo-pagina">Opinión de cliente</h1>
<div class="producto"><img src="/m/faro.jpg" alt="El faro del norte"><h2 class="nombre">El faro del norte</h2>
<div class="dato-autor"><span class="etiqueta">Autor:</span> <a href="/buscar?q=Ferrer">Lucía Ferrer</a></div>
<div class="precio">17,90 €</div><button>Añadir a la cesta</button></div>
<div class="opinion"><div class="opinion__titulo">Para leer con el mar cerca</div>""" + SPANISH_REVIEW + """
<p class="opinion__firma">Opinión de: Carmen G.</p></div></main><footer>Envíos en 48 h</footer></body></html>"""
    record = extract_page(html, "https://laola.example/opiniones/ver/id/311/")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("El faro del norte", "Lucía Ferrer")


def test_a_page_titles_subtitle_or_a_capitalised_word_before_a_colon_is_nolabel_tail():
    assert label_tail("Opinión de cliente sobre: El faro del norte | Tienda", "Opinión de cliente") == "El faro del norte"
    assert label_tail("Middlemarch: A Study of Provincial Life", "Middlemarch") is None  # a subtitle
    assert label_tail("El faro Norte: notas de lectura", "El faro") is None  # the headline goes on, capitalised
    assert label_tail("Otra cosa para: El faro", "Opinión") is None  # not the headline's page title


def test_an_author_page_with_its_id_after_the_name_and_a_blogs_author_archive():
    html = """<html><body><main><div class="kniha"><h1>Tichý dvůr</h1>
<h2 class="jmena"><a href="/spisovatele/x/autori/jana-kralova-41">Jana Králová</a></h2></div>
<p>Králová píše o statku, kde se nic neděje.</p></main></body></html>"""
    assert from_author_link(lxml_html.fromstring(html)).author == "Jana Králová"
    # a slug that names someone else with an id after it is not her page
    assert from_author_link(lxml_html.fromstring(html.replace("jana-kralova-41", "petr-vesely-41"))) is None


def test_a_shop_header_with_a_classed_title_link_and_a_role_after_the_name():
    html = """<html><body><main><div class="goods_titlewrap"><a class="goods_title" href="#">바다로 가는 버스 (개정판)</a>
<div class="goods_sub"><a href="#">한지운</a> (지은이) | <a href="#">바람출판</a></div></div>
<div class="post"><p>한지운 작가의 문장은 짧다.</p></div></main></body></html>"""
    book = from_author_link(lxml_html.fromstring(html))
    assert (book.title, book.author) == ("바다로 가는 버스", "한지운")
    # the same box with the publisher's role, not the author's: no book
    assert from_author_link(lxml_html.fromstring(html.replace("(지은이)", "(옮긴이)"))) is None


# -- a book record's header: its author marked by a label, a label cell or a role, trusted without the review naming it --

RECORD_REVIEW = """<div class="reader-review"><p>I picked this up on a wet Sunday and finished it by the evening. The
harbour town is drawn so closely that I could smell the tar on the nets, and the two sisters who run the ferry argue
in a way that rang true.</p><p>The last third drags a little, with one storm too many, but I was sorry when it ended
and have already asked for the sequel at the desk. A gentle, salty book for a grey week.</p></div>"""


def record_page(header: str, review: str = RECORD_REVIEW) -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Catalogue record</title></head>
<body><div class="topbar"><a href="/">Northfield Libraries</a> <a href="/account">Sign in</a></div>
<div class="content"><div class="record-col">{header}
<div class="reviews"><h4 class="review-heading">Quiet tides, loud sisters</h4>{review}</div></div></div>
<footer>Northfield Libraries · opening hours</footer></body></html>"""


LABEL_CELL_HEADER = """<h1>The Ferry Sisters</h1>
<div class="cover"><img src="/cover/88.jpg" alt="Cover"></div>
<div class="details"><div class="details-inner">
<div class="row"><div class="label-cell">Author</div><div class="value-cell"><a href="/Author/Home?author=Ashdown%2C+Mira">Ashdown, Mira, 1961-</a></div></div>
<div class="row"><div class="label-cell">Format</div><div class="value-cell">Book, eBook</div></div></div></div>"""


def test_a_records_label_cell_and_a_catalogue_heading_with_life_dates_name_the_books_author():
    book = from_author_link(lxml_html.fromstring(record_page(LABEL_CELL_HEADER)))
    assert (book.title, book.author, book.source) == ("The Ferry Sisters", "Mira Ashdown", "record")
    # as a table: "<th>Author</th><td><a>…</a></td>"
    table = """<h1>The Ferry Sisters</h1><table class="bib"><tr><th>Author</th><td><a href="/s?au=Ashdown">Mira Ashdown</a></td></tr>
<tr><th>Pages</th><td>212</td></tr></table>"""
    assert from_author_link(lxml_html.fromstring(record_page(table))).author == "Mira Ashdown"
    # near miss: a row labelled otherwise ("Narrator") is nobody's authorship
    narrated = table.replace("<th>Author</th>", "<th>Narrator</th>")
    assert from_author_link(lxml_html.fromstring(record_page(narrated))) is None


def test_a_record_header_gives_the_book_of_a_review_that_names_neither_title_nor_author():
    record = extract_page(record_page(LABEL_CELL_HEADER), "https://catalogue.northfield.example/GroupedWork/88/Home")
    assert (record.book_title, record.book_author) == ("The Ferry Sisters", "Mira Ashdown")
    # near miss: a blog post whose byline is only classed "author" beside its h1 (no label, no role): not a record, and
    # a review that never names that person gives no book from it
    byline = """<h1>The Ferry Sisters</h1><div class="meta"><span class="author"><a href="/about">Tom Ridley</a></span></div>"""
    blog = extract_page(record_page(byline), "https://tomreads.example/2026/11/ferry/")
    assert blog.book_author != "Tom Ridley"


def test_a_role_word_after_the_name_and_a_headings_subtitle_element():
    korean = """<div class="title_area"><h1 class="book_title">등대지기의 딸</h1></div>
<div class="author_area"><div class="writer"><a href="#">한서윤</a> 저자(글) · <a href="#">바다출판</a></div></div>"""
    book = from_author_link(lxml_html.fromstring(record_page(korean)))
    assert (book.title, book.author, book.source) == ("등대지기의 딸", "한서윤", "record")
    japanese = """<h1 class="itemTitle">潮の家 <span class="itemSubTitle">山本千尋作品集 2</span></h1>
<p class="itemCredit"><a href="#">山本千尋</a> 著</p>"""
    book = from_author_link(lxml_html.fromstring(record_page(japanese)))
    assert (book.title, book.author) == ("潮の家", "山本千尋")
    # near miss: the translator's role ("역"), not the author's
    assert from_author_link(lxml_html.fromstring(record_page(korean.replace("저자(글)", "역")))) is None


def test_a_record_row_far_below_the_h1_needs_no_date_between_them():
    dated = LABEL_CELL_HEADER.replace('<div class="cover">', '<div class="posted">Posted 12/11/2026</div><div class="cover">')
    assert from_author_link(lxml_html.fromstring(record_page(dated))) is None


def test_a_records_role_in_an_element_of_its_own_and_an_imprint_after_the_title():
    header = """<div class="prod-info"><div class="prod-name"><h1><a href="/dp/0001">潮の家 (港文庫)</a></h1></div>
<div class="prod-by"><a href="/s?au=山本千尋">山本千尋</a> <span class="role">(著)</span></div></div>"""
    book = from_author_link(lxml_html.fromstring(record_page(header)))
    assert (book.title, book.author, book.source) == ("潮の家", "山本千尋", "record")


def test_an_inline_label_element_with_its_colon_and_a_catalogues_name_orders():
    header = """<h1 class="record-title">Talvipuutarha</h1>
<div class="record-author"><span class="field">Tekijä:</span> <span class="value"><a href="/search?q=author:Lindqvist">Lindqvist, Aino</a></span></div>"""
    book = from_author_link(lxml_html.fromstring(record_page(header)))
    assert (book.title, book.author, book.source) == ("Talvipuutarha", "Aino Lindqvist", "record")
    persian = """<h1 class="book-title">باغ زمستانی</h1><ul class="details"><li><span class="label">نویسنده:</span> <a href="/author/9/x">مریم صادقی</a></li></ul>"""
    assert from_author_link(lxml_html.fromstring(record_page(persian))).author == "مریم صادقی"
    # a shop's h1 "Title | Surname Name Patronymic" and a <dl> row: the name read in its order, the title without it
    russian = """<div class="heading"><h1>Зимний сад | Петрова Анна Сергеевна</h1></div>
<div class="chars"><dl><dt>Автор</dt><dd><a href="#">Петрова Анна Сергеевна</a></dd></dl><dl><dt>Издательство</dt><dd>Полка</dd></dl></div>"""
    book = from_author_link(lxml_html.fromstring(record_page(russian)))
    assert (book.title, book.author) == ("Зимний сад", "Анна Петрова")
    # near miss: a theme's inline "yazar" (by) before the blogger's link, no colon, is a byline, not a record's label
    byline = """<h1>Kış bahçesi üzerine</h1><div class="meta"><span class="meta_text">yazar</span> <a href="/author/deniz/">Deniz Kara</a></div>"""
    found = from_author_link(lxml_html.fromstring(record_page(byline)))
    assert found is None or found.source != "record"


def test_a_link_searching_the_catalogue_for_the_author_names_the_record_s_author():
    header = """<h1 class="product-main__title">Zimowy ogród</h1>
<div class="product-main__meta"><a href="/szukaj/produkt?author=nowak-zielinska+anna">Anna Nowak-Zielińska</a></div>
<div class="product-main__format">Okładka miękka · Wydawnictwo Polne · 2023 · 352 str.</div>"""
    book = from_author_link(lxml_html.fromstring(record_page(header)))
    assert (book.title, book.author, book.source) == ("Zimowy ogród", "Anna Nowak-Zielińska", "record")
    # near miss: a search for someone else's name, or one word only, is no author's link
    other = header.replace("nowak-zielinska+anna", "kowalski+jan")
    assert from_author_link(lxml_html.fromstring(record_page(other))) is None
    # and a book record's page is not a listing for a search word in its URL
    record = extract_page(record_page(header), "https://shop.example.pl/itempage.aspx?id=77&search=books")
    assert record.kind == "review", record.reason


def test_a_search_link_by_a_plural_author_parameter_names_the_record_s_author():
    # a shop's search "?authors=…" (plural, as "?author=…"), in Swedish and Spanish headers
    swedish = """<h1 class="item__title">Vinterträdgården</h1>
<p class="item__by">av <a href="/sok.cgi?authors=Lina%20Berg%20Holm">Lina Berg Holm</a></p><p>Inbunden, 2024</p>"""
    book = from_author_link(lxml_html.fromstring(record_page(swedish)))
    assert (book.title, book.author, book.source) == ("Vinterträdgården", "Lina Berg Holm", "record")
    spanish = """<h1 class="ficha__titulo">El jardín de invierno</h1>
<div class="ficha__meta">de <a href="/buscar?autores=Marta+Llull+Vidal">Marta Llull Vidal</a></div>"""
    book = from_author_link(lxml_html.fromstring(record_page(spanish)))
    assert (book.title, book.author, book.source) == ("El jardín de invierno", "Marta Llull Vidal", "record")
    # near misses: a search for another name, and a parameter that only ends in "authors" ("coauthors") are no author's link
    other = swedish.replace("Lina%20Berg%20Holm", "Per%20Ek")
    assert from_author_link(lxml_html.fromstring(record_page(other))) is None
    co = swedish.replace("?authors=", "?coauthors=")
    found = from_author_link(lxml_html.fromstring(record_page(co)))
    assert found is None or found.source != "record"


def test_a_shop_header_s_author_value_after_its_label_element_without_a_link():
    vietnamese = """<h1>Rừng Tràm Xanh (Tái Bản 2025)</h1>
<div class="meta"><div class="supplier"><span>Nhà xuất bản:</span> <a href="#">NXB Sông Hậu</a></div>
<div class="writer"><span>Tác giả:</span> <span>Lâm Thị Hồng</span></div></div>"""
    book = from_author_link(lxml_html.fromstring(record_page(vietnamese)))
    assert (book.title, book.author, book.source) == ("Rừng Tràm Xanh", "Lâm Thị Hồng", "record")
    german = """<h1>Der stille Hafen</h1><dl class="facts"><dt>Autor:</dt><dd>Jakob Brandauer</dd><dt>Verlag:</dt><dd>Möwe</dd></dl>"""
    book = from_author_link(lxml_html.fromstring(record_page(german)))
    assert (book.title, book.author, book.source) == ("Der stille Hafen", "Jakob Brandauer", "record")
    # near misses: a publisher's label before the value; a label without its colon; a post's byline with its date
    publisher = vietnamese.replace("Tác giả:", "Hình thức bìa:")
    assert from_author_link(lxml_html.fromstring(record_page(publisher))) is None
    bare = german.replace("Autor:", "Autor")
    assert from_author_link(lxml_html.fromstring(record_page(bare))) is None
    byline = """<h1>Ein Abend am Hafen</h1><p class="meta"><time>12.03.2026</time> <span>Autor:</span> <span>Lena Vogt</span></p>"""
    found = from_author_link(lxml_html.fromstring(record_page(byline)))
    assert found is None or found.source != "record"


def test_a_book_cards_credit_of_several_people_gives_its_writer():
    from scraper.extract.bookld import _credited
    assert _credited("W・G・ゼーバルト 著 ／ 鈴木仁子 訳") == "W・G・ゼーバルト"  # (the nakaguro inside a name stays)
    assert _credited("한강 지음 · 김민수 옮김") == "한강"
    assert _credited("余华 著，白睿文 译") == "余华"
    # near misses: a name without roles, an inverted name, two writers
    assert _credited("Jane Doe") == "Jane Doe" and _credited("Doe, Jane") == "Doe, Jane"
    assert _credited("山田花子 著 ／ 山田太郎 著") == "山田花子 著 ／ 山田太郎 著"
    card = """<div class="book-data"><p class="book-title">潮の家</p><p class="book-author">山本千尋 著 ／ 佐藤一 訳</p></div>"""
    book = from_card(lxml_html.fromstring(f"<html><body><main>{card}<p>本文。</p></main></body></html>"))
    assert (book.title, book.author) == ("潮の家", "山本千尋")
