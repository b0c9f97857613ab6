"""rev21 (mend21c): two list and row rules that read any dated list or any capitals head as their kind.

- eventagenda.event_list (was datelines.event_list): a list of date-led entries goes as an event listing only with a
  programme's marks (a heading naming a programme or events to come, each entry's venue or hour, a word for booking);
  a history review's own chronology ("How the crisis unfolded": three dated lines) stays in the text;
- bookkindhead.kind_headed: the head of an "A | B | C" record row is a word for a book's kind ("NOVEL", "ROMAN"), not
  any word in capitals ("NEXT | Author | Title | House, 2024" under a review is a link to the next post).

Pages and rows in our own words, several languages."""

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbiblio import BIBLIO_TAIL, from_bibliography
from scraper.extract.bookkindhead import kind_headed
from tests.cleaning import cleaned, paras

_EN = ("Mara Lindell's history of the summer before the war is the most gripping account of diplomacy I have read. She "
       "moves between the capitals with real control and never lets the detail swamp the story.",
       "What stays with me is the speed of it all: Lindell makes you feel each day go by, and the helplessness of the "
       "men who believed they were in charge. The book is long but never dull, and its maps are excellent.",
       "My one complaint is the rushed last chapter. Otherwise this is a classic, and I would give it to anyone who "
       "wonders how wars begin.")
_DE = ("Jonas Weidlichs Buch über den Herbst 1989 ist die klügste Darstellung der Wende, die ich seit Jahren gelesen "
       "habe. Er wechselt zwischen Leipzig, Berlin und Moskau, ohne dass man den Faden verliert.",
       "Besonders stark ist, wie er die Tage zählt: Man spürt, wie schnell alles ging, und wie wenig die Mächtigen "
       "noch steuerten. Das Buch ist lang, aber nie langweilig.",
       "Nur das letzte Kapitel wirkt gehetzt. Sonst ein großes Buch, das ich jedem empfehle, der wissen will, wie "
       "eine Mauer fällt.")
_FR = ("Le livre de Claire Vasseur sur l'été 1789 est le récit le plus vivant de la Révolution que j'aie lu depuis "
       "longtemps. Elle passe de Versailles aux faubourgs sans jamais perdre le fil.",
       "Ce qui frappe, c'est la vitesse des choses : Vasseur fait sentir chaque journée, et l'impuissance de ceux qui "
       "croyaient gouverner. Le livre est long mais jamais ennuyeux.",
       "Seul le dernier chapitre paraît bâclé. Pour le reste, un grand livre que je recommande à tous.")
_ES = ("El libro de Lucía Arrieta sobre la primavera de 1931 es la crónica más viva de la República que he leído en años. "
       "Pasa de Madrid a Barcelona sin perder nunca el hilo.",
       "Lo que más impresiona es la rapidez de todo: Arrieta hace sentir cada día, y la impotencia de quienes creían "
       "mandar. El libro es largo pero nunca aburrido.",
       "Solo el último capítulo parece apresurado. Por lo demás, un gran libro que recomiendo a cualquiera.")


def _chronology(heading: str, *entries: str) -> str:
    return f"<div class='timeline'><h3>{heading}</h3><ul>{''.join(f'<li>{e}</li>' for e in entries)}</ul></div>"


# --- a review's own chronology is no event listing ------------------------------------------------------------------------

@pytest.mark.parametrize("review, box, said", [
    (_EN, _chronology("How the crisis unfolded", "28 June – the archduke is shot in Sarajevo",
                      "23 July – Vienna sends its ultimatum", "28 July – Austria declares war on Serbia"), "ultimatum"),
    (_DE, _chronology("Wie es dazu kam", "9. Oktober – Montagsdemonstration in Leipzig",
                      "4. November – Kundgebung auf dem Alexanderplatz", "9. November – die Grenze öffnet sich"),
     "Alexanderplatz"),
    (_FR, _chronology("Les journées du livre", "5 mai – ouverture des états généraux", "20 juin – serment du Jeu de paume",
                      "14 juillet – prise de la Bastille"), "Jeu de paume"),
    (_ES, _chronology("Cronología", "12 de abril – elecciones municipales", "14 de abril – se proclama la República",
                      "9 de diciembre – se aprueba la Constitución"), "se proclama"),
])
def test_a_reviews_own_chronology_stays(review, box, said):
    text, rules = cleaned(paras(*review[:2]) + box + paras(*review[2:]), "history.example")
    assert said in text and "event listing" not in rules
    assert all(p in text for p in review)


# --- a programme still goes: its heading, its venues and hours, its booking -----------------------------------------------

@pytest.mark.parametrize("review, box, gone", [
    # a reading schedule under a programme's word (no venue, no hour)
    (_EN, "<p><strong>Schedule</strong></p><ul><li>Jan 5 – 11: the first part</li><li>Jan 12 – 18: the second part</li>"
          "<li>Jan 19 – 25: the last part and our chat</li></ul>", "the second part"),
    # a blog tour's stops
    (_DE, "<div class='tour'><h3>Die Lesereise</h3><ul><li>3. März – Buchhandlung am Markt</li><li>5. März – Stadtbücherei"
          "</li><li>9. März – Literaturhaus</li></ul></div>", "Stadtbücherei"),
    # every entry with its venue, no heading
    (_FR, "<ul><li>12 mars – rencontre avec l'autrice, Librairie du Port</li><li>3 avril – lecture publique, Médiathèque "
          "Nord</li><li>20 mai – signature, Salon du livre</li></ul>", "Médiathèque"),
    # a word for booking in the short line after the list
    (_ES, "<ul><li>12 de marzo – presentación del libro</li><li>3 de abril – charla con la autora</li>"
          "<li>20 de mayo – club de lectura</li></ul><p>Entradas gratuitas en nuestra web.</p>", "charla con la autora"),
])
def test_a_programme_still_goes(review, box, gone):
    text, rules = cleaned(paras(*review) + box, "shop.example")
    assert gone not in text and "event listing" in rules
    assert all(p in text for p in review)


def test_the_chronology_page_keeps_its_dates():
    body = paras(*_EN[:2]) + _chronology("How the crisis unfolded", "28 June – the archduke is shot in Sarajevo",
                                         "23 July – Vienna sends its ultimatum",
                                         "28 July – Austria declares war on Serbia") + paras(_EN[2])
    page = (f'<html lang="en"><head><title>The Last Summer by Mara Lindell - History Shelf</title></head><body><article>'
            f'<h1>The Last Summer by Mara Lindell</h1><div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(page, "https://historyshelf.example/2026/05/the-last-summer/")
    assert "Vienna sends its ultimatum" in record.body_text
    assert not any(r.get("rule") == "event listing" for r in record.removed)


# --- a record row's head in capitals ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("row, said", [
    ("NEXT | Hanna Brekke | The Salt Hours | Fernhill Press, 2024", "Moreno"),  # a link to the next review
    ("NÄSTA | Maja Lindqvist | Isvakens tystnad | Norrsken förlag, 2021", "Berg"),  # sv "next"
    ("WEITER | Tobias Wendler | Das Haus am Kanal | Kiepenheuer Verlag, 2019, 280 Seiten", "Müller"),  # de "on"
    ("SUIVANT | Claire Dubois | La Maison du port | Éditions du Seuil, 2022, 240 pages", "Martin"),  # fr "next"
    ("UPDATE | Lucía Ferrer | La casa del puerto | Anagrama, 2020, 312 páginas", "Ferrer"),
])
def test_capitals_head_of_a_row_that_is_no_kind(row, said):
    segments = [s.strip() for s in row.split("|")]
    context = Context(f"{said} writes well; {said} knows the river.\n{row}", (), None)
    assert kind_headed(segments, BIBLIO_TAIL, context) is None
    assert from_bibliography([row], context) != (segments[2], segments[1])


@pytest.mark.parametrize("row", [
    "NOVEL | Hanna Brekke | The Salt Hours | Fernhill Press, 2024",
    "DECKARE | Maja Lindqvist | Isvakens tystnad | Norrsken förlag, 2021",
    "ROMAN | Tobias Wendler | Das Haus am Kanal | Kiepenheuer Verlag, 2019, 280 Seiten",
    "POESIE | Claire Dubois | Les heures de sel | Gallimard, 2021, 96 pages",
    "NOVELA | Lucía Ferrer | La casa del puerto | Anagrama, 2020, 312 páginas",
])
def test_kind_head_of_a_row_still_read(row):
    segments = [s.strip() for s in row.split("|")]
    surname = segments[1].split()[-1]
    context = Context(f"{surname} writes well; {surname} knows the river.\n{row}", (), None)
    assert kind_headed(segments, BIBLIO_TAIL, context) == (segments[2], segments[1])
    assert from_bibliography([row], context) == (segments[2], segments[1])


def test_next_row_under_a_review_is_not_the_book():
    review = ("<p>Tom Moreno has written a slow, careful novel about a ferryman and the river that takes his town, and "
              "I read it in two evenings. The River Road covers a single flood season.</p>"
              "<p>Moreno is good on water and on silence. The middle sags, but the ending, when the ferry finally "
              "stops, is the best thing I have read this year. Four stars from me.</p>")
    row = "<p>NEXT | Hanna Brekke | The Salt Hours | Fernhill Press, 2024</p>"
    page = (f'<html lang="en"><head><title>A season of water</title></head><body><article><h1>A season of water</h1>'
            f'<div class="entry-content">{review}{row}</div></article></body></html>').encode()
    record = extract_page(page, "https://riverreads.example/2026/04/a-season-of-water/")
    # (the row's title is not read as the book's; bookbiblio's plain "T | A | …" reading still takes the head 'NEXT'
    # for a one-word title by the row's name: left, as a one-word title in capitals is a title elsewhere, "SHRIKE")
    assert record.book_title != "The Salt Hours"
