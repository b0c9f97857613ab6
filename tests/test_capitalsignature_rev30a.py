"""A verdict in capitals under the closing record is no signature (rev30a): ``creditlines.capital_signature`` takes a
line of two to four words in capitals after the review's record line as its writer's name, but not a line holding a
word of a verdict, a reading bidden or a book recommended ("MUST READ", "LECTURA OBLIGATORIA", "UNBEDINGT LESEN", "À
LIRE ABSOLUMENT", "DA LEGGERE", "LEITURA OBRIGATÓRIA", "LEKTURA OBOWIĄZKOWA", "AANRADER VOOR IEDEREEN", "WAJIB BACA").
Still a signature: a name in capitals in en, it, pl, vi.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

import pytest

from scraper.extract.creditlines import capital_signature

_BEFORE = "Jon Asker writes of a ferry and a winter; the crossing is the book's best part."


@pytest.mark.parametrize("line,record", [
    ("MUST READ", "Jon Asker, The Winter Ferry, Tallow Books, 2023, 280 pages."),
    ("LECTURA OBLIGATORIA", "Jon Asker, El transbordador, Editorial Cielo, 2023, 280 páginas."),
    ("UNBEDINGT LESEN", "Jon Asker: Die Winterfähre. Kiel Verlag, 2023, 280 Seiten."),
    ("À LIRE ABSOLUMENT", "Jon Asker, Le bac d'hiver, Éditions du Port, 2023, 280 pages."),
    ("DA LEGGERE", "Jon Asker, Il traghetto, Edizioni Nord, 2023, 280 pagine."),
    ("LEITURA OBRIGATÓRIA", "Jon Asker, A balsa, Editora Sul, 2023, 280 páginas."),
    ("LEKTURA OBOWIĄZKOWA", "Jon Asker, Prom zimowy, Wydawnictwo Port, 2023, 280 stron."),
    ("AANRADER VOOR IEDEREEN", "Jon Asker, De winterveerboot, Uitgeverij Haven, 2023, 280 blz."),
    ("WAJIB BACA", "Jon Asker, Feri Musim Dingin, Penerbit Laut, 2023, 280 halaman."),
])
def test_a_verdict_in_capitals_is_no_signature(line, record):
    assert not capital_signature(line, record, lambda: _BEFORE)


@pytest.mark.parametrize("line,record", [
    ("RUTH CALDER", "Jon Asker, The Winter Ferry, Tallow Books, 2023, 280 pages."),
    ("MARTA BELLINI", "Jon Asker, Il traghetto, Edizioni Nord, 2023, 280 pagine."),
    ("ANNA KOWALCZYK", "Jon Asker, Prom zimowy, Wydawnictwo Port, 2023, 280 stron."),
    ("LÊ THU HÀ", "Jon Asker, Chuyến phà mùa đông, NXB Biển, 2023, 280 trang."),
])
def test_a_name_in_capitals_is_still_a_signature(line, record):
    assert capital_signature(line, record, lambda: _BEFORE)
