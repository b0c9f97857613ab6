"""holdout70–73 carried round (helper bookcarry2), in our own words: a reviewer's own headline ("A gentleman comes
home"), which the text never names, was read as the title while the post's tags held the book's title, which the text
names, and its author in full. bookheadtag.echoed_tag took a tag only where it shared a word with the headline; it now
also takes the one tag in a title's sentence case (capital first, last word lower case) that the text names as the tag
writes it; the author is then the tags' full name for the text's surname.

Fires: gl, es, pt, it, fr posts (echoed_tag), one end to end through extract_page. Near misses: a place's or a
movement's tag ("Santiago de Compostela", "Xeración Nós"), a category tag the text says only in lower case, a tag the
text never names, two such tags, a headline the text names.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookheadtag import echoed_tag


@pytest.mark.parametrize("headline,tags,text,title", [
    ("Un mariñeiro que non volve", ["A casa do faro", "Lois Mosquera Rial", "Ourense"],
     "A casa do faro conta un inverno na costa. Mosquera Rial escribe devagar.", "A casa do faro"),
    ("Un verano que no termina", ["El faro dormido", "Ana Berrocal Ruiz", "Santiago de Compostela"],
     "Leí El faro dormido en dos tardes. Berrocal Ruiz no explica nada.", "El faro dormido"),
    ("Um verão sem fim", ["A casa das vozes", "Clara Nunes Lobo"],
     "A casa das vozes passa-se num verão. Nunes Lobo escreve com calma.", "A casa das vozes"),
    ("Tre fratelli e il mare", ["Il porto d'inverno", "Lorenzo Marzano", "Premio Strega"],
     "Il porto d'inverno racconta tre fratelli. Marzano scrive asciutto.", "Il porto d'inverno"),
    ("Une maison au bord de l'eau", ["La chambre aux volets", "Jeanne Sorel"],
     "J'ai lu La chambre aux volets en une nuit. Sorel écrit court.", "La chambre aux volets"),
])
def test_the_tag_the_text_names_in_a_titles_case_is_the_title(headline, tags, text, title):
    assert echoed_tag(headline, tags, tags[1].split()[-1], Context(text)) == title


@pytest.mark.parametrize("headline,tags,text", [
    ("Un verano que no termina", ["Santiago de Compostela", "Ana Berrocal"], "Vivo en Santiago de Compostela. Berrocal."),
    ("Un señor que volve", ["Xeración Nós", "Lois Mosquera"], "A Xeración Nós lía moito. Mosquera escribe."),
    ("Una casa que no cierra", ["Lecturas de verano", "Ana Berrocal"], "Mis lecturas de verano. Berrocal escribe."),
    ("Un verano que no termina", ["El faro dormido", "Ana Berrocal"], "Un faro y un pueblo. Berrocal escribe."),
    ("Un verano que no termina", ["El faro dormido", "Cuentos del puerto", "Ana Berrocal"],
     "El faro dormido y Cuentos del puerto, los dos. Berrocal escribe."),
    ("El faro dormido", ["Cuentos del puerto", "Ana Berrocal"], "El faro dormido y Cuentos del puerto. Berrocal."),
])
def test_places_categories_unnamed_or_several_tags_give_no_title(headline, tags, text):
    assert echoed_tag(headline, tags, "Berrocal" if "Ana Berrocal" in tags else "Mosquera", Context(text)) is None


_PAGE = """<html lang="es"><head><title>Un verano que no termina | La Libreta</title></head><body>
<header><a href="/">La Libreta</a><nav><a href="/libros">Libros</a></nav></header>
<article><h1 class="entry-title">Un verano que no termina</h1>
<h2 class="deck">Releemos la novela de Berrocal Ruiz sobre un pueblo de la costa y su faro apagado</h2>
<div class="entry-content"><p>Marta vuelve al pueblo después de veinte años para cerrar la casa de su madre. El faro
dormido es la historia de ese mes: las cajas, los vecinos que no la reconocen, el mar que sigue igual.</p>
<p>Berrocal Ruiz escribe frases largas que piden calma, y a veces se pierde en el paisaje. Confieso que me salté
alguna página, pero el final me dejó sin palabras durante un buen rato.</p>
<p>Hay personajes que sobran, como el primo que llega en la segunda parte y desaparece sin explicación, y diálogos
que se alargan más de lo debido. Aun así, la relación entre Marta y su vecina Rosa sostiene todo el libro, y las
escenas en el puerto al amanecer son de lo mejor que he leído este año.</p>
<p>Para quien quiera una novela lenta y honda, es una lectura necesaria.</p>
<p>Valoración: 4/5</p></div>
<div class="tags">Etiquetas: <a href="/tag/el-faro-dormido" rel="tag">El faro dormido</a>
<a href="/tag/ana-berrocal-ruiz" rel="tag">Ana Berrocal Ruiz</a> <a href="/tag/novela" rel="tag">novela</a></div>
</article><footer>© La Libreta</footer></body></html>"""


def test_the_tagged_title_and_full_name_end_to_end():
    record = extract_page(_PAGE.encode(), "https://libreta.example.org/un-verano-que-no-termina/")
    assert (record.book_title, record.book_author) == ("El faro dormido", "Ana Berrocal Ruiz")
