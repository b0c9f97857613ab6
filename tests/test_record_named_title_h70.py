"""holdout70 (book70): a record line whose two sides are both name-shaped, "Author – Title" where the title is named
after its hero ("Eline Vere", "Jane Eyre", "Effi Briest"), and a headline "T, de A (House, year)".

``bookheadline.dashed_name`` gave up when both sides looked like names; with the text to hand (``bookbiblio``'s record
lines) the person is the side the text calls by surname alone and the title the side it never names by its last word
alone. ``from_title`` read "(House, 2017)" after "T, de A" as the author's bracket; a by-word before the name says the
bracket holds the publisher.
"""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookheadline import dashed_name, from_title


def _bib(lines, lang):
    return from_bibliography(lines, Context("\n".join(lines), (), lang))


# ---- it fires

def test_dutch_author_first():
    lines = ["Eline woont bij haar zus in Den Haag en verveelt zich.",
             "Couperus laat geduldig zien hoe haar onrust groeit.",
             "Louis Couperus – Eline Vere. Athenaeum, 560 blz."]
    assert _bib(lines, "nl") == ("Eline Vere", "Louis Couperus")


def test_english_title_first():
    lines = ["Jane is sent away to a cold school and then to a colder house.",
             "Brontë gives her a voice that never asks permission.",
             "Jane Eyre – Charlotte Brontë. Penguin Classics, 2006, 532 pp."]
    assert _bib(lines, "en") == ("Jane Eyre", "Charlotte Brontë")


def test_german_author_first():
    lines = ["Effi heiratet mit siebzehn einen viel älteren Baron.",
             "Fontane erzählt das alles mit leiser Ironie.",
             "Theodor Fontane – Effi Briest. Reclam, 2002, 336 Seiten."]
    assert _bib(lines, "de") == ("Effi Briest", "Theodor Fontane")


def test_dashed_name_with_context_directly():
    context = Context("Anna is restless. Tolstoy follows her to the station.", (), "en")
    assert dashed_name("Anna Karenina – Leo Tolstoy", context) == ("Anna Karenina", "Leo Tolstoy")


# ---- near misses: no telling which side is the person

def test_both_called_by_surname_no_telling():
    lines = ["Emma Bovary longs for another life; Bovary the husband never notices.",
             "Flaubert spent five years on it.",
             "Gustave Flaubert – Emma Bovary. Gallimard, 2001, 490 p."]
    assert _bib(lines, "fr") is None


def test_neither_called_by_surname_no_telling():
    lines = ["A novel about a young woman in a provincial town.",
             "It is long and slow and very good.",
             "Louis Couperus – Eline Vere. Athenaeum, 560 blz."]
    assert _bib(lines, "nl") is None


def test_without_context_unchanged():
    assert dashed_name("Louis Couperus – Eline Vere") is None


# ---- "T, de A (House, year)": the bracket holds the publisher

def test_spanish_by_word_before_bracket():
    book = from_title("Las horas claras, de Marta Quiroga Peña (Random House, 2017)")
    assert (book.title, book.author, book.year, book.publisher) == ("Las horas claras", "Marta Quiroga Peña", 2017,
                                                                     "Random House")


def test_english_by_before_bracket():
    book = from_title("The Lantern Room by Ada Berg (Faber Editions, 2019)")
    assert (book.title, book.author, book.publisher) == ("The Lantern Room", "Ada Berg", "Faber Editions")


def test_italian_by_word_before_bracket():
    book = from_title("Il mare d'inverno, di Lucia Ferri (Nuova Einaudi, 2010)")
    assert (book.title, book.author, book.publisher) == ("Il mare d'inverno", "Lucia Ferri", "Nuova Einaudi")


def test_title_holding_de_without_comma_is_no_split():
    # "de" inside a title, no comma before it: not a by-word (no author "Bernarda Alba")
    book = from_title("La casa de Bernarda Alba (Nueva Editorial, 1987)")
    assert book is None or book.author != "Bernarda Alba"


# ---- a whole page: the record line closing a post

def test_whole_page_record_line():
    paragraphs = [
        "Sommige boeken blijven jaren op de stapel liggen omdat ze zo dik zijn, en deze stond er al sinds mijn "
        "studietijd. Deze winter heb ik hem eindelijk gelezen, langzaam, een paar hoofdstukken per avond.",
        "Effi trouwt op haar zeventiende met een veel oudere baron en verhuist naar een stil stadje aan de kust. "
        "Fontane vertelt het allemaal met een lichte ironie, zonder ooit hard te oordelen over wie dan ook.",
        "Wat me het meest trof is hoe weinig er gezegd wordt. De belangrijkste dingen gebeuren tussen twee "
        "hoofdstukken in, en de lezer moet zelf bedenken wat er in die tussentijd is misgegaan.",
        "Het slot is ingetogen en juist daardoor des te harder. Ik heb het boek daarna nog dagen bij me gedragen, "
        "in gedachten, en ik denk dat ik het over een paar jaar opnieuw ga lezen.",
        "Mijn oordeel: ★★★★☆",
        "<i>Theodor Fontane – Effi Briest. Vertaald uit het Duits. Athenaeum, 336 blz.</i>",
    ]
    html = ('<html lang="nl"><head><meta charset="utf-8"><title>Een stil huis aan de kust</title></head><body>'
            '<div class="post hentry"><h3 class="post-title entry-title">Een stil huis aan de kust</h3>'
            '<div class="post-body entry-content">' + "".join(f"<div>{p}</div>" for p in paragraphs) +
            '</div><div class="post-footer">Gepost door <span class="fn">Marleen</span></div></div>'
            '<footer>Mogelijk gemaakt door Blogger.</footer></body></html>')
    record = extract_page(html.encode(), "https://leeshoek.example.nl/2026/12/een-stil-huis.html")
    assert (record.book_title, record.book_author) == ("Effi Briest", "Theodor Fontane")
