"""A record line closing the post with the author first, "A, T. House, City." or "A: T. First published 1901.": the
title ends at its full stop, the rest is the imprint (bookclosingfront). It gives the book where no rule found one,
trims a subtitle another rule glued on after a comma, and replaces a headline's guess whose author is a surname the
record names whole. Near misses: a sign-off in the same shape, a name the text never calls by surname, a record line
in the middle of the post, and a headline guess whose title the text names."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookclosingfront import closing_front

_PROSE_ES = [
    "Leo estos cuentos despacio, uno por noche, en el balcón de la casa de mi abuela en Arequipa.",
    "Ostrava escribe con una ironía seca que nunca se vuelve cruel; cada cuento termina antes de lo que uno quisiera.",
    "No todos funcionan igual de bien, pero los del puerto son de lo mejor que he leído este año.",
    "El libro tiene doce cuentos y casi todos pasan cerca del agua: pescadores, una maestra que se muda al sur, dos "
    "hermanos que heredan una lancha vieja y no saben qué hacer con ella.",
    "La prosa es sencilla, sin adornos, y sin embargo cada página deja una imagen que vuelve días después.",
    "Lo recomiendo a quien tenga paciencia para los finales abiertos y le gusten los libros que se leen despacio.",
]


def _page(closing: list[str], headline: str = "Noches de balcón", lang: str = "es", prose=None):
    body = "".join(f"<p>{p}</p>" for p in (prose or _PROSE_ES)) + "".join(f"<p><em>{c}</em></p>" for c in closing)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} | Cuaderno del Sur</title></head>'
            f'<body><article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}'
            '</div></article></body></html>')
    return extract_page(html, "https://cuadernodelsur.example.org/2026/11/noches-de-balcon/")


def test_name_first_record_closing_the_post_gives_the_book():
    # (the house named by its name alone, no publisher's word, no year: only the line's shape tells it)
    record = _page(["Irene Ostrava, Cuentos del muelle. Faro Gris, Valparaíso."])
    assert (record.book_title, record.book_author) == ("Cuentos del muelle", "Irene Ostrava")


def test_the_title_ends_at_its_full_stop_not_at_the_house():
    # the subtitle after the title's full stop is no part of the title, whatever rule read the line first
    record = _page(["Irene Ostrava, Cuentos del muelle. Relatos de un puerto. Ediciones Faro Gris."])
    assert (record.book_title, record.book_author) == ("Cuentos del muelle", "Irene Ostrava")


def test_colon_record_replaces_a_headline_guess_with_a_surname_only():
    prose = [
        "Een meisje vindt een kaart in de kelder van haar grootvader en gaat op zoek naar de stad die erop staat.",
        "Van Dalen schrijft het eerste deel licht en speels, daarna wordt het boek donker en streng.",
        "Onderweg ontmoet ze een veerman, een oude schooljuffrouw en twee broers die een vervallen molen "
        "bewonen, en ieder van hen weet iets over de stad dat de anderen niet weten.",
        "De stijl is eenvoudig en helder, en toch blijft elk hoofdstuk nog dagen na het lezen in je hoofd hangen.",
        "Het einde is moedig en blijft lang hangen. Ik raad het iedereen aan die van trage boeken houdt.",
    ]
    record = _page(["Marieke van Dalen: De zilveren kaart. Eerste druk 1911."], headline="Een kaart naar nergens",
                   lang="nl", prose=prose)
    assert (record.book_title, record.book_author) == ("De zilveren kaart", "Marieke van Dalen")


def test_near_miss_title_in_italics_keeps_its_subtitle():
    # the markup sets the title off whole, over its full stop: "Cuentos del muelle. Relatos …" is one title, and a
    # book another rule read with it is left whole
    from lxml import html as lxml_html
    from scraper.extract.book import Book
    from scraper.extract.bookclosingfront import closing_front_book
    root = lxml_html.fromstring("<div><p>Ostrava escribe bien.</p><p>Irene Ostrava, <em>Cuentos del muelle. Relatos de "
                                "un puerto</em>, Faro Gris, Valparaíso 2019, 212 páginas.</p></div>")
    lines = [" ".join(p.text_content().split()) for p in root.iter("p")]
    context = Context("\n".join(lines), (), "es")
    whole = Book("Cuentos del muelle, Relatos de un puerto", "Irene Ostrava", source="details")
    assert closing_front_book(whole, lines, context, root) is whole
    assert closing_front_book(None, lines, context, root) is None


def test_near_miss_sign_off_in_the_same_shape():
    # the blogger's own sign-off: a name, a comma, capitalised words, then more words: no record
    context = Context("Ostrava escribe bien.\nIrene Ostrava, Gracias por leer. Nos vemos la semana que viene en el "
                      "balcón con otro libro y un café.", (), "es")
    assert closing_front(["Irene Ostrava, Gracias por leer. Nos vemos la semana que viene en el balcón con otro libro "
                          "y un café."], context) is None


def test_near_miss_name_the_text_never_calls_by_surname():
    # "Pablo Rivas, Fotografía. Archivo municipal." credits a photographer the review never mentions
    context = Context("Ostrava escribe bien.\nPablo Rivas, Fotografía del puerto. Archivo municipal.", (), "es")
    assert closing_front(["Pablo Rivas, Fotografía del puerto. Archivo municipal."], context) is None


def test_near_miss_record_shape_in_the_middle_of_the_post():
    lines = ["Irene Ostrava, Cuentos del muelle. Editorial Faro Gris.", *(_PROSE_ES * 2)]
    assert closing_front(lines, Context("\n".join(lines), (), "es")) is None


def test_near_miss_headline_guess_the_text_names_stays():
    # the headline's title the text names again is the book; a record of another title by the same family is not read
    from scraper.extract.book import Book
    from scraper.extract.bookclosingfront import closing_front_book
    lines = ["I loved Salt Harbour, the best of the three.", "Van Dalen writes well.",
             "Marieke van Dalen: De zilveren kaart. Eerste druk 1911."]
    guess = Book("Salt Harbour", "Van Dalen", source="title")
    assert closing_front_book(guess, lines, Context("\n".join(lines), (), "en")) is guess
