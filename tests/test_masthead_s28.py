"""A classic theme's masthead names the blog, never the book's author (round s28), in our own words and markup.

``siteheading.masthead_name``: where no og:site_name declares the blog's name, the h1/h2 that is only a link to the
front page ("<h1><a href='/'>Name</a></h1>", as Blogger's classic themes and old WordPress ones print their masthead)
and that the <title> sets before or after the post's own title ("Name: Post", "Post | Name") is the blog's name; the
book's rules take it for no author (``extract_page`` puts it first among ``read_book``'s names; the cleaning's own
names are left as they were), so "Name: Post" in the <title> is not read as "Author: Title" when the text happens to
say the name's last word.

Near misses: a heading linked to an author's page, or one the <title> does not repeat, is no masthead; a review whose
<title> is the book's "Author: Title" under a masthead of another name still reads its author.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.metadata import read_metadata

URL = "https://quietshelf.example.com/2026/12/post.html"


def _page(blog: str, headline: str, paras: list[str], lang: str, title: str | None = None, home: str = "/") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title or blog + ': ' + headline}</title></head>"
            f"<body class='item-view'><div class='header-outer'><h1 class='title'><a href='{home}'>{blog}</a></h1>"
            "<p class='description'>Books and more</p></div><div class='post-outer'><div class='post hentry'>"
            f"<h3 class='post-title entry-title'>{headline}</h3><div class='post-body entry-content'>{body}</div>"
            "</div></div></body></html>")


ES = ["Libros así se leen despacio: la novela de Ana Rivas me acompañó una semana entera de nieve y la terminé junto "
      "a la estufa.",
      "La historia sigue a un barquero jubilado que escribe cartas a una hija a la que no ve desde hace años.",
      "Me encantaron las cartas y el clima que hay en ellas; el final se apresura, pero Rivas escribe con cuidado.",
      "Hay capítulos enteros sobre el puerto en invierno, las redes heladas y los vecinos que vienen a leer las cartas "
      "en voz alta, y son lo mejor del libro: tranquilos, exactos y llenos de una ternura que no se anuncia nunca."]
DE = ["Seiten wie diese liest man langsam: der Roman von Jonas Feld hat mich eine ganze Schneewoche lang begleitet.",
      "Die Geschichte folgt einem alten Fährmann, der seiner Tochter Briefe schreibt, die er seit Jahren nicht sah.",
      "Die Briefe und das Wetter darin habe ich geliebt; das Ende eilt, aber Feld schreibt mit großer Sorgfalt.",
      "Ganze Kapitel handeln vom Hafen im Winter, von gefrorenen Netzen und von Nachbarn, die die Briefe laut "
      "vorlesen, und sie sind das Beste am Buch: ruhig, genau und voller Zärtlichkeit, die sich nie ankündigt."]
IT = ["Pagine così si leggono piano: il romanzo di Lucia Ferro mi ha accompagnata per una settimana di neve intera.",
      "La storia segue un vecchio traghettatore che scrive lettere a una figlia che non vede da anni.",
      "Ho amato le lettere e il tempo che c'è dentro; il finale corre, ma Ferro scrive con grande cura.",
      "Ci sono capitoli interi sul porto d'inverno, le reti gelate e i vicini che leggono le lettere ad alta voce, "
      "e sono la parte migliore del libro: quieti, esatti e pieni di una tenerezza che non si annuncia mai."]


def test_the_masthead_name_is_never_the_author():
    for blog, headline, paras, lang, author in (
        ("Casa Libros", "Un invierno tranquilo", ES, "es", "Ana Rivas"),
        ("Stille Seiten", "Ein ruhiger Winter", DE, "de", "Jonas Feld"),
        ("Mille Pagine", "Un inverno tranquillo", IT, "it", "Lucia Ferro"),
    ):
        record = extract_page(_page(blog, headline, paras, lang), URL)
        assert record.book_author != blog, (blog, record.book_title, record.book_author)


def test_the_masthead_is_read_before_or_after_the_post_title():
    page = _page("Casa Libros", "Un invierno tranquilo", ES, "es", title="Un invierno tranquilo | Casa Libros")
    assert read_metadata(lxml_html.fromstring(page), URL).masthead == "Casa Libros"
    page = _page("Casa Libros", "Un invierno tranquilo", ES, "es")
    assert read_metadata(lxml_html.fromstring(page), URL).masthead == "Casa Libros"


def test_no_masthead_from_an_author_link_or_a_title_that_does_not_repeat_it():
    page = _page("Casa Libros", "Un invierno tranquilo", ES, "es", home="/autor/casa-libros/")
    assert read_metadata(lxml_html.fromstring(page), URL).masthead is None
    page = _page("Casa Libros", "Un invierno tranquilo", ES, "es", title="Un invierno tranquilo")
    assert read_metadata(lxml_html.fromstring(page), URL).masthead is None


def test_a_review_titled_author_colon_title_keeps_its_author():
    paras = ["I read Ines Marlow's novel over a long week of snow and finished it by the stove on a quiet Sunday.",
             "Marlow follows a retired ferryman who writes letters to a daughter he has not seen in many years.",
             "I loved the letters and the weather in them; the ending hurries, but Marlow writes with great care.",
             "Whole chapters are given to the harbour in winter, the frozen nets and the neighbours who read the "
             "letters aloud, and they are the best of the book: quiet, exact and full of a tenderness never announced.",
             "Rating: 4 out of 5"]
    page = _page("Quiet Shelf", "Ines Marlow: The Salt Orchard", paras, "en",
                 title="Quiet Shelf: Ines Marlow: The Salt Orchard")
    record = extract_page(page, URL)
    assert (record.book_title, record.book_author) == ("The Salt Orchard", "Ines Marlow")


def test_masthead_in_other_layouts_and_scripts():
    for masthead, post, title in (
        ("<h2 class='site-title'><a href='https://lesezimmer.example.de/'>Das Lesezimmer</a></h2>",
         "<h1 class='entry-title'>Ein ruhiger Winter</h1>", "Ein ruhiger Winter – Das Lesezimmer"),
        ("<h1><a href='/index.html'>Книжная полка</a></h1>", "<h2 class='post-title'>Тихая зима</h2>",
         "Тихая зима | Книжная полка"),
        ("<h1 class='title'><a href='/'>Kitap Köşesi</a></h1>", "<h3 class='post-title'>Sessiz bir kış</h3>",
         "Kitap Köşesi: Sessiz bir kış"),
    ):
        page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><header>{masthead}</header>"
                f"<article>{post}<div class='entry-content'><p>{' '.join(ES)}</p></div></article></body></html>")
        name = lxml_html.fromstring(masthead).text_content()
        assert read_metadata(lxml_html.fromstring(page), URL).masthead == name, title
