"""bookvolume: a series' volume written "Series, <volume word> N : T" is the book T, in French, English, German,
Spanish, Dutch, Polish and Russian (our own invented series); titles whose number word or dash is their own are kept."""

from scraper.extract.book import clean_title
from scraper.extract.bookvolume import volume_title


def test_series_and_volume_before_the_title():
    assert volume_title("Les Chroniques du phare, Tome 2 : La Nuit des mouettes") == "La Nuit des mouettes"
    assert volume_title("The Salt Isles, Book 3: Harbour of Glass") == "Harbour of Glass"
    assert volume_title("Die Moorchroniken, Band 4 – Der stille Turm") == "Der stille Turm"
    assert volume_title("La saga del puerto, Tomo II: Las redes") == "Las redes"
    assert volume_title("De kronieken van Ven, Deel 1: Het natte woud") == "Het natte woud"
    assert volume_title("Kroniki doliny, Tom 2: Szary most") == "Szary most"
    assert volume_title("Хроники долины, Книга 1: Серый мост") == "Серый мост"
    # through clean_title, as every rule's title goes (quotes and a trailing series bracket too)
    assert clean_title("« Les Chroniques du phare, Tome 2 : La Nuit des mouettes »") == "La Nuit des mouettes"


def test_near_misses():
    for title in ("Catch-22", "Band of Brothers: Easy Company", "Book Two", "Tome 1 : La Nuit des mouettes",
                  "Les Chroniques du phare", "The Salt Isles: Book of Tides", "Le Tome 3 : x",
                  "Mon livre de chevet : un roman", "The Second Book: Poems"):
        assert volume_title(title) == title
