"""scraper.extract.book.is_name: a recurring column's label over the book ("Tipp der Woche: T", "Boek van de Week: T",
"Coup de Cœur du Mois : T", "Książka Tygodnia: T", "Staff Pick: T") is capitalised like a name but is a phrase about a
period or a pick, never the book's author; the author the text names is read instead, and the book after the label
still is. Near misses: an author whose name holds a period or pick word ("Mary Week", "Jan Monat", "Daniel Pick"), a
real "A: T" heading, a name with a particle ("Ludwig van der Rohe").

Every line here is invented for these tests (invented books, people and blogs, in our own words).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract import book
from scraper.extract.book import is_name

_BODY = {
    "de": ("<p>Im Herbst habe ich „{t}“ von {a} gelesen, einen leisen Roman über einen Fährmann und seine Tochter. "
           "{s} erzählt ohne Eile, und jede Szene sitzt. Ich habe das Buch an zwei langen Abenden am Ofen gelesen und "
           "mochte vor allem die Gespräche auf dem Wasser, die knapp und doch voller Wärme sind.</p>"
           "<p>Die Tochter wächst einem ans Herz, der Vater bleibt bis zuletzt ein Rätsel. Ein kleines, kluges Buch, "
           "das ich gern weiterempfehle. Meine Wertung: 4 von 5 Sternen.</p>"),
    "nl": ("<p>Deze herfst las ik {t} van {a}, een stille roman over een veerman en zijn dochter. {s} vertelt zonder "
           "haast, en elke scène klopt. Ik las het boek op twee lange avonden bij de kachel en hield vooral van de "
           "gesprekken op het water, kort maar vol warmte.</p>"
           "<p>De dochter groeit je aan het hart, de vader blijft tot het eind een raadsel. Een klein, slim boek dat "
           "ik graag aanraad. Mijn score: 4 van 5 sterren.</p>"),
    "fr": ("<p>Cet automne j'ai lu {t} de {a}, un roman discret sur un passeur et sa fille. {s} raconte sans hâte, "
           "et chaque scène tombe juste. J'ai lu le livre en deux longues soirées près du poêle et j'ai surtout aimé "
           "les conversations sur l'eau, brèves mais pleines de chaleur.</p>"
           "<p>La fille nous touche, le père reste une énigme jusqu'au bout. Un petit livre intelligent que je "
           "recommande volontiers. Ma note : 4 sur 5.</p>"),
    "es": ("<p>Este otoño leí {t} de {a}, una novela discreta sobre un barquero y su hija. {s} cuenta sin prisa, y "
           "cada escena encaja. Leí el libro en dos tardes largas junto a la estufa y me gustaron sobre todo las "
           "conversaciones en el agua, breves pero llenas de calidez.</p>"
           "<p>La hija se gana el corazón, el padre sigue siendo un enigma hasta el final. Un libro pequeño e "
           "inteligente que recomiendo con gusto. Mi nota: 4 de 5.</p>"),
    "it": ("<p>Quest'autunno ho letto {t} di {a}, un romanzo discreto su un traghettatore e sua figlia. {s} racconta "
           "senza fretta, e ogni scena funziona. Ho letto il libro in due lunghe sere vicino alla stufa e ho amato "
           "soprattutto i dialoghi sull'acqua, brevi ma pieni di calore.</p>"
           "<p>La figlia conquista, il padre resta un enigma fino alla fine. Un libro piccolo e intelligente che "
           "consiglio volentieri. Il mio voto: 4 su 5.</p>"),
    "pl": ("<p>Tej jesieni przeczytałam {t} autorstwa {a}, cichą powieść o przewoźniku i jego córce. {s} opowiada bez "
           "pośpiechu i każda scena jest na miejscu. Czytałam ją przez dwa długie wieczory przy piecu i najbardziej "
           "polubiłam rozmowy na wodzie, krótkie, ale pełne ciepła.</p>"
           "<p>Córka zdobywa serce czytelnika, ojciec do końca pozostaje zagadką. Mała, mądra książka, którą chętnie "
           "polecam. Moja ocena: 4 na 5.</p>"),
    "en": ("<p>This autumn I read {t} by {a}, a quiet novel about a ferryman and his daughter. {s} tells it without "
           "hurry, and every scene lands. I read the book over two long evenings by the stove and loved above all "
           "the conversations on the water, brief but full of warmth.</p>"
           "<p>The daughter wins you over, the father stays a riddle to the end. A small, clever book I am glad to "
           "pass on. My rating: 4 out of 5 stars.</p>"),
    "sv": ("<p>I höstas läste jag {t} av {a}, en stillsam roman om en färjkarl och hans dotter. {s} berättar utan "
           "brådska, och varje scen sitter. Jag läste boken under två långa kvällar vid kaminen och tyckte mest om "
           "samtalen ute på vattnet, korta men fulla av värme.</p>"
           "<p>Dottern vinner ens hjärta, fadern förblir en gåta till sista sidan. En liten, klok bok som jag gärna "
           "rekommenderar. Mitt betyg: 4 av 5.</p>"),
    "pt": ("<p>Neste outono li {t} de {a}, um romance discreto sobre um barqueiro e a sua filha. {s} conta sem pressa, "
           "e cada cena acerta. Li o livro em duas noites longas junto ao fogão e gostei sobretudo das conversas na "
           "água, breves mas cheias de calor.</p>"
           "<p>A filha conquista-nos, o pai continua um enigma até ao fim. Um livro pequeno e inteligente que recomendo "
           "de bom grado. A minha nota: 4 em 5.</p>"),
}
_BOOK = {"de": "Das Fährjahr", "nl": "De veerman", "fr": "Le Passeur", "es": "El barquero", "it": "Il traghettatore",
         "pl": "Przewoźnik", "en": "The Ferryman", "sv": "Färjkarlen", "pt": "O Barqueiro"}
_AUTHOR = {"de": ("Lena Brandt", "Brandt"), "nl": ("Pieter Smit", "Smit"), "fr": ("Claire Dubois", "Dubois"),
           "es": ("Inés Robledo", "Robledo"), "it": ("Marta Fontana", "Fontana"), "pl": ("Ewy Nowak", "Nowak"),
           "en": ("Ruth Calder", "Calder"), "sv": ("Karin Lind", "Lind"), "pt": ("Rui Cardoso", "Cardoso")}
_HEADLINE = {"de": "Sonntag in der Leseecke", "nl": "Zondag in de leeshoek", "fr": "Dimanche au coin lecture",
             "es": "Domingo en el rincón de lectura", "it": "Domenica nell'angolo di lettura",
             "pl": "Niedziela w kąciku czytelniczym", "en": "Sunday in the reading corner",
             "sv": "Söndag i läshörnan", "pt": "Domingo no canto de leitura"}

LABELS = [
    ("de", "Tipp der Woche"), ("de", "Buch der Woche"), ("de", "Empfehlung der Woche"), ("de", "Unsere Empfehlung"),
    ("nl", "Boek van de Week"), ("nl", "Tip van de Maand"), ("fr", "Coup de Cœur du Mois"),
    ("fr", "Livre de la Semaine"), ("es", "Libro de la Semana"), ("es", "Lectura del Mes"),
    ("it", "Libro della Settimana"), ("it", "Consiglio del Mese"), ("pl", "Książka Tygodnia"),
    ("pl", "Książka Miesiąca"), ("en", "Staff Pick"), ("en", "Weekly Pick"), ("en", "Editor's Choice"),
    ("sv", "Veckans Bok"), ("sv", "Månadens Tips"), ("pt", "Livro do Mês"),
]


def _post(lang: str, heading: str, author: str, surname: str, title: str | None = None) -> str:
    body = _BODY[lang].format(t=_BOOK[lang], a=author, s=surname)
    title = title or _HEADLINE[lang]
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">'
            f'<h2>{heading}</h2>{body}</div></article></body></html>')


@pytest.mark.parametrize("lang,label", LABELS)
def test_a_column_label_over_the_book_is_no_author(lang, label):
    author, surname = _AUTHOR[lang]
    record = extract_page(_post(lang, f"{label}: {_BOOK[lang]}", author, surname),
                          f"https://leseblog.example.org/2026/10/{lang}-column/")
    assert record.book_author != label, (lang, label, record.book_title, record.book_author)
    assert record.book_author is None or label.split()[0] not in record.book_author, record.book_author


@pytest.mark.parametrize("lang", ["de", "en", "es", "it"])
def test_the_book_after_the_label_is_still_read(lang):
    label = {"de": "Tipp der Woche", "en": "Staff Pick", "es": "Libro de la Semana", "it": "Libro della Settimana"}[lang]
    author, surname = _AUTHOR[lang]
    record = extract_page(_post(lang, f"{label}: {_BOOK[lang]}", author, surname),
                          f"https://leseblog.example.org/2026/10/{lang}-column-book/")
    assert record.is_review
    assert record.book_title == _BOOK[lang], (lang, record.book_title)
    assert record.book_author in (author, None), (lang, record.book_author)


def test_labels_in_many_languages_are_no_names():
    for label in ("Tipp der Woche", "Lesetipp der Woche", "Boek van de Week", "Coup de Cœur du Mois", "Coup de Cœur",
                  "Libro de la Semana", "Libro della Settimana", "Książka Tygodnia", "Kniha Měsíce", "Veckans Bok",
                  "Månedens Bok", "Kuukauden Kirja", "Haftanın Kitabı", "Kitap Haftası", "Livro da Semana",
                  "Staff Pick", "Monthly Favourite", "Unsere Empfehlung", "Книга Недели"):
        assert book.column_label(label), label
        assert not is_name(label), label


def test_names_that_hold_a_period_or_pick_word_stay_names():
    for name in ("Mary Week", "Jan Monat", "Daniel Pick", "Tip O'Neill", "Hans Buch", "Carla Mes",
                 "Ludwig van der Rohe", "Anna de la Cruz", "Maria das Dores", "Lena Brandt"):
        assert not getattr(book, "column_label", lambda _: False)(name), name
        assert is_name(name), name


@pytest.mark.parametrize("lang,name,surname", [("en", "Mary Week", "Week"), ("de", "Jan Monat", "Monat")])
def test_an_author_whose_name_holds_a_period_word_is_still_read(lang, name, surname):
    # a real "A: T" heading whose author is called by surname in the text
    record = extract_page(_post(lang, f"{name}: {_BOOK[lang]}", name, surname),
                          f"https://leseblog.example.org/2026/10/{lang}-named/")
    assert record.is_review
    assert (record.book_title, record.book_author) == (_BOOK[lang], name)
