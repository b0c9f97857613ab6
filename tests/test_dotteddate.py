"""A post's date written "D. M. YYYY" with spaces after the stops is read day first (htmldate reads it month first)."""

import pytest

from scraper.extract import extract_page

BODY = ("<p>{para}</p>" * 4)


def page(dateline: str, lang: str, para: str) -> bytes:
    return (f"<html lang='{lang}'><head><title>Zápisník</title></head><body><div class='post'>"
            f"<h1>Poznámky z police</h1><div class='meta'><span class='who'>Eva Malá</span> · "
            f"<span class='when'>{dateline}</span></div>" + BODY.format(para=para) + "</div></body></html>").encode()


CZ = "Román o lodníkovi a jeho sestře jsem četla dva večery a ještě teď mi zní v hlavě jeho tiché kapitoly."
DE = "Den Roman über die Fähre am Fluss habe ich an zwei Abenden gelesen, und er hat mich lange nicht losgelassen."
NO = "Romanen om fergemannen leste jeg på to kvelder, og den har ikke sluppet taket i meg ennå etter en uke."


@pytest.mark.parametrize("dateline, lang, para, expected", [
    ("5. 12. 2026", "cs", CZ, "2026-12-05"),          # spaced both sides: htmldate says 2026-05-12
    ("Vydáno 03. 04. 2025", "cs", CZ, "2025-04-03"),  # zero-padded, after a word
    ("7. 11.2025", "de", DE, "2025-11-07"),           # a space after the first stop only: htmldate says 2025-11-01
    ("publisert 9.  2. 2024", "no", NO, "2024-02-09"),  # two spaces
])
def test_spaced_dotted_dates_are_day_first(dateline, lang, para, expected):
    assert extract_page(page(dateline, lang, para), "https://zapisnik.example/poznamky-z-police").published == expected


@pytest.mark.parametrize("dateline, lang, para, url, expected", [
    ("5.12.2026", "cs", CZ, "https://zapisnik.example/poznamky", "2026-12-05"),  # no spaces: read right already
    ("13. 5. 2026", "cs", CZ, "https://zapisnik.example/poznamky", "2026-05-13"),  # no month 13: one reading
    # the address gives 12 May: that date is kept, the text's line is another date of the page
    ("5. 12. 2026", "cs", CZ, "https://zapisnik.example/2026/05/12/poznamky", "2026-05-12"),
])
def test_other_dates_are_left_as_read(dateline, lang, para, url, expected):
    assert extract_page(page(dateline, lang, para), url).published == expected
