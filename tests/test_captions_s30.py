"""A picture's caption that is the reviewer's own line stays in the body (figures.keep_figure_text):

- a short sentence (five to seven words) naming someone or somewhere the review names again ("A cold morning at Ferris's
  lighthouse."), no credit's word in it; near misses: a credit ("Photo by Ann Lee."), a short line naming nobody the
  review names, a credit naming the publisher the review names ("Cover image courtesy of Harlow Press.");
- the book's record "T, by A (House)" whose title the text says again in its own case ("the salt road" for "The Salt
  Road"); near miss: a photo's place and its photographer, named nowhere in the text;
- an editor's photo component, the picture's box and one box beside it that its class calls the caption (Naver's
  SmartEditor and page builders): the caption line is kept; near miss: a credit in that box.
"""

from __future__ import annotations

from scraper.extract import extract_page


def _post(lang: str, title: str, html: str) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{html}'
            '</div></article><div class="comments"><h3>Comments</h3></div></body></html>')


def _figure(caption: str, src: str = "/img/shelf-photo.jpg", classes: str = "wp-block-image") -> str:
    return (f'<figure class="{classes}"><img src="{src}" alt=""><figcaption class="wp-element-caption">{caption}'
            '</figcaption></figure>')


def _body(lang: str, title: str, paragraphs: list[str], figure: str, at: int = 1) -> str:
    parts = [f"<p>{p}</p>" for p in paragraphs]
    parts.insert(at, figure)
    return extract_page(_post(lang, title, "".join(parts)), f"https://blog.example.org/{lang}/post/").body_text


EN = [
    "Nora Ferris's second novel follows a lighthouse keeper's daughter through one long winter on a northern island, "
    "where the supply boat comes twice a month and the radio works when it likes.",
    "Ferris writes weather better than almost anyone I have read this year. The storms are not scenery: they decide "
    "who eats, who sleeps and who speaks to whom, and the book's quiet violence comes from them.",
    "The ending is abrupt, and a subplot about a missing letter never earns its pages, but I closed the book wanting "
    "to go back to the island at once.",
]
FR = [
    "Le deuxième roman de Léa Marchal suit une famille de pêcheurs de Douarnenez pendant l'hiver où la conserverie "
    "ferme ses portes, et chacun doit choisir entre partir et rester.",
    "Marchal a une oreille rare pour les dialogues : on entend les voix, les silences, les disputes à table. "
    "Le port lui-même devient un personnage, et Douarnenez n'a jamais paru aussi vivant.",
    "Quelques chapitres traînent au milieu, mais la dernière partie est bouleversante et je l'ai lue d'une traite.",
]
DE = [
    "Jonas Brandt erzählt in seinem neuen Roman von einer Fähre zwischen Rügen und Bornholm, die im Herbst 1989 "
    "plötzlich nicht mehr fährt, und von den Menschen, die an Bord festsitzen.",
    "Brandt schreibt knapp und genau. Jede Figur bekommt ihren eigenen Ton, und das Schiff wird zu einem kleinen Staat "
    "mit eigenen Regeln, Gerüchten und Machtkämpfen.",
    "Das Ende kam mir zu schnell, aber ich habe das Buch an zwei Abenden gelesen und denke immer noch daran.",
]


def test_a_short_caption_naming_whom_the_review_names_is_kept():
    cases = [
        ("en", EN, "A cold morning at Ferris's lighthouse."),
        ("fr", FR, "Le port de Douarnenez, un soir d'hiver."),
        ("de", DE, "Meine Ausgabe, neben Brandts Notizbuch."),
    ]
    for lang, paragraphs, caption in cases:
        body = _body(lang, "A review", paragraphs, _figure(caption))
        assert caption in body, (lang, body)


def test_a_credit_or_a_caption_naming_no_one_of_the_review_goes():
    for caption in ("Photo by Ann Lee on a pier.", "Cover image courtesy of Ferris Books.", "Tea and a blanket, at last."):
        body = _body("en", "A review", EN, _figure(caption))
        assert caption not in body, (caption, body)
    # the review's own paragraphs stay whole beside the figure
    assert EN[1] in _body("en", "A review", EN, _figure("Photo by Ann Lee on a pier."))


def test_a_record_caption_whose_title_the_text_says_in_lower_case_is_kept():
    es = ["Vuelvo a esta novela cada pocos años y siempre encuentro algo nuevo. Esta vez fue el humor: "
          "Lucía Ferrán escribe la tristeza con una ironía que antes no había visto.",
          "La protagonista vuelve a la casa del puerto después de la muerte de su madre, y el pueblo entero parece "
          "esperar que se vaya otra vez. Ferrán no le concede ningún alivio fácil.",
          "Es una novela breve, pero deja una huella larga."]
    en = ["I picked this up on a whim at a station bookstall and finished it before my train reached the "
          "coast. Maren Holt has written a strange, tender book.",
          "Its heroine walks the salt road from the mines to the sea with her brother's ashes, and Holt makes every "
          "mile of it feel earned; the road itself is the book's real subject.",
          "A few chapters repeat themselves, but I will read whatever Holt writes next."]
    pt = ["Reli este romance neste outono e gostei ainda mais do que da primeira vez. Inês Valadares tem uma "
          "paciência rara com as suas personagens.",
          "Um velho faroleiro recebe a visita da neta que não vê há vinte anos, e o farol apagado da ilha torna-se o "
          "lugar de todas as conversas que os dois evitaram. Valadares escreve com uma calma que engana.",
          "É um livro curto, mas demora a sair da cabeça."]
    cases = [("es", es, "<em>La casa del puerto</em>, de Lucía Ferrán (edición de bolsillo)."),
             ("en", en, "<em>The Salt Road</em>, by Maren Holt (Harlow Press)"),
             ("pt", pt, "<em>O Farol Apagado</em>, de Inês Valadares (Tinta Azul)")]
    for lang, paragraphs, caption in cases:
        text = caption.replace("<em>", "").replace("</em>", "")
        body = _body(lang, "Una reseña", paragraphs, _figure(caption, src="/img/photo1.jpg"), at=0)
        assert text in body, (lang, body)


def test_a_photographers_credit_shaped_as_a_record_goes():
    caption = "The Old Harbour, by Jan Berg (Nordlys)"
    body = _body("en", "A review", EN, _figure(caption, src="/img/photo1.jpg"), at=0)
    assert caption not in body


def _component(image: str, other: str) -> str:
    return (f'<div class="se-component se-image"><div class="se-module se-module-image">{image}</div>'
            f'{other}</div>')


def test_a_caption_box_beside_a_picture_box_is_kept():
    cases = [
        ("ko", "박서윤 장편소설 『바다의 시간』, 한빛출판",
         ["오랜만에 박서윤의 장편을 읽었다. 바닷가 마을에서 자란 세 자매가 어머니의 장례식을 치르기 위해 다시 모이는 이야기다.",
          "박서윤은 인물들의 침묵을 정말 잘 쓴다. 말하지 않은 것들이 페이지마다 쌓여서 마지막 장에서 한꺼번에 무너진다.",
          "조금 느리게 시작하지만 끝까지 읽을 가치가 충분한 소설이다."]),
        ("en", "My copy, next to the garden gate.", EN),
        ("de", "Meine Ausgabe auf dem Balkon.", DE),
    ]
    for lang, caption, paragraphs in cases:
        figure = _component('<img src="/img/p1.jpg" alt="">',
                            f'<div class="se-module se-module-text se-caption"><p class="se-text-paragraph">'
                            f'<span>{caption}</span></p></div>')
        body = _body(lang, "Review", paragraphs, figure, at=0)
        assert caption in body, (lang, body)


def test_a_credit_in_a_caption_box_beside_a_picture_goes():
    figure = _component('<img src="/img/p1.jpg" alt="">',
                        '<div class="se-module se-module-text se-caption"><p>A pier at dawn. (Photo: Ann Lee)</p></div>')
    body = _body("en", "Review", EN, figure, at=0)
    assert "Ann Lee" not in body
    assert EN[0] in body


def test_a_credit_box_a_class_calls_a_credit_goes():
    figure = ('<div class="bucketwrap image"><div class="imagewrap"><img src="/img/cover.jpg" alt=""></div>'
              '<div class="credit-caption"><span class="credit">Harbour House Books</span></div></div>')
    body = _body("en", "Review", EN, figure, at=0)
    assert "Harbour House Books" not in body
    assert EN[0] in body
