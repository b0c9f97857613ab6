"""A catalogue's record table on a page of no article nor main, and an author field filed "Family, Given" (round s28),
in our own words and markup.

- bookpageclues._record_table: a library catalogue's reader-review page may wrap its record ("Title | T", "Author | A",
  "Publisher | …") and the review in plain divs, with no article or main element: the first table whose header cells
  label a title and an author gives the label/value pairs (English, French, Spanish labels).
- bookinvertedtitle.filed_author (through booklabelfields.labelled_fields): "Author | Okafor, Chidi" with no dates or
  role reads "Chidi Okafor" where the text calls the person "Okafor" and never "Chidi" alone.

Near misses: two surnames in one field ("Gaiman, Pratchett", each named alone), a given name the text uses alone (a
character's), a field with no comma.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.booklabelfields import labelled_fields

REV = {
    "en": ["I borrowed this for our branch book club and read it over two wet evenings. A lighthouse keeper's widow "
           "stays on alone after the service is automated.",
           "Okafor is more interested in the widow's small routines than in any plot, and the book is better for it. "
           "The last chapter, a storm night, is superb.",
           "The middle drags a little, with too many letters from the mainland, but I would press it on anyone who "
           "likes quiet books about work and weather and the people who stay behind when everyone else has gone south "
           "for the winter."],
    "fr": ["Je l'ai emprunté pour le club de lecture de la bibliothèque et lu en deux soirées pluvieuses. La veuve "
           "d'un gardien de phare reste seule.",
           "Okafor s'intéresse davantage aux petites habitudes de la veuve qu'à l'intrigue, et le livre y gagne. Le "
           "dernier chapitre, une nuit de tempête, est superbe.",
           "Le milieu traîne un peu, avec trop de lettres du continent, mais je le conseillerais à tous ceux qui "
           "aiment les livres calmes sur le travail, le temps qu'il fait et les gens qui restent quand tous les "
           "autres sont partis vers le sud pour l'hiver."],
    "es": ["Lo tomé prestado para el club de lectura de la biblioteca y lo leí en dos tardes de lluvia. La viuda de "
           "un farero se queda sola en la isla.",
           "A Okafor le interesan más las pequeñas rutinas de la viuda que la trama, y el libro gana con ello. El "
           "último capítulo, una noche de tormenta, es magnífico.",
           "La parte central se alarga un poco, con demasiadas cartas del continente, pero se lo recomendaría a "
           "cualquiera que disfrute de los libros tranquilos sobre el trabajo, el tiempo y la gente que se queda "
           "cuando todos los demás se han ido al sur a pasar el invierno."],
}
LABELS = {"en": ("Title", "Author", "Publisher", "Reader review"),
          "fr": ("Titre", "Auteur", "Éditeur", "Avis de lecteur"),
          "es": ("Título", "Autor", "Editorial", "Reseña de lector")}


def _catalogue(title: str, author: str, lang: str = "en") -> str:
    label_t, label_a, label_p, head = LABELS[lang]
    rows = (f"<tr><th>{label_t}</th><td>{title}</td></tr><tr><th>{label_a}</th><td>{author}</td></tr>"
            f"<tr><th>{label_p}</th><td>Harbour Press, 2019</td></tr>")
    body = "".join(f"<p>{x}</p>" for x in REV[lang])
    short = title.split(" :")[0]
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{head}: {short} | Northshore Libraries</title>"
            "</head><body><div id='header'><a href='/'>Northshore Libraries</a></div><div id='content'>"
            f"<div class='record-summary'><table class='record'>{rows}</table></div>"
            f"<div class='reader-review'><h1>{head}: {short}</h1>"
            "<div class='review-stars'><img src='/s4.png' alt='4 out of 5 stars'></div>"
            f"<div class='review-text'>{body}</div></div></div></body></html>")


URL = "https://catalogue.northshore.example.org/Record/4471/reviews/12"


def test_a_record_table_outside_any_article_names_the_book_in_several_languages():
    for title, lang, expected in (
        ("The Keeper's Widow : a novel", "en", "The Keeper's Widow"),
        ("La Veuve du gardien : roman", "fr", "La Veuve du gardien"),
        ("La viuda del farero : novela", "es", "La viuda del farero"),
    ):
        record = extract_page(_catalogue(title, "Okafor, Chidi", lang), URL)
        assert (record.book_title, record.book_author) == (expected, "Chidi Okafor"), (record.book_title, lang)


def test_a_filed_author_reads_in_order_only_where_the_text_says_the_surname():
    pairs = [("Title", "The Keeper's Widow"), ("Author", "Okafor, Chidi")]
    assert labelled_fields(pairs, "Okafor writes well about weather.") == ("The Keeper's Widow", "Chidi Okafor")
    assert labelled_fields(pairs, "Okafor writes little Chidi as the keeper's son.") == ("The Keeper's Widow", None)
    two = [("Title", "Good Omens"), ("Author", "Gaiman, Pratchett")]
    said = "Gaiman and Pratchett wrote it together; Pratchett's jokes are best."
    assert labelled_fields(two, said) == ("Good Omens", None)
