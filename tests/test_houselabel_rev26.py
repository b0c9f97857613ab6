"""rev26: bookpublisherrecord._over_house rejects a credit only in the credit's own form (a participle, a translation's
noun before "from", a credit's noun before "by" or another credit's noun), so that a title opening with such a noun
("Photographs from Siberia", "Translations of Silence") is still read as the book. Our own fact boxes."""

from scraper.extract.book import Context
from scraper.extract.bookpublisherrecord import publisher_record


def _read(lines, text, language):
    return publisher_record(lines, Context(text + "\n" + "\n".join(lines), (), language))


def test_titles_opening_with_a_credit_noun_are_titles():
    for title, label, name, language in (
        ("Fotografije iz Sibira", "Založba: Beletrina", "Ana Kos", "sl"),
        ("Překlady ticha", "Nakladatelství: Host", "Jana Novak", "cs"),
        ("Photographs from the Lake", "Publisher: Fenwick Press", "Mira Holt", "en"),
        ("Fotos aus dem Norden", "Verlag: Hanser", "Anna Berg", "de"),
        ("Ilustracje pamięci", "Wydawnictwo: Znak", "Ola Nowak", "pl"),
        ("Portadas olvidadas", "Editorial: Anagrama", "Ana Ruiz", "es"),
    ):
        text = f"{name} writes. {name} lives. {name} piše."
        assert _read(["Text.", f"{name}: {title}", label], text, language) == (title, name), title


def test_credits_in_their_own_form_are_no_titles():
    for line, label, language in (
        ("Mia Kos: Prevedla Ana Grm", "Založba: Beletrina", "sl"),
        ("Mira Holt: Translated by Ann Reed", "Publisher: Fenwick Press", "en"),
        ("Mira Holt: Illustrations by Ann Reed", "Publisher: Fenwick Press", "en"),
        ("Anna Berg: Aus dem Englischen von Jan Roth", "Verlag: Hanser", "de"),
        ("Jan Vrba: Přeložila Eva Malá", "Nakladatelství: Argo", "cs"),
        ("Léa Roy: Traduit de l'anglais", "Éditeur: Gallimard", "fr"),
        ("Ana Ruiz: Fotografía de portada", "Editorial: Anagrama", "es"),
    ):
        name = line.split(":")[0]
        assert _read(["Text.", line, label], f"{name} writes. {name} lives.", language) is None, line
