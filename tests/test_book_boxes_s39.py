"""A paper's headed book box "A: «T»" over the book's kind alone (``bookboldrecord.quoted_record``), and a headed box of
lines, not a list, crediting the book over its labelled facts (``bookfactlist``), book39b; near misses stay unread."""

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.bookboldrecord import quoted_record

_URL = "https://lanternpost.example.net/kultur/anmeldelse/99/"


def _page(paras, box, lang):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>En kald vinter – Lanternposten</title></head>"
            "<body><header><a href='/'>Lanternposten</a></header><main><article class='article'>"
            "<h1 class='article-title'>En kald vinter</h1><div class='article-body'>"
            f"{ps}{box}</div></article></main></body></html>")


_NB = [
    "Fergen går ikke lenger, og øya er isolert gjennom hele januar. Fyrvokteren teller dagene i en notisbok, og "
    "Strand skriver ham fram med en tørr og presis tone som passer kulden.",
    "Det er ikke mye som skjer, men det som skjer, skjer med tyngde. Strand stoler på leseren og forklarer lite.",
    "Romanen er stillferdig og sta, og jeg anbefaler den varmt til alle som liker lange kvelder og korte setninger. "
    "Den beste norske romanen jeg har lest i år, selv om slutten kommer litt for brått.",
    "Terningkast 5",
]
_DE = [
    "Eine Fähre, ein Winter, eine Insel: Mehr braucht Brenner nicht, um eine Familie auseinanderfallen zu lassen, und "
    "sie erzählt das mit einer Ruhe, die man lange nicht vergisst.",
    "Nicht jede Episode trägt, aber die stärksten gehören zum Besten, was ich in diesem Jahr gelesen habe.",
    "Ein leises, störrisches Buch, das ich jedem empfehle, der lange Abende mag. Die Sprache ist knapp und klar, "
    "und am Ende wollte ich sofort selbst auf eine Fähre steigen.",
    "Bewertung: 4 von 5 Sternen",
]


@pytest.mark.parametrize("paras, box, lang, want", [
    # Norwegian: the heading, the name and the title in guillemets, a bare number for a title, the kind alone under it
    (_NB, "<div class='factbox'><h4>Om boka</h4><p>Ola Strand: «1905»</p><p>Roman</p></div>", "nb",
     ("1905", "Ola Strand")),
    # German: low-high quotes, the kind in one word
    (_DE, "<aside class='infobox'><h3>Zum Buch</h3><p>Lena Brenner: „Die Fährfrau“</p><p>Erzählungen</p></aside>",
     "de", ("Die Fährfrau", "Lena Brenner")),
])
def test_headed_quoted_box_over_kind(paras, box, lang, want):
    page = extract_page(_page(paras, box, lang), _URL)
    assert (page.book_title, page.book_author) == want


@pytest.mark.parametrize("paras, box, lang", [
    # no heading: a bare "A: «T»" over one word is a quote's credit or a teaser, not a book box
    (_NB, "<div class='quote'><p>Ola Strand: «1905»</p><p>Intervju</p></div>", "nb"),
    # the line under names a person: a byline, not the book's kind
    (_NB, "<div class='factbox'><h4>Om boka</h4><p>Ola Strand: «1905»</p><p>Kari Lund</p></div>", "nb"),
    (_NB, "<div class='factbox'><h4>Om boka</h4><p>Ola Strand: «1905»</p><p>Anmeldt av Kari</p></div>", "nb"),
    # a pull quote: the quoted words are a sentence
    (_NB, "<div class='factbox'><h4>Sitat</h4><p>Ola Strand: «Jeg skriver om kulde.»</p><p>Intervju</p></div>", "nb"),
    # a box naming a writer the review never names: another book's
    (_DE, "<aside class='infobox'><h3>Auch lesenswert</h3><p>Jana Voss: „Der Hafen“</p><p>Roman</p></aside>", "de"),
])
def test_near_miss_boxes_give_no_box_book(paras, box, lang):
    # (the box's own reader: the review's other readers may still name its writer from the text)
    assert quoted_record(lxml.html.fromstring(_page(paras, box, lang))) is None
    page = extract_page(_page(paras, box, lang), _URL)
    assert page.book_author != "Jana Voss"


_EN = [
    "Every winter I reread this with my nephew, and every winter the lake seems colder. Ada wakes alone in the "
    "boathouse and has to learn the frozen shore by herself, and Merrow never makes it easier for her.",
    "The drawings are sparse and the chapters short, but the ending, with the thaw coming in over one night, "
    "is the best thing I have read aloud this year.",
    "I recommend it to anyone with a child who likes the dark months, and I will be buying the sequel. A quiet, "
    "stubborn little book, and my nephew asked for it again the next night.",
    "Rating: 4/5",
]
_NL = [
    "Een meisje wacht op de boot die niet komt, en Dekker vertelt het met een droogheid die de kou voelbaar maakt. "
    "Elke bladzijde ruikt naar zout en teer.",
    "Het einde is te snel, maar de eerste honderd bladzijden zijn het beste wat Dekker ooit schreef.",
    "Een stil, koppig boek dat ik iedereen aanraad die van lange avonden houdt. De taal is kaal en helder, en aan "
    "het einde wilde ik zelf op de boot stappen.",
    "Mijn oordeel: 4 van 5 sterren",
]


def _blog(paras, box, lang):
    body = "<br /><br />".join(paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Tidepool Books</title></head><body>"
            "<div class='post hentry'><h3 class='post-title entry-title'>Winter notes</h3>"
            f"<div class='post-body entry-content'>{body}<br /><br />{box}</div></div></body></html>")


@pytest.mark.parametrize("paras, box, lang, want", [
    # English, bilingual labels "Local / English", a label no list knows among the facts
    (_EN, "<div class='details'><b>Details</b><br />The Frozen Shore, Ida Merrow<br />Argraffwr / Publisher: Gull House"
          "<br />Cyfieithydd / Translator: Tom Reed<br />Oed / Age: 8+</div>", "en", ("The Frozen Shore", "Ida Merrow")),
    # Dutch, paragraphs rather than line breaks, "T – A"
    (_NL, "<div class='gegevens'><p><strong>Gegevens</strong></p><p>De lege haven – Marit Dekker</p>"
          "<p>Uitgever: Zilt</p><p>Vertaling: Jan Bos</p></div>", "nl", ("De lege haven", "Marit Dekker")),
])
def test_headed_box_credit_over_facts(paras, box, lang, want):
    page = extract_page(_blog(paras, box, lang), _URL)
    assert (page.book_title, page.book_author) == want


@pytest.mark.parametrize("paras, box, lang", [
    # no heading over the credit: the review's own closing line, then facts
    (_EN, "Warm and cold, Ida Berg said once<br />Publisher: Gull House<br />Translator: Tom Reed", "en"),
    # two unlabelled lines: a round-up of books, not one book's box
    (_EN, "<div><b>Also read</b><br />The Salt Year, Ida Berg<br />Old Harbours, Tom Reed<br />Publisher: Gull House"
          "<br />Translator: Tom Reed</div>", "en"),
    # one labelled fact only
    (_NL, "<div><p><strong>Zie ook</strong></p><p>De lege haven – Ina Berg</p><p>Uitgever: Zilt</p></div>", "nl"),
])
def test_near_miss_fact_boxes(paras, box, lang):
    page = extract_page(_blog(paras, box, lang), _URL)
    assert page.book_author not in ("Ida Berg", "Ina Berg", "Tom Reed")


# a cover's caption "T, A (a note)" under a picture with no alt text, its file named after the title
# (``bookcoversentence.filed_caption``)
_ES = [
    "Ruiz vuelve a la casa de su infancia y la recorre habitación por habitación, con una paciencia que al principio "
    "desespera y luego hipnotiza. Cada objeto abre un recuerdo, y cada recuerdo una herida distinta.",
    "No es una novela fácil, pero la recomiendo sin dudar: hacía años que no leía una prosa tan limpia y tan triste. "
    "El final, en la cocina vacía, es de lo mejor que he leído este año.",
    "Mi valoración: 4 de 5",
]
_GA = [
    "Quinn takes us back to the island where her grandmother was born, and the novel moves through one long summer "
    "of boats, funerals and letters that arrive a generation late, told in a voice that is dry and warm at once.",
    "It is not an easy book, and the last part is very dark, but I recommend it without hesitation: the best thing "
    "I have read this year, and a novel I will reread.",
    "Rating: four stars",
]


def _captioned(paras, src, caption, lang, alt=""):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Reseña – Hoja Suelta</title></head><body>"
            "<main><article class='node'><h1 class='page-title'>Una casa que se vacía</h1>"
            f"<figure><img src='/files/{src}' alt='{alt}'><figcaption>{caption}</figcaption></figure>"
            f"<div class='field--name-body'>{ps}</div></article></main></body></html>")


@pytest.mark.parametrize("paras, src, caption, lang, want", [
    # Spanish: the kind in brackets, the file spelling the title without its accents
    (_ES, "la-casa-vacia.jpg", "La casa vacía, Marta Ruiz (novela)", "es", ("La casa vacía", "Marta Ruiz")),
    # English: no note, the file spelling the title and the name
    (_GA, "the-salt-summer-orla-quinn.jpg", "The Salt Summer, Orla Quinn", "en", ("The Salt Summer", "Orla Quinn")),
])
def test_caption_record_under_a_filed_cover(paras, src, caption, lang, want):
    page = extract_page(_captioned(paras, src, caption, lang), _URL)
    assert (page.book_title, page.book_author) == want


@pytest.mark.parametrize("paras, src, caption, lang", [
    # a portrait: the file spells the person, the caption's first part is the person and the second a place
    (_ES, "marta-ruiz.jpg", "Marta Ruiz, Sevilla (2019)", "es"),
    # a scene: the file spells only part of the caption's first part
    (_GA, "harbour.jpg", "The harbour at dawn, Orla Quinn", "en"),
    # a file with no words to read: a camera's number
    (_GA, "img-4412.jpg", "The Salt Summer, Orla Quinn", "en"),
])
def test_caption_near_misses(paras, src, caption, lang):
    from scraper.extract.book import Context
    from scraper.extract.bookcover import COVER_WORD, figure_captions
    from scraper.extract.bookcoversentence import filed_caption
    tree = lxml.html.fromstring(_captioned(paras, src, caption, lang))
    assert filed_caption(figure_captions(tree), Context(" ".join(paras)), COVER_WORD) is None

