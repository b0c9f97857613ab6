"""The post's tail and a few engines' own lines (holdout30 round, helper BODY3B), in our own words and markup, with near
misses: the writer's subscription ask among the last lines (tailasks), a landing page's pointer to its PDF (tailasks),
an Open Journal Systems article's record items (journalpage), the date of Pandoc's title block (platforms)."""

from __future__ import annotations

from scraper.extract import extract_page

# a review's paragraphs, in German and in Spanish (made-up books)
_DE = ("<p>Der Roman erzählt von einer Fährfrau am Fluss, die jeden Abend die Lichter der anderen Seite zählt. Die Autorin "
       "lässt sich Zeit, und gerade das trägt das Buch über seine dreihundert Seiten, ohne dass es je langweilig wird.</p>"
       "<p>Schwächer sind die Rückblenden in die Kindheit der Heldin, die wenig erzählen, was wir nicht schon ahnen. Trotzdem "
       "habe ich es in zwei Abenden gelesen und denke noch oft an die letzte Überfahrt im Nebel.</p>")
_ES = ("<p>La novela sigue a una cartera que reparte el correo en un pueblo de montaña donde ya casi nadie escribe cartas. "
       "La autora escribe con frases cortas y mucho humor, y cada capítulo es una casa distinta con su propio secreto.</p>"
       "<p>Me sobró el último tercio, que se acelera sin necesidad, pero el retrato del pueblo en invierno es de lo mejor que "
       "he leído este año y lo recomiendo a quien busque una lectura tranquila.</p>")


def _page(article: str, lang: str = "de", title: str = "Die Fährfrau | Flussleser", after: str = "") -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<header><a href="/">Flussleser</a></header><main><article><h1>{title.split(" | ")[0]}</h1>'
            f'<div class="post-content">{article}</div></article>{after}</main></body></html>').encode()


def _body(html: bytes, url: str = "https://flussleser.example.de/2026/12/faehrfrau/") -> str:
    return extract_page(html, url).body_text


def test_subscription_ask_closing_the_post_goes_de():
    line = '<p><a href="/newsletter">Abonniert den Newsletter</a> und lest neue Besprechungen einmal im Monat.</p>'
    body = _body(_page(_DE + line))
    assert "Abonniert den Newsletter" not in body and "letzte Überfahrt im Nebel" in body


def test_subscription_ask_beside_a_removed_plea_goes_es():
    line = ('<p>Mando todas estas reseñas también por correo en mi boletín, <a href="https://carta.example.es">La Carta '
            'Lenta</a>: suscríbete si las quieres recibir.</p>')
    plea = '<p>Sígueme aquí para más novelas pequeñas y raras.</p>'
    body = _body(_page(_ES + line + plea, "es", "La cartera | Carta Lenta"), "https://carta.example.es/resenas/la-cartera/")
    assert "suscríbete" not in body and "Sígueme aquí" not in body and "lectura tranquila" in body


def test_newsletter_named_in_a_link_of_its_own_goes_en():
    line = '<p>Every review here goes out in <a href="/newsletter/">my newsletter</a> first, once a month.</p>'
    body = _body(_page(_DE + line))
    assert "my newsletter" not in body


def test_newsletter_in_the_review_without_a_link_stays_en():
    line = "<p>Its heroine writes a newsletter for the ferry's passengers, which I would subscribe to myself.</p>"
    body = _body(_page(_DE + line))
    assert "writes a newsletter for the ferry" in body


def test_subscription_ask_before_more_review_prose_stays_de():
    line = '<p><a href="/newsletter">Abonniert den Newsletter</a>, dann verpasst ihr nichts.</p>'
    more = ("<p>Zurück zum Buch: Die Übersetzung ins Englische ist angekündigt, und ich bin gespannt, wie der Dialekt der "
            "Fährleute dort klingen wird, denn gerade der macht einen großen Teil des Reizes dieses Romans aus.</p>")
    body = _body(_page(_DE + line + more))
    assert "Abonniert den Newsletter" in body


def test_link_without_a_subscription_word_stays_es():
    line = '<p>Si te gustó, lee después <a href="/resenas/el-faro/">El faro</a>, de la misma autora.</p>'
    body = _body(_page(_ES + line, "es", "La cartera | Carta Lenta"), "https://carta.example.es/resenas/la-cartera/")
    assert "lee después El faro" in body


_PDF_LINK = '<div class="downloads"><a class="file pdf" href="/files/4410/download">PDF</a></div>'


def test_pointer_to_the_linked_pdf_goes_pt():
    line = "<p>O texto completo da resenha pode ser baixado em PDF logo abaixo.</p>"
    body = _body(_page(_ES + line, "pt", "Resenha | Revista", after=_PDF_LINK))
    assert "baixado em PDF" not in body and "lectura tranquila" in body


def test_pointer_to_the_linked_pdf_goes_en():
    line = '<p>The full review with its notes is available as a PDF (see the download link).</p>'
    after = '<p class="files"><a href="/media/review-4410.pdf">Download the full text</a></p>'
    body = _body(_page(_DE + line, "en", "Review | Journal", after=after))
    assert "available as a PDF" not in body


def test_format_named_without_a_link_to_it_stays_en():
    line = "<p>I read it as an EPUB on my phone, on the ferry, which felt right.</p>"
    body = _body(_page(_DE + line, "en", after=_PDF_LINK))
    assert "I read it as an EPUB" in body


def test_free_copy_sent_as_a_pdf_stays_a_note_en():
    line = "<p><em>The publisher sent me a review copy as a PDF, free of charge.</em></p>"
    record = extract_page(_page(_DE + line, "en", "Review | Journal", after=_PDF_LINK), "https://j.example.org/r/1")
    assert "review copy as a PDF" in record.body_text and record.disclosure is not None


def _ojs(items: str) -> bytes:
    return ('<html lang="es"><head><meta charset="utf-8"><title>Reseña: La cartera | Revista de Letras</title></head>'
            '<body class="pkp_page_article"><div class="pkp_structure_main"><div class="page page_article">'
            '<article class="obj_article_details"><h1 class="page_title">Reseña: La cartera</h1><div class="row">'
            f'<div class="main_entry">{items}</div><div class="entry_details"><div class="item galleys"><ul>'
            '<li><a class="obj_galley_link pdf" href="/index.php/rl/article/view/88/120">PDF</a></li></ul></div>'
            '<div class="item published"><h2 class="label">Publicado</h2><span>2026-10-01</span></div></div>'
            '</div></article></div></div></body></html>').encode()


_OJS_ITEMS = ('<section class="item authors"><ul class="authors"><li><span class="name">Lucía Prado</span> '
              '<span class="affiliation">Universidad de Ejemplo</span></li></ul></section>'
              '<section class="item doi"><h2 class="label">DOI:</h2> <span class="value">https://doi.org/10.0000/rl.88</span></section>'
              '<section class="item keywords"><h2 class="label">Palabras clave:</h2> <span class="value">novela, correo, montaña</span></section>'
              f'<section class="item abstract"><h2 class="label">Resumen</h2>{_ES}</section>'
              '<section class="item references"><h2 class="label">Referencias</h2><div class="value">'
              '<p>Prado, L. (2024). Cartas de invierno. Madrid: Editorial Ejemplo.</p></div></section>'
              '<section class="item views"><h2 class="label">Visitas</h2><p>Resumen visto: 88 veces</p></section>')


def test_ojs_record_items_go_abstract_and_references_stay_es():
    body = _body(_ojs(_OJS_ITEMS), "https://revista.example.edu/index.php/rl/article/view/88")
    assert "lectura tranquila" in body and "Cartas de invierno" in body
    for gone in ("Palabras clave", "novela, correo, montaña", "doi.org", "Universidad de Ejemplo", "Resumen visto",
                 "Referencias", "Publicado"):
        assert gone not in body


def test_main_entry_outside_an_ojs_article_is_left_alone():
    page = ('<html lang="es"><head><title>La cartera | Blog</title></head><body><main><div class="main_entry">'
            f'<section class="item intro"><p>Una nota breve antes de la reseña, sobre cómo llegó el libro.</p></section>'
            f'{_ES}</div></main></body></html>').encode()
    assert "Una nota breve antes de la reseña" in _body(page, "https://blog.example.es/la-cartera/")


def _pandoc(header: str) -> bytes:
    return ('<html lang="nl"><head><meta charset="utf-8"><title>De veerpont</title></head><body>'
            f'<header id="title-block-header"><h1 class="title">De veerpont</h1>{header}</header>'
            '<p>Een roman over een veerman die elke avond de lichten aan de overkant telt. De schrijfster neemt haar tijd, '
            'en juist dat draagt het boek over driehonderd bladzijden zonder dat het ooit saai wordt.</p>'
            '<p>Zwakker zijn de terugblikken op de jeugd van de held, maar ik las het in twee avonden en denk nog vaak '
            'aan de laatste overtocht in de mist, toen niemand meer iets zei.</p></body></html>').encode()


def test_pandoc_title_block_date_goes_alone_nl():
    record = extract_page(_pandoc('<p class="subtitle">Een stille roman over het water</p><p class="date">3 december 2026</p>'),
                          "https://notities.example.nl/veerpont.html")
    assert "3 december 2026" not in record.body_text and "laatste overtocht in de mist" in record.body_text
    assert any(r["text"] == "3 december 2026" for r in record.removed)  # the date alone, not the title block with it


def test_date_in_the_text_of_a_pandoc_page_stays_nl():
    record = extract_page(_pandoc('<p class="date">3 december 2026</p>').replace(
        b"toen niemand meer iets zei.</p>", b"toen niemand meer iets zei.</p><p class=\"date\">Gelezen op 1 december 2026 "
        b"in de trein naar huis, met koude handen.</p>"), "https://notities.example.nl/veerpont.html")
    assert "Gelezen op 1 december 2026" in record.body_text


# a closing plea for a shop or a seller's stall (pleas.SITE_KIND's shops): a buyer's review on a marketplace
_VI = ("<p>Mua tặng em gái mười tuổi, nhưng chị đọc trước cả tuần. Truyện kể về một cậu bé nuôi chim bồ câu trên sân thượng "
       "giữa lòng thành phố, lời văn nhẹ nhàng, tranh minh họa dễ thương, và đoạn cuối làm mình rưng rưng thật sự.</p>"
       "<p>Trừ một sao vì giấy hơi mỏng và bìa bị cong góc khi giao đến. Nhìn chung vẫn rất đáng mua cho thiếu nhi.</p>")


def _shop(lines: str, lang: str = "vi") -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Chim bồ câu trên mái nhà | Chợ Sách</title></head><body>'
            f'<main><div class="product"><h1>Chim bồ câu trên mái nhà</h1></div><div class="review-list"><div class="review">'
            f'<div class="review__content">{lines}</div></div></div></main></body></html>').encode()


def test_closing_plea_for_the_sellers_stall_goes_vi():
    body = _body(_shop(_VI + "<p>Cả nhà ghé cửa hàng ủng hộ nhà sách Hoa Mai nha, đóng gói kỹ lắm 😊</p>"),
                 "https://chosach.example.vn/chim-bo-cau-p123.html")
    assert "ghé cửa hàng" not in body and "đáng mua cho thiếu nhi" in body


def test_closing_plea_for_the_shop_goes_ru():
    body = _body(_shop(_VI + "<p>Поддержите магазин, они отправили книгу за один день 🙏</p>", "ru"),
                 "https://chosach.example.vn/chim-bo-cau-p123.html")
    assert "Поддержите магазин" not in body


def test_shop_named_without_an_ask_stays_vi():
    body = _body(_shop(_VI + "<p>Mình mua ở cửa hàng gần trường, giá rẻ hơn trên mạng một chút 😊</p>"),
                 "https://chosach.example.vn/chim-bo-cau-p123.html")
    assert "Mình mua ở cửa hàng gần trường" in body
