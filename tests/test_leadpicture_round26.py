"""The article's lead picture (scraper/extract/leadpicture.py), on pages of our own words and markup.

A magazine's or a newspaper's article: header (rubric, headline, byline), then a lead picture with its caption (and a
photographer's credit), then the box of the text. The caption is the desk's, not the review's, and goes; a picture
the reviewer set inside the text's box, at its top or between paragraphs, stays with its caption, and so does a book
card of several lines (the review's record) before the text.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.leadpicture import lead_pictures

ES = ["La novela sigue a una farera jubilada que vuelve a la isla donde creció para vaciar la casa de su madre, y en cada cajón encuentra una carta que nunca fue enviada.",
      "La autora escribe el viento y la sal con una precisión que da frío, y los capítulos cortos se leen como mareas que van y vienen sin prisa ninguna.",
      "Me sobró algo de la parte central, donde las cartas se repiten demasiado, pero el final, sobrio y sin trampas, compensa con creces la espera.",
      "Es un libro para leer despacio, con la ventana abierta, y para volver a él dentro de unos años con otra mirada."]
KO = ["이 소설은 바닷가 마을의 작은 여관을 물려받은 자매가 겨울 한철을 함께 보내며 오래된 오해를 하나씩 풀어 가는 이야기다. 사건은 거의 없지만 문장마다 파도 소리가 들린다.",
      "작가는 음식과 날씨를 묘사하는 데 탁월하다. 자매가 새벽에 함께 굴을 까는 장면은 이 책에서 가장 아름다운 대목이었고, 읽는 동안 나도 모르게 손끝이 시렸다.",
      "중반부는 조금 늘어지고 회상이 지나치게 많다는 아쉬움이 있다. 그래도 마지막 장을 덮고 나서 한참 동안 창밖을 바라보게 만드는 힘이 있는 책이다.",
      "천천히 읽을 수 있는 겨울밤에 권하고 싶다."]


def _magazine(review: list[str], caption: str, *, lang: str, figure: bool = True, header: str = "") -> str:
    picture = (f"<figure class='lead-media'><img src='/img/harbour.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
               if figure else f"<div class='photo'><img src='/img/harbour.jpg' alt=''><p class='legend'>{caption}</p></div>")
    body = "".join(f"<p>{t}</p>" for t in review)
    return (f"<html lang='{lang}'><head><title>Mareas | Revista Ola</title></head><body>"
            "<nav><a href='/'>Inicio</a> <a href='/libros'>Libros</a></nav>"
            f"<div id='main'><div class='story-head'><h1>Mareas de invierno</h1>{header}</div>"
            f"{picture}<div class='story-text'>{body}</div></div>"
            "<footer><p>Revista Ola 2026</p></footer></body></html>")


def test_a_lead_figure_caption_between_header_and_text_goes():
    for review, caption, lang in ((ES, "El puerto de la isla en enero. Foto: Archivo Ola", "es"),
                                  (KO, "겨울 바닷가 마을의 풍경. 사진: 편집부", "ko")):
        record = extract_page(_magazine(review, caption, lang=lang), "https://ola.example/libros/mareas")
        assert caption not in record.body_text and "Foto" not in record.body_text
        assert all(t in record.body_text for t in review), record.body_text


def test_a_lead_photo_box_without_figure_goes_too():
    for caption in ("Portada de la nueva edición. Foto: Editorial Faro", "새 판본의 표지. 사진 제공: 바다출판"):
        record = extract_page(_magazine(ES, caption, lang="es", figure=False,
                                        header="<p class='lead'>Una novela de cartas y mareas.</p>"),
                              "https://ola.example/libros/mareas")
        assert caption not in record.body_text
        assert all(t in record.body_text for t in ES)


def test_a_credit_in_an_element_of_its_own_marks_the_caption():
    for caption in ("El puerto en enero <span class='credit'>Archivo Ola</span>", "겨울 항구 <small>사진: 김하늘 기자</small>"):
        record = extract_page(_magazine(ES, caption, lang="es"), "https://ola.example/libros/mareas")
        assert "Archivo Ola" not in record.body_text and "김하늘" not in record.body_text
        assert all(t in record.body_text for t in ES)


def test_a_featured_picture_captioned_without_a_credit_stays():
    # a blog's featured picture over the post, captioned by the blogger (a line of theirs, or the book's record)
    for caption in ("Mi ejemplar de segunda mano, con una dedicatoria a lápiz", "Lucía Ferrer, «Mareas de invierno», Editorial Faro",
                    "헌책방에서 산 내 책, 첫 장에 누군가의 메모가 있다"):
        record = extract_page(_magazine(ES, caption, lang="es"), "https://ola.example/libros/mareas")
        assert caption in record.body_text, record.body_text


def test_a_caption_that_is_a_label_and_its_value_is_no_credit():
    # "The new edition's cover: <author>, <title>": a label opening the whole caption, no sentence before it
    caption = "Portada de la nueva edición: Lucía Ferrer, Mareas de invierno"
    record = extract_page(_magazine(ES, caption, lang="es"), "https://ola.example/libros/mareas")
    assert caption in record.body_text


def _root(inner: str):
    return lxml.html.fromstring(f"<html><body><div class='entry'>{inner}</div></body></html>").cssselect(".entry")[0]


def test_a_picture_at_the_top_of_the_text_box_stays():
    # the body is the text's box itself: the reviewer's photo, its paragraphs right after it as siblings
    for review, caption in ((ES, "Mi ejemplar, con las esquinas dobladas"), (KO, "내가 산 책, 모서리가 접혀 있다")):
        body = _root(f"<figure><img src='/copy.jpg'><figcaption>{caption}. Foto: Ana</figcaption></figure>" + "".join(f"<p>{t}</p>" for t in review))
        assert lead_pictures(body) == []


def test_a_picture_after_the_text_has_begun_stays():
    body = _root(f"<div class='a'><p>{ES[0]}</p></div><figure><img src='/x.jpg'><figcaption>El faro al amanecer. Foto: Ana</figcaption></figure>"
                 f"<div class='b'>{''.join(f'<p>{t}</p>' for t in ES[1:])}</div>")
    assert lead_pictures(body) == []


def test_a_book_card_of_several_lines_before_the_text_stays():
    for lines in (("Mareas de invierno", "Lucía Ferrer", "Editorial Faro, 2026, 280 págs."),
                  ("겨울의 바다", "한소영 지음", "바다출판, 2026, 312쪽")):
        card = "<div class='book'><img src='/cover.jpg'>" + "".join(f"<p>{t}</p>" for t in lines) + "</div>"
        body = _root(card + "<div class='text'>" + "".join(f"<p>{t}</p>" for t in ES) + "</div>")
        assert lead_pictures(body) == []


def test_a_long_caption_is_no_lead_picture():
    # a picture box holding a paragraph of prose is the reviewer's text set beside an image, not a caption
    long = " ".join(ES[:2])
    body = _root(f"<figure><img src='/x.jpg'><figcaption>{long}</figcaption></figure>"
                 "<div class='text'>" + "".join(f"<p>{t}</p>" for t in KO) + "</div>")
    assert lead_pictures(body) == []


def test_a_photo_credited_to_the_writer_named_on_the_page_stays():
    # a reader-blog's featured picture, credited to the blogger, whose name the header gives too: their own photo
    for name, caption in (("Lucía Ferrer", "Mi ejemplar de bolsillo <span class='photo-credit'>Foto: Lucía Ferrer</span>"),
                          ("한소영", "내 책장의 오래된 판본 <span class='photo-credit'>사진: 한소영</span>")):
        page = _magazine(ES, caption, lang="es", header=f"<div class='writer'>{name}</div>")
        record = extract_page(page, "https://ola.example/libros/mareas")
        assert caption.split(" <")[0] in record.body_text, record.body_text
