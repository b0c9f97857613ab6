"""pleas._thanks_reader (rev34h): thanks "to all" ("an alle", "a todos", "a tutti", "à tous", "aan iedereen") thank the
readers, as a bare "thank you" does; "thanks to <a giver>" stays a thanks to someone else."""

from __future__ import annotations

import pytest

from scraper.extract.pleas import _thanks_reader


@pytest.mark.parametrize("text", [
    "Danke an alle, die mit ihrer Spende die Schulbibliothek unterstützen!",
    "Gracias a todos los vecinos por sus donativos a la biblioteca del barrio.",
    "Grazie a tutti coloro che hanno sostenuto il fondo con una donazione.",
    "Merci à tous pour vos dons à la bibliothèque du village.",
    "Thanks to everyone who gave to the library fund this spring!",
])
def test_thanks_to_all_is_the_readers(text):
    assert _thanks_reader(text)


@pytest.mark.parametrize("text", [
    "Thanks to the Hill Trust, the fund bought forty new books.",
    "Dank an die Stiftung, die den Fonds ermöglicht hat.",
    "Gracias a la fundación del pueblo, la biblioteca abrió.",
])
def test_thanks_to_a_giver_is_not(text):
    assert not _thanks_reader(text)
