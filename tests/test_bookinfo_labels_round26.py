"""bookinfo.AUTHOR_LABEL: an author's label in more languages of shop rows and record lines: Czech, Slovak and Polish
"Autorka" (a woman author), Polish "Autorzy" and Czech "Autoři" (authors), Slovene "Avtor"/"Avtorica", Croatian
"Autorica", Romanian "Autoare", Lithuanian "Autorius", Latvian "Autors". Read through a shop's spec row
(bookshoprow.labelled_row); near misses: a photographer's or a translator's row."""

import re

from lxml import html as lxml_html

from scraper.extract.bookinfo import AUTHOR_LABEL
from scraper.extract.bookshoprow import labelled_row


def _shop(label: str, name: str, h1: str = "Tiha reka", price: str = "19,90 €") -> object:
    return lxml_html.fromstring(f"""<html><body><main><section class="card"><h1>{h1}</h1>
<table><tr><th>{label}</th><td>{name}</td></tr></table><div class="buy"><strong class="price">{price}</strong> <button>Kosarica</button></div>
</section></main></body></html>""")


def test_more_author_labels():
    for label in ("Autorka", "Autorzy", "Autoři", "Avtor", "Avtorica", "Autorica", "Autoare", "Autorius", "Autors"):
        assert re.fullmatch(AUTHOR_LABEL, label, re.I), label


def test_shop_rows_in_czech_polish_and_slovene():
    assert labelled_row(_shop("Autorka:", "Hana Veselá", "Tichá řeka", "329 Kč")) == ("Tichá řeka", "Hana Veselá")
    assert labelled_row(_shop("Autorka", "Zofia Nowicka", "Cicha rzeka", "39,90 zł")) == ("Cicha rzeka", "Zofia Nowicka")
    assert labelled_row(_shop("Avtorica:", "Maja Novak")) == ("Tiha reka", "Maja Novak")


def test_near_misses():
    # a photographer's or a translator's row names no author
    assert labelled_row(_shop("Autorka zdjęć:", "Anna Lis", "Cicha rzeka", "39,90 zł")) is None
    assert labelled_row(_shop("Překladatelka:", "Hana Veselá", "Tichá řeka", "329 Kč")) is None
    for word in ("Autorstwo", "Avtomobil", "Autorský"):
        assert not re.fullmatch(AUTHOR_LABEL, word, re.I), word
