"""rev21 (mend21d): boilerplate's run of three or more date-led blocks read a review's chronology as an event listing.

A history or biography review that tells its events as dated paragraphs ("28 June — the archduke is shot in
Sarajevo.", "23 July — …", "28 July — …") lost them as an "event listing". The run now goes only with a programme's
marks, the test eventagenda.event_list asks of a dated list (eventagenda.programme_run, shared): a short line before
it naming a programme, every entry's venue or hour, a word for booking in it or in the short line after it. A gig or
reading listing set as paragraphs still goes. Pages in our own words, en de fr es pl (the Polish ones dated in
figures, "28.06.1914 —", which is how the run reads a Polish date; such a date is not read as an hour "06.19").
Left: a short dated line with a year ("9. Oktober 1989 — Leipzig", five words or fewer after the dash) is read by
chrome.meta_row as the platform's date row; the entries here say more than that."""

import pytest

from scraper.extract import extract_page
from tests.cleaning import cleaned, paras

_EN = ("Ruth Kessling's account of the summer of 1914 is the best narrative history of the crisis I know. She writes "
       "about the ministers as people who were tired, vain and frightened, which makes the story sharper.",
       "The pace is the book's great strength: every week feels heavier than the one before, and you watch the exits "
       "close one after another. Her sources are wide and she wears them lightly.",
       "I missed a map or two, but this is a superb book and I recommend it to anyone curious about how wars start.")
_DE = ("Henrike Auls Biografie des jungen Fontane ist das schönste Sachbuch, das ich dieses Jahr gelesen habe. Sie "
       "erzählt genau und mit viel Sinn für die kleinen Dinge des Alltags.",
       "Besonders gelungen ist, wie sie die Wendepunkte in seinem Leben herausarbeitet, ohne ihn zum Helden zu machen. "
       "Die Briefe, die sie zitiert, sind gut gewählt.",
       "Ein paar Längen gibt es im Mittelteil, aber insgesamt ein kluges und warmes Buch.")
_FR = ("Le livre de Julien Marchetti sur la Commune est un récit précis et passionné, le plus vivant que j'aie lu sur "
       "ces deux mois. Il suit les quartiers de Paris jour après jour.",
       "Ce qui marque, c'est l'attention aux anonymes : les blanchisseuses, les typographes, les gardes nationaux. "
       "L'auteur cite beaucoup, mais toujours à propos.",
       "La fin est dure à lire, comme elle doit l'être. Un très beau livre d'histoire.")
_ES = ("La biografía de Elena Quirós sobre Clara Campoamor es un trabajo serio y muy bien escrito. Reconstruye su "
       "vida con documentos nuevos y sin caer en la hagiografía.",
       "Lo mejor del libro es cómo explica los debates de las Cortes, que parecían áridos y aquí se leen como una "
       "novela. La autora tiene oído para las voces de la época.",
       "Algún capítulo se alarga demasiado, pero es una lectura imprescindible.")
_PL = ("Książka Tomasza Wierzbickiego o lecie 1914 roku to najlepsza opowieść o kryzysie lipcowym, jaką czytałem. "
       "Autor pisze o dyplomatach jak o ludziach zmęczonych i przestraszonych.",
       "Największą siłą książki jest tempo: każdy tydzień wydaje się cięższy od poprzedniego. Źródła są bogate, a "
       "autor korzysta z nich bez popisywania się.",
       "Brakowało mi mapy, ale to świetna książka i polecam ją każdemu.")

# a review's own chronology, three or more paragraphs each opening with a date (no programme's word over them, no
# venue or hour in them, no booking)
_CHRONOLOGIES = [
    (_EN, ["28 June — the archduke is shot in Sarajevo.", "23 July — Vienna sends its ultimatum to Belgrade.",
           "28 July — Austria declares war on Serbia."], "ultimatum"),
    (_DE, ["30. Dezember 1819 — Theodor Fontane wird in Neuruppin geboren.", "1. April 1836 — er beginnt in Berlin eine Lehre als "
           "Apotheker.", "16. Oktober 1850 — er heiratet in Berlin Emilie Rouanet-Kummer."], "Apotheker"),
    (_FR, ["18 mars — les canons de Montmartre et le soulèvement.", "28 mars — la Commune est proclamée à l'Hôtel de "
           "Ville.", "21 mai — les troupes versaillaises entrent dans Paris.", "28 mai — fin des combats."],
     "Commune est proclamée"),
    (_ES, ["1 de octubre de 1931 — Campoamor defiende el voto femenino en las Cortes.", "9 de diciembre de 1931 — las Cortes "
           "aprueban la nueva Constitución.", "19 de noviembre de 1933 — las mujeres votan por primera vez."],
     "votan por primera vez"),
    (_PL, ["28.06.1914 — zamach na arcyksięcia Franciszka Ferdynanda w Sarajewie.", "23.07.1914 — Wiedeń wysyła swoje ultimatum do Belgradu.",
           "28.07.1914 — Austro-Węgry wypowiadają tego dnia wojnę Serbii."], "swoje ultimatum"),
]


@pytest.mark.parametrize("review, entries, said", _CHRONOLOGIES)
def test_a_reviews_dated_paragraphs_stay(review, entries, said):
    text, rules = cleaned(paras(*review[:2]) + paras(*entries) + paras(*review[2:]), "history.example")
    assert said in text and "event listing" not in rules
    assert all(e in text for e in entries) and all(p in text for p in review)


# a listing of gigs or readings set as paragraphs still goes: a programme's word over it, every entry's venue or
# hour, a word for booking after it
_LISTINGS = [
    (_EN, "<p><strong>Upcoming events</strong></p>", ["12 March — launch party and reading", "3 April — a talk "
          "with the author", "20 May — our summer book club"], "a talk with the author"),
    (_DE, "", ["3. März — Lesung, Buchhandlung am Markt", "5. März — Gespräch mit der Autorin, Stadtbücherei Nord",
               "9. März — Signierstunde, Literaturhaus"], "Stadtbücherei Nord"),
    (_FR, "", ["12 mars — rencontre avec l'auteur à 19h", "3 avril — lecture publique à 18h30",
               "20 mai — concert de clôture à 20h"], "lecture publique"),
    (_ES, "<h3>Gira de presentaciones</h3>", ["12 de marzo — presentación del libro", "3 de abril — charla con la "
          "autora", "20 de mayo — club de lectura"], "charla con la autora"),
    (_PL, "<p><b>Harmonogram</b></p>", ["12.03.2027 — spotkanie autorskie", "03.04.2027 — wieczór poezji",
                                       "20.05.2027 — koncert zespołu"], "wieczór poezji"),
]


@pytest.mark.parametrize("review, head, entries, gone", _LISTINGS)
def test_a_listing_in_paragraphs_still_goes(review, head, entries, gone):
    text, rules = cleaned(paras(*review) + head + paras(*entries), "bookshop.example")
    assert gone not in text and "event listing" in rules
    assert all(p in text for p in review)


def test_a_listing_with_booking_after_it_still_goes():
    entries = ["14 June — poetry evening with Anna Reyes", "21 June — children's story hour", "28 June — crime night"]
    text, rules = cleaned(paras(*_EN) + paras(*entries) + "<p>Tickets are free: book at the counter.</p>", "shop.example")
    assert "story hour" not in text and "event listing" in rules


def test_the_chronology_page_keeps_its_dated_paragraphs():
    body = paras(*_EN[:2]) + paras(*_CHRONOLOGIES[0][1]) + paras(_EN[2])
    page = (f'<html lang="en"><head><title>The Closing Exits by Ruth Kessling - Past Pages</title></head><body><article>'
            f'<h1>The Closing Exits by Ruth Kessling</h1><div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(page, "https://pastpages.example/2026/06/the-closing-exits/")
    assert "Vienna sends its ultimatum" in record.body_text
    assert not any(r.get("rule") == "event listing" for r in record.removed)
