"""rev26: booklonewriter.titled_writer - a story's or a poem's noun governed by a collection's or a book's noun ("a
collection of short stories, “T”", "zbiór opowiadań „T”") names no other work, and the other works' nouns are whole
words with their inflections (French "vers", Italian "dal", "contemporary", "capital", "главный", "sangat" are none).
Our own sentences."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.booklonewriter import titled_writer


def _t(text, language):
    return titled_writer(Context(text, (), language), "A remark of the paper's own")


def test_a_collection_of_stories_or_poems_is_the_book():
    for text, language, expected in (
        ("Adeyemi writes with care.\nHis book of poems, “Dry Season”, rewards a slow reading.", "en",
         ("Dry Season", "Adeyemi")),
        ("Brandauer schreibt knapp.\nDie Sammlung von Erzählungen „Abendlicht“ wirkt lange nach.", "de",
         ("Abendlicht", "Brandauer")),
        ("Dvořák píše úsporně.\nJeho kniha povídek „Noční vlaky“ dává smysl až na konci.", "cs",
         ("Noční vlaky", "Dvořák")),
        ("Esposito scrive con grazia.\nLa raccolta di racconti «Case basse» si capisce alla fine.", "it",
         ("Case basse", "Esposito")),
        ("Lindqvist skriver torrt.\nHennes samling dikter ”Vita nätter” är ojämn men stark.", "sv",
         ("Vita nätter", "Lindqvist")),
        ("Шевчук пише стримано.\nЇї збірка оповідань «Тихий сад» відкривається наприкінці.", "uk",
         ("Тихий сад", "Шевчук")),
    ):
        assert _t(text, language) == expected, text


def test_a_story_or_poem_of_its_own_is_still_another_work():
    for text, language in (
        ("Adeyemi writes with care.\nThe collection opens with a story, “Dry Season”, set on a farm.", "en"),
        ("Dvořák píše úsporně.\nNejlepší je povídka „Noční vlaky“ uprostřed sbírky.", "cs"),
        ("Esposito scrive con grazia.\nIl titolo del racconto «Case basse» torna nel libro.", "it"),
        ("Kowalska pisze lekko.\nW książce najlepszy jest wiersz „Cisza”.", "pl"),
    ):
        assert _t(text, language) is None, text


def test_ordinary_words_are_no_other_works_noun():
    for text, language, expected in (
        ("Moreau écrit sans détour.\nLe recueil se tourne vers « Nuit blanche » à la fin.", "fr", ("Nuit blanche", "Moreau")),
        ("Esposito scrive con grazia.\nIl libro, dal titolo «Case basse», si capisce alla fine.", "it",
         ("Case basse", "Esposito")),
        ("Okafor writes with patience.\nThe contemporary novel “Salt Roads” pays off late.", "en", ("Salt Roads", "Okafor")),
        ("Крылова пишет скупо.\nГлавный роман «Тёплый дом» раскрывается к концу.", "ru", ("Тёплый дом", "Крылова")),
        ("Lestari menulis dengan sabar.\nBuku yang sangat indah, “Hujan di Dapur”, terasa di akhir.", "id",
         ("Hujan di Dapur", "Lestari")),
    ):
        assert _t(text, language) == expected, text


def test_page_with_a_story_collection_finds_its_book():
    body = ("<p>Ferrante writes with a fierce intimacy that makes each page feel like a secret told at night.</p>"
            "<p>Her new collection of short stories, “Harbour Lights”, is the best she has written, "
            "full of fear and sudden warmth.</p>"
            "<p>Some parts drag in the middle, but the ending gathers every thread in a way that feels earned.</p>"
            "<p>Rating: 4 out of 5 stars.</p>")
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>Two friends, one city</title></head><body><main>'
            f'<article><h1>Two friends, one city</h1>{body}</article></main></body></html>')
    record = extract_page(html.encode(), "https://reads.example.org/2026/two-friends/")
    assert (record.kind, record.book_title, record.book_author) == ("review", "Harbour Lights", "Ferrante")
