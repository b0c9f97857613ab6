"""rev25: bookpublisherrecord._over_house reads "Name: Title" over a publisher's labelled line, but not where the part
after the name opens with a thanks (an interview's closing line) or a credit's word (translation, illustration, photo,
editing). Our own fact boxes."""

from scraper.extract.book import Context
from scraper.extract.bookpublisherrecord import publisher_record


def _read(lines, text, language):
    return publisher_record(lines, Context(text + "\n" + "\n".join(lines), (), language))


def test_still_fires():
    assert _read(["Review text.", "Mira Holt: The Salt Houses at Dawn", "Publisher: Fenwick Press"],
                 "Mira Holt writes well. Mira Holt lives by the sea.", "en") == ("The Salt Houses at Dawn", "Mira Holt")
    assert _read(["Text.", "Jana Vrba: Noční vlaky", "Nakladatelství: Argo"],
                 "Jana Vrba píše dobře. Vrbová ne, Jana Vrba ano.", "cs") == ("Noční vlaky", "Jana Vrba")
    assert _read(["Text.", "Tea Mlakar: Zimska reka", "Založba: Beletrina"],
                 "Tea Mlakar piše lepo. Tea Mlakar živi ob morju.", "sl") == ("Zimska reka", "Tea Mlakar")


def test_thanks_and_credits_are_no_titles():
    for line, label, text, language in (
        ("Tea Mlakar: Hvala za pogovor", "Založba: Beletrina", "Tea Mlakar piše. Tea Mlakar živi.", "sl"),
        ("Mira Holt: Thank you for the talk", "Publisher: Fenwick Press", "Mira Holt writes. Mira Holt lives.", "en"),
        ("Anna Berg: Danke für das Gespräch", "Verlag: Hanser", "Anna Berg schreibt. Anna Berg lebt.", "de"),
        ("Mia Kos: Prevod iz angleščine", "Založba: Beletrina", "Mia Kos prevaja. Mia Kos živi.", "sl"),
        ("Ola Nowak: Tłumaczenie z angielskiego", "Wydawnictwo: Znak", "Ola Nowak tłumaczy. Ola Nowak żyje.", "pl"),
        ("Jan Vrba: Ilustrace a obálka", "Nakladatelství: Argo", "Jan Vrba kreslí. Jan Vrba žije.", "cs"),
        ("Ana Ruiz: Traducción del inglés", "Editorial: Anagrama", "Ana Ruiz traduce. Ana Ruiz vive.", "es"),
        ("Léa Roy: Photo de couverture", "Éditeur: Gallimard", "Léa Roy photographie. Léa Roy vit.", "fr"),
    ):
        assert _read(["Text.", line, label], text, language) is None, line
