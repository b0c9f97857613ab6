"""ifpost.IF_POST_MORE: the conditional ask whose condition names the blog itself as what pleased the reader ("If you
like this blog, share it with a friend", "Si te gusta el blog, compártelo", "Wenn dir mein Blog gefällt, teilt ihn",
"Если вам нравится мой блог, поделитесь им"): the site, not a book, so a closing line asking then to share, follow or
support is the site's plea (``ifhelped``). Invented lines and pages in our own words.

Near misses: a reviewer's "if you liked her first novel, read this one", a line about a character's blog.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.ifpost import IF_POST_MORE

ASKS = ("If you like this blog, share it with a friend.", "Si te gusta el blog, compártelo con tus amigos.",
        "Wenn dir mein Blog gefällt, teilt ihn gern.", "Если вам нравится мой блог, поделитесь им с друзьями.",
        "Jeśli podoba ci się mój blog, udostępnij go znajomym.", "Se ti piace questo blog, condividilo.",
        "Pokud se vám můj blog líbí, sdílejte ho.", "Bu blogu beğendiyseniz arkadaşlarınızla paylaşın.")
STORY = ("If you liked her first novel, this one is even better.", "Si te gustó su primera novela, lee esta.",
         "Her blog about the war is the heart of the novel.", "Если вам нравится её проза, читайте и эту книгу.")


def test_blog_condition():
    for text in ASKS:
        assert IF_POST_MORE.search(text), text
    for text in STORY:
        assert not IF_POST_MORE.search(text), text


ES = ("<p>La novela sigue a una farera que vive sola en una isla del norte y que un invierno recibe cartas de un "
      "desconocido. Cada capítulo abre con una carta, y poco a poco la isla entera entra en la historia.</p>"
      "<p>La prosa es sobria y precisa, y el final me dejó pensando varios días. No es un libro rápido, pero sí uno "
      "que recompensa la paciencia del lector que se deja llevar por su ritmo lento.</p>")
DE = ("<p>Der Roman folgt einer Leuchtturmwärterin, die allein auf einer Nordseeinsel lebt und eines Winters Briefe "
      "von einem Fremden bekommt. Jedes Kapitel beginnt mit einem Brief.</p><p>Die Sprache ist nüchtern und genau, "
      "und das Ende hat mich tagelang beschäftigt. Kein schnelles Buch, aber eines, das Geduld belohnt.</p>")


def _page(lang: str, body: str, last: str) -> str:
    return (f"<html lang='{lang}'><head><title>Reseña</title></head><body><header><a href='/'>Blog</a></header>"
            f"<article><h1>Reseña</h1><div class='post-body'>{body}<p>{last}</p></div></article></body></html>")


def test_closing_blog_ask_leaves_the_body():
    for lang, body, last in (("es", ES, "Si te gusta el blog, compártelo con tus amigos, me ayuda mucho."),
                             ("de", DE, "Wenn dir mein Blog gefällt, teilt ihn mit euren Freunden.")):
        record = extract_page(_page(lang, body, last), f"https://libros.example.{lang}/2026/11/resena/")
        assert last not in record.body_text, lang
        assert "Geduld" in record.body_text or "paciencia" in record.body_text, lang
