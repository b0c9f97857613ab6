"""The book's record set as a table of labelled rows in a box right after the box of the text (bodyfields.
lift_record_table): moved into the text's box, which trafilatura narrows to; a table of the site's facts or of scores
stays where it is."""

import pytest
from lxml import html

from scraper.extract.bodyfields import lift_record_table

_TEXT = ("<p>I read this novel over two nights, and the narrator's voice stayed with me for weeks afterwards. She tells "
         "of a river town where everyone knows everyone and nobody says anything out loud.</p><p>The ending felt "
         "hurried, but as a whole it is one of the best books I have read this year, and I will read it again.</p>")


def _rows(rows) -> str:
    return "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"


def _lifted(rows) -> bool:
    root = html.fromstring(f"<html><head><title>Review: {rows[0][1]}</title></head><body><div class='post'><div class='entry'>{_TEXT}</div>"
                           f"<div class='facts'>{_rows(rows)}</div></div></body></html>")
    body = root.find(".//div[@class='post']")
    lift_record_table(body)
    return root.find(".//div[@class='facts']").getparent().get("class") == "entry"


@pytest.mark.parametrize("rows", [
    [("Title", "The River Town"), ("Author", "Ann Lee"), ("Publisher", "Harbour Press"), ("Pages", "312")],
    [("Titel", "Das Dorf am Fluss"), ("Autorin", "Eva Roth"), ("Verlag", "Hanser"), ("Preis", "24 €")],
    [("Título", "El pueblo del río"), ("Autor", "Marta Quiroga"), ("Editorial", "Brisa"), ("Páginas", "280")],
    [("Tytuł", "Miasteczko nad rzeką"), ("Autor", "Ewa Nowicka"), ("Wydawnictwo", "Znak"), ("Cena", "45 zł")],
])
def test_the_records_table_after_the_text_is_lifted(rows):
    assert _lifted(rows)


@pytest.mark.parametrize("rows", [
    [("Written by", "Ann Lee"), ("Published", "3 December 2026"), ("Category", "Fiction")],  # the site's facts
    [("Plot", "4/5"), ("Characters", "5/5"), ("Style", "3/5")],                               # scores
    [("Monday", "Closed"), ("Tuesday", "10–18"), ("Wednesday", "10–18")],                    # a shop's hours
])
def test_other_tables_stay(rows):
    assert not _lifted(rows)

