"""A newsletter or digest that reviews its book in a section of its own, under a heading "Book of the week: T" after
the shop's or the club's news (``bookbody._titles``): the heading's title after its column label is a candidate, and its
author the one the text names as its owner ("Mara Lind's T") or after "by". Near misses: a heading whose tail is the
post's remark in lower case, a label's tail the text gives no author for.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>
<link rel="canonical" href="{url}"></head><body><div class="post"><div class="post-header"><h1 class="post-title">
{headline}</h1></div><div class="available-content"><div class="body markup">
<p>{hello}</p><h3>{news_heading}</h3><ul>{news}</ul><h3>{heading}</h3>{review}
<p>{bye}</p></div></div></div></body></html>"""


def _book(lang, headline, hello, news_heading, news, heading, review, bye):
    url = "https://shopnotes.example.substack.com/p/notes-" + str(abs(hash(headline)) % 1000)
    html = _PAGE.format(lang=lang, headline=headline, hello=hello, news_heading=news_heading,
                        news="".join(f"<li>{n}</li>" for n in news), heading=heading,
                        review="".join(f"<p>{p}</p>" for p in review), bye=bye, url=url)
    record = extract_page(html, url)
    return record.book_title, record.book_author


_EN = ["I nearly didn't put Mara Lind's <em>Paper Foxes</em> in the window. It is a collection of nine stories, and the "
       "first one is so strange that two customers handed it back to me.",
       "But I have not stopped thinking about it. The title story is a fable about a folded fox that eats the letters "
       "of a family firm, and the firm goes on as if nothing were missing.",
       "Not all nine are equal; a couple in the middle drift. But for the reader who likes the uncanny, this is the "
       "book of the winter. Rating: 4/5"]


def test_the_sections_heading_names_the_book():
    assert _book("en", "Shop Notes No. 12: foxes, frost and the late hours",
                 "Hello from a cold shop floor. The heater is fixed and the cat has taken the poetry shelf again.",
                 "This week at the shop", ["Late opening on Thursday until 8pm.", "Saturday 10am: story time."],
                 "Book of the week: Paper Foxes", _EN, "See you on the shop floor, Hazel") == ("Paper Foxes", "Mara Lind")
    assert _book("it", "Note dalla libreria n. 7: volpi, brina e orari d'inverno",
                 "Ciao da una libreria gelata. La stufa funziona di nuovo e il gatto dorme sullo scaffale della poesia.",
                 "Questa settimana in libreria", ["Giovedì aperti fino alle 20.", "Sabato alle 10: letture ad alta voce."],
                 "Libro della settimana: Volpi di carta",
                 ["Per poco non mettevo Volpi di carta di Mara Lind in vetrina. Sono nove racconti, e il primo è così "
                  "strano che due clienti me lo hanno restituito.",
                  "Ma non ho smesso di pensarci. Il racconto che dà il titolo è una favola su una volpe di carta che "
                  "mangia le lettere di una ditta di famiglia, e la ditta va avanti come se nulla mancasse.",
                  "Non tutti i racconti sono allo stesso livello. Ma per chi ama il perturbante, è il libro "
                  "dell'inverno. Voto: 4/5"],
                 "Ci vediamo in negozio, Hazel") == ("Volpi di carta", "Mara Lind")
    assert _book("es", "Notas de la librería n.º 3: zorros, escarcha y horarios de invierno",
                 "Hola desde una librería helada. La estufa ya funciona y el gato duerme en la estantería de poesía.",
                 "Esta semana en la librería", ["El jueves abrimos hasta las 20 h.", "Sábado a las 10: cuentacuentos."],
                 "Libro de la semana: Zorros de papel",
                 ["Casi no pongo Zorros de papel de Mara Lind en el escaparate. Son nueve cuentos, y el primero es tan "
                  "raro que dos clientas me lo devolvieron.",
                  "Pero no he dejado de pensar en él. El cuento que da título al libro es una fábula sobre un zorro de "
                  "papel que se come las cartas de una empresa familiar.",
                  "No todos están a la misma altura. Pero para quien disfrute de lo inquietante, es el libro del "
                  "invierno. Nota: 4/5"],
                 "Nos vemos en la tienda, Hazel") == ("Zorros de papel", "Mara Lind")


def test_near_misses():
    # a heading whose tail is the post's remark in lower case: not a title; the owner's title still found in the text
    assert _book("en", "Shop Notes No. 12: foxes, frost and the late hours",
                 "Hello from a cold shop floor. The heater is fixed and the cat has taken the poetry shelf again.",
                 "This week at the shop", ["Late opening on Thursday until 8pm.", "Saturday 10am: story time."],
                 "Our pick: a strange little book", _EN, "See you on the shop floor, Hazel")[0] \
        != "a strange little book"
