"""recordcaption.names_book, narrowed (rev34f): a record caption whose title the text says only in lower case ("a
morning sun") is the post's book only when the caption closes on its house or edition in brackets ("(Harbour
Press)", "(edición de bolsillo)"), not a museum's; a bare "T, by A" / "T, de A" / "T, di A" is as likely a painting's
credit, and goes as the base did."""

from __future__ import annotations

from scraper.extract import extract_page


def _body(lang: str, paragraphs: list[str], caption: str) -> str:
    figure = (f'<figure class="wp-block-image"><img src="/img/photo9.jpg" alt=""><figcaption class="wp-element-caption">{caption}</figcaption>'
              '</figure>')
    body = f"<p>{paragraphs[0]}</p>" + figure + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Review: Evening Rooms by Ana Ruiz</title></head><body>'
            f'<article class="post"><h1>Review: Evening Rooms by Ana Ruiz</h1><div class="entry-content">{body}</div></article></body></html>')
    return extract_page(html, f"https://blog.example.net/{lang}/review/").body_text


EN = ["I read this in one sitting on a grey Sunday. The heroine sits each evening in the blue hour by her window, "
      "watching the street lamps come on, and waits for a letter that never comes.",
      "Ana Ruiz has said the book began with a painting by Lars Holm, and you can feel it in every room she describes. "
      "Holm's quiet interiors are all over these pages.",
      "The middle is slow, but the last chapter is perfect. A small, beautiful book."]
IT = ["Ho letto questo romanzo in una domenica di pioggia. La protagonista passeggia ogni sera lungo il molo vecchio "
      "di Trieste, e aspetta una lettera che non arriva.",
      "Ana Ruiz racconta che il libro è nato da un quadro di Carlo Neri, e si sente: la luce, il mare, le figure "
      "sole. Neri è in ogni pagina.",
      "La parte centrale rallenta, ma il finale è bellissimo."]
DE = ["Ich habe den Roman an einem Regensonntag gelesen. Die Heldin sitzt jeden Abend am alten hafen von Kiel und "
      "wartet auf einen Brief, der nie kommt.",
      "Ana Ruiz erzählt, das Buch sei aus einem Gemälde von Karl Brandt entstanden, und man spürt es: Brandts "
      "stille Häfen sind überall.",
      "Der Mittelteil zieht sich, aber das Ende ist wunderbar."]


def test_a_paintings_credit_is_no_record():
    for lang, paragraphs, caption in (("en", EN, "The Blue Hour, by Lars Holm"),
                                      ("it", IT, "Il molo vecchio, di Carlo Neri"),
                                      ("de", DE, "Am alten Hafen, von Karl Brandt"),
                                      ("en", EN, "The Blue Hour, by Lars Holm (National Museum)")):
        body = _body(lang, paragraphs, caption)
        assert caption not in body, (caption, body)
        assert paragraphs[1] in body


def test_a_housed_record_said_in_lower_case_stays():
    en = ["I read this in one sitting. The salt marsh of the title is the heroine's whole world, and Ana Ruiz "
          "makes every creek of it feel alive.", "Ruiz writes birds and weather with real patience.",
          "A small, beautiful book."]
    es = ["Leí esta novela en una tarde. La casa del faro es el único mundo de la protagonista, y Ana Ruiz lo "
          "describe con una paciencia enorme.", "Ruiz escribe el mar como pocos.", "Un libro pequeño y precioso."]
    for lang, paragraphs, caption in (("en", en, "The Salt Marsh, by Ana Ruiz (Harbour Press)"),
                                      ("es", es, "La casa del faro, de Ana Ruiz (edición de bolsillo)")):
        body = _body(lang, paragraphs, caption)
        assert caption in body, (caption, body)
