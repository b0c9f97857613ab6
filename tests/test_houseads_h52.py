"""holdout52 round (helper house52): the paper's own supplement, insert or magazine pressed on the reader.

``houseads`` removed the paper's podcast and e-paper lines; a paper also closes a review with the offer of its book
supplement or weekend magazine: when (a weekday, the weekend, "every") or where (a newsstand, with the paper) to get
it, the supplement the house's (its name, "our", or the word's own possessive ending: Turkish "-imiz", Finnish
"-mme", Hungarian "-ünk"). A review telling where the book was first printed ("serialised in the Sunday supplement
in 1962"), someone else's magazine, or a supplement without when or where stays.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.houseads import house_ad

P1 = ("The island in this novel has one harbour, one school and a ferry that stops running in October. The narrator, "
      "a schoolteacher in her fifties, spends the winter counting the boats that no longer come.")
P2 = ("What holds the book together is the voice: dry, exact, never sorry for itself. Some chapters are only two "
      "pages long and still carry a whole season.")
P3 = ("The translation keeps the long sentences of the original without making them heavy, and the afterword "
      "explains its choices well. I would give it to anyone who liked the author's earlier stories.")


def _page(title: str, tail: str = "", lang: str = "en", middle: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><main><article><h1>{title.split(' | ')[0]}</h1>"
            f"<div class='article-body'><p>{P1}</p><p>{P2}</p>{middle}<p>{P3}</p>{tail}</div></article></main></body></html>")


def _body(page: str, url: str = "https://paper.example.org/culture/island-review") -> str:
    return extract_page(page, url).body_text


SITES = ["the morning ledger"]

OFFERS = [
    "Our books supplement comes with the paper every Saturday, at all newsstands.",
    "Unsere Literaturbeilage liegt jeden Freitag der Zeitung bei.",
    "Retrouvez notre supplément littéraire chaque jeudi en kiosque.",
    "Nuestro suplemento de libros, cada sábado en su quiosco.",
    "Il nostro inserto libri è in edicola ogni domenica con il giornale.",
    "Onze boekenbijlage ligt elke zaterdag bij de krant.",
    "Vår litteraturbilaga följer med tidningen varje lördag.",
    "Kirjaliitteemme ilmestyy lehden mukana lauantaisin.",
    "Könyvmellékletünket szombatonként az újságárusoknál is megtalálja.",
    "Okuma ekimizi her pazar gazeteyle birlikte bayilerden alabilirsiniz.",
    "Nasz dodatek książkowy w każdą sobotę w kioskach.",
    "Наше книжное приложение выходит каждую субботу вместе с газетой.",
    "Το ένθετο βιβλίου μας κυκλοφορεί κάθε Κυριακή με την εφημερίδα.",
    "The Morning Ledger's weekend magazine is out on Sunday.",
]


def test_the_papers_supplement_offer_is_a_house_ad_in_many_languages():
    for line in OFFERS:
        assert house_ad(line, SITES), line


def test_history_other_houses_and_bare_mentions_stay():
    for line in (
        # the book's history: a year
        "The novel was first serialised in our Sunday supplement in 1962, then cut by a third for the book.",
        "Roman ilk kez 1971'de ekimizde her pazar tefrika edilmişti.",
        # someone else's supplement or magazine, no house
        "The author edited a weekend magazine for a rival paper every Saturday for years.",
        "Die Heldin liest jeden Sonntag die Beilage einer anderen Zeitung.",
        # the house's magazine, but no when or where to get it
        "Our magazine spoke with the translator about the long sentences.",
        "Kirjaliitteemme haastatteli kääntäjää.",
        # a Turkish "her" (every) that is not a weekday's, the English pronoun
        "Our magazine profiled her once.",
    ):
        assert not house_ad(line, SITES), line


def test_the_supplement_line_at_the_end_of_a_review_goes_tr_en():
    tail = "<p>Kitap ekimizi her cumartesi gazeteyle birlikte bayilerden alabilirsiniz.</p>"
    body = _body(_page("Adasız bir liman | Sabah Postası", tail, lang="tr"))
    assert "ekimizi" not in body and "translation keeps" in body
    tail = "<p class='promo'>Our Saturday books supplement: at your newsstand every weekend with the paper.</p>"
    body = _body(_page("An island without ferries | The Morning Ledger", tail))
    assert "books supplement" not in body and "translation keeps" in body


def test_the_books_history_line_at_the_end_stays():
    tail = "<p>It first ran in the paper's Sunday supplement in 1962, as a serial in twelve parts.</p>"
    body = _body(_page("An island without ferries | The Morning Ledger", tail))
    assert "Sunday supplement in 1962" in body
