"""rev25: booklonewriter.titled_writer reads a quoted title after a noun for the title or the work as whole words only
(their inflections listed: "titled", "library", "başlıyor" are no such noun), and gives up where a chapter's, a song's,
a film's, a poem's, a story's or an episode's noun stands nearer the quote than any noun for the book or its title.
Our own sentences."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.booklonewriter import titled_writer


def _t(text, language):
    return titled_writer(Context(text, (), language), "A remark of the paper's own")


def test_still_fires_in_several_languages():
    assert _t("Okafor writes with patience.\nThe title of the book, “Salt Roads”, pays off late.", "en") \
        == ("Salt Roads", "Okafor")
    assert _t("Lindqvist skriver torrt.\nSamlingens titel, ”Vita nätter”, förklaras i sista novellen.", "sv") \
        == ("Vita nätter", "Lindqvist")
    assert _t("Dvořák píše úsporně.\nNázev sbírky, „Noční vlaky“, dává smysl až na konci.", "cs") \
        == ("Noční vlaky", "Dvořák")
    assert _t("Esposito scrive con grazia.\nIl titolo della raccolta, «Case basse», si capisce alla fine.", "it") \
        == ("Case basse", "Esposito")
    # a story collection: the collection is the nearer noun
    assert _t("Okafor writes with patience.\nThe story collection “Salt Roads” pays off late.", "en") \
        == ("Salt Roads", "Okafor")


def test_another_works_title_is_left_alone():
    for text, language in (
        ("Okafor writes with patience.\nThe third chapter, titled “Low Tide”, is the best part.", "en"),
        ("Okafor writes with patience.\nHis mother hums a song titled “Low Tide” all through the book.", "en"),
        ("Dvořák píše úsporně.\nNázev kapitoly „Smích“ je ironický.", "cs"),
        ("Brandauer schreibt knapp.\nDer Titel des Gedichts „Abendlicht“ kehrt im Roman wieder.", "de"),
        ("Lindqvist skriver torrt.\nFilmen ”Vita nätter” bygger på en annan bok.", "sv"),
        ("Moreau écrit sans détour.\nLe titre de la chanson « Nuit blanche » revient souvent.", "fr"),
        ("Kowalska pisze lekko.\nTytuł rozdziału „Cisza” mówi wszystko.", "pl"),
    ):
        assert _t(text, language) is None, text


def test_stems_are_no_nouns_any_more():
    # "titled" alone, a library's name, Spanish "librería", Turkish "başlıyor" (begins)
    assert _t("Okafor writes with patience.\nA man titled “Lord Ashby” turns up.", "en") is None
    assert _t("Vila escribe con ironía.\nLo compré en la librería «La Central» una tarde.", "es") is None
    assert _t("Pamir yazıyor sade.\nHikâye başlıyor “Sessiz Ev” ile.", "tr") is None


def test_page_with_a_chapter_title_gives_no_book():
    body = ("<p>Ferrante writes with a fierce intimacy that makes each page feel like a secret told at night.</p>"
            "<p>The fourth chapter, titled “Harbour Lights”, is the strongest, full of fear and sudden warmth.</p>"
            "<p>Some parts drag in the middle, but the ending gathers every thread in a way that feels earned.</p>"
            "<p>Rating: 4 out of 5 stars.</p>")
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>Two friends, one city</title></head><body><main>'
            f'<article><h1>Two friends, one city</h1>{body}</article></main></body></html>')
    record = extract_page(html.encode(), "https://reads.example.org/2026/two-friends/")
    assert record.book_title != "Harbour Lights"
