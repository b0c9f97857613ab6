"""A paper's book box with its title in bold, and a subtitle that names the book's kind with its article (round s28), in
our own words and markup.

- bookmarkedrecord.by_marked: "<b>T: S</b> by A. House, 288pp, £16.99" closing a paper's review: the bold sets the
  title off (its colon too, which a plain reading takes for "A: T"), the "by" word the person, the record's figures the
  line (English, German "von", French "par", Dutch "door"); a stop after the name ends it, not an initial's.
- bookbrand.kind_tail: "T: A Novel", "T. Un roman": a subtitle of an article and a kind's word is dropped.

Near misses: a bold phrase with "by" and no record after it ("<b>Next week</b> by popular demand: …"), a bold line
naming a person and a house with no figures, a subtitle whose noun is no kind of book ("Salt: A Ledger").
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.bookbrand import kind_tail

PARAS = {
    "en": ["A harbour clerk spends forty years recording what comes in and out of a small port, and slowly the ledger "
           "becomes a history of the town.",
           "Okafor is patient with her clerk and generous with the town's smugglers. The middle sags, but the last "
           "chapter, in which the ledger burns, is superb.", "It is a quiet book, and a good one."],
    "de": ["Ein Hafenschreiber verzeichnet vierzig Jahre lang, was in einem kleinen Hafen ein- und ausgeht, und das "
           "Buch wird langsam zur Geschichte der Stadt.",
           "Okafor ist geduldig mit ihrem Schreiber und großzügig mit den Schmugglern. Die Mitte hängt durch, aber das "
           "letzte Kapitel ist großartig.", "Ein leises, gutes Buch."],
    "fr": ["Un greffier du port note pendant quarante ans ce qui entre et sort d'un petit port, et son registre "
           "devient peu à peu l'histoire de la ville.",
           "Okafor est patiente avec son greffier et généreuse avec les contrebandiers. Le milieu s'essouffle, mais le "
           "dernier chapitre est superbe.", "Un livre discret, et un bon livre."],
    "nl": ["Een havenklerk noteert veertig jaar lang wat er in en uit een kleine haven gaat, en langzaam wordt zijn "
           "grootboek de geschiedenis van de stad.",
           "Okafor is geduldig met haar klerk en gul voor de smokkelaars. Het midden zakt in, maar het laatste "
           "hoofdstuk is prachtig.", "Een stil boek, en een goed boek."],
}
URL = "https://www.courier.example.com/culture/books/forty-years-at-the-harbour-desk-123.html"


def _paper(box: str, lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[lang]) + f"<p class='book-info'>{box}</p><p class='book-info'>★★★★☆</p>"
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Forty years at the harbour desk - The Courier"
            "</title></head><body><main><article><h1 class='title'>Forty years at the harbour desk</h1>"
            "<p class='standfirst'>A clerk, a port and the town that grew around them</p>"
            f"<div class='byline'>Nora Hale</div><div class='body'>{body}</div></article></main></body></html>")


def test_a_bold_title_and_its_record_close_the_review_in_several_languages():
    for box, lang, title in (
        ("<b>Salt Years: Forty Winters at the Harbour Desk</b> by Chidi Okafor. Harbour Press, 288pp, £16.99", "en",
         "Salt Years: Forty Winters at the Harbour Desk"),
        ("<b>Das Salzbuch: Ein Hafenleben</b> von Chidi Okafor. Verlag Nord, 288 Seiten, 22 Euro", "de",
         "Das Salzbuch: Ein Hafenleben"),
        ("<strong>Le Livre du sel : une vie de port</strong> par Chidi Okafor. Éditions du Port, 288 p., 21 €", "fr",
         "Le Livre du sel : une vie de port"),
        ("<strong>Het zoutboek: Een havenleven</strong> door Chidi Okafor. Uitgeverij Noord, 288 blz., € 22", "nl",
         "Het zoutboek: Een havenleven"),
    ):
        record = extract_page(_paper(box, lang), URL)
        assert (record.book_title, record.book_author) == (title, "Chidi Okafor"), (record.book_title, lang)


def test_a_bold_phrase_with_no_record_is_no_book():
    for box in (
        "<b>Next week</b> by popular demand: Chidi Okafor answers your questions about the harbour.",
        "<b>Also on our shelf</b> by Chidi Okafor, Harbour Press",
    ):
        record = extract_page(_paper(box), URL)
        assert record.book_title not in ("Next week", "Also on our shelf"), record.book_title


def test_a_subtitle_naming_the_kind_with_its_article_is_dropped():
    for title, kept in (
        ("The Salt Years: A Novel", "The Salt Years"),
        ("The Salt Years: A memoir", "The Salt Years"),
        ("Le Livre du sel. Un roman", "Le Livre du sel"),
        ("Das Salzbuch: Ein Roman", "Das Salzbuch"),
        ("Salt: A Ledger", "Salt: A Ledger"),
        ("The Salt Years: A Reckoning", "The Salt Years: A Reckoning"),
    ):
        assert kind_tail(Book(title, "Chidi Okafor"), "a review's text").title == kept, title
