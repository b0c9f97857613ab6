"""A picture's caption in the row below it, and a caption's book over a headline's guess (round s28), in our own words
and markup.

- bookcellcaption.cell_captions: Blogger captions a picture with a two-row table (``tr-caption-container``: the image's
  cell, then a ``tr-caption`` cell below it), as older hand-made layouts do; the row below a cell holding the image
  alone, one cell of text with no link, is the picture's caption.
- bookcaptionby.captioned_book: a book guessed from the headline's words ("Slow mornings", "Abendspaziergänge") with
  the caption's author, its title never named in the text, takes the caption's title ("T by A, the paperback …",
  "T von A, …", "T par A, …").

Near misses: a photo's credit ("Photo by A, the harbour at dusk"), a caption row holding a link, a top row of two
pictures, and a headline that names the book with its author while the caption shows another of A's books.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookcellcaption import cell_captions
from scraper.extract.parse import parse_page

PARAS = {
    "en": ["I came to this little book late, after a neighbour left it on my step with a note, and I am glad she did.",
           "Okafor writes about evenings in a fishing town with the patience of someone who has watched a lot of "
           "tides, and the sentences are plain and exact.",
           "It is short and I read it twice. Okafor never raises her voice, and by the end I had started walking to "
           "the harbour myself after supper."],
    "de": ["Ich habe dieses schmale Buch spät entdeckt, eine Nachbarin hat es mir vor die Tür gelegt, und ich bin "
           "froh darüber.",
           "Okafor schreibt über die Abende in einer Fischerstadt mit der Geduld eines Menschen, der viele Gezeiten "
           "gesehen hat.",
           "Es ist kurz, und ich habe es zweimal gelesen. Okafor wird nie laut, und am Ende bin ich selbst abends "
           "zum Hafen gegangen."],
    "fr": ["J'ai découvert ce petit livre tard, une voisine l'a laissé devant ma porte avec un mot, et j'en suis "
           "heureuse.",
           "Okafor écrit les soirs d'une ville de pêcheurs avec la patience de quelqu'un qui a regardé beaucoup de "
           "marées.",
           "C'est court et je l'ai lu deux fois. Okafor n'élève jamais la voix, et à la fin je marchais moi aussi "
           "jusqu'au port."],
}
IMAGE = "<td><a href='#'><img src='https://img.example/p/harbour.jpg' alt=''></a></td>"
URL = "https://quaynotes.example.blogspot.com/2026/12/slow-mornings.html"


def _blogger(caption: str, lang: str = "en", h1: str = "Slow mornings", top: str = IMAGE,
             table: str = " class='tr-caption-container' align='center'", cell: str = " class='tr-caption'") -> str:
    box = f"<table{table}><tbody><tr>{top}</tr><tr><td{cell}>{caption}</td></tr></tbody></table>"
    body = box + "".join(f"<p>{p}</p>" for p in PARAS[lang])
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{h1} – Quay Notes</title></head><body>"
            f"<div class='post hentry'><h3 class='post-title entry-title'>{h1}</h3>"
            f"<div class='post-body entry-content'>{body}<p>Rating: 4/5</p></div>"
            "<div class='post-footer'>Posted by Tom</div></div></body></html>")


def test_the_row_below_a_picture_is_its_caption():
    html = _blogger("The Harbour Hours by Ngozi Okafor, the paperback from the village sale")
    assert cell_captions(parse_page(html)) == [
        ("The Harbour Hours by Ngozi Okafor, the paperback from the village sale", "file: harbour")]


def test_a_caption_table_names_the_book_in_several_languages_and_layouts():
    for html, title in (
        (_blogger("The Harbour Hours by Ngozi Okafor, the paperback from the village sale"), "The Harbour Hours"),
        (_blogger("The Harbour Hours by Ngozi Okafor, my copy", h1="Slow mornings: a small book about tides"),
         "The Harbour Hours"),
        (_blogger("The Harbour Hours by Ngozi Okafor, the paperback", table=" border='0'", cell=""),
         "The Harbour Hours"),
        (_blogger("Die Hafenstunden von Ngozi Okafor, Taschenbuch vom Flohmarkt", "de", "Abendspaziergänge"),
         "Die Hafenstunden"),
        (_blogger("Les Heures du port par Ngozi Okafor, l'édition de poche", "fr", "Promenades du soir"),
         "Les Heures du port"),
    ):
        record = extract_page(html, URL)
        assert (record.book_title, record.book_author) == (title, "Ngozi Okafor"), (record.book_title, title)


def test_a_photo_credit_a_linked_row_or_two_pictures_name_no_book():
    for html in (
        _blogger("Photo by Ngozi Okafor, the harbour at dusk"),
        _blogger("The Harbour Hours by Ngozi Okafor, <a href='#'>buy it here</a>"),
        _blogger("The Harbour Hours by Ngozi Okafor, the paperback",
                 top=IMAGE + "<td><img src='https://img.example/p/quay.jpg' alt=''></td>"),
    ):
        record = extract_page(html, URL)
        assert record.book_title is None, record.book_title


def test_a_headline_naming_book_and_author_keeps_its_book():
    html = _blogger("Salt Roads by Ngozi Okafor, her first book", h1="The Harbour Hours by Ngozi Okafor")
    record = extract_page(html, URL)
    assert (record.book_title, record.book_author) == ("The Harbour Hours", "Ngozi Okafor")
