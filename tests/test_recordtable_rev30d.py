"""The record's table lifted into the text's box (bodyfields.lift_record_table), narrowed: its title or its author's
surname is named in the page's headline or in the text (the page's book); a table for another book after the review
(a giveaway's, the next review's) stays where it is. bodyfind's record test is public (RECORD_PARTS, record_line)."""

import pytest
from lxml import html

from scraper.extract.bodyfields import lift_record_table

_TEXT = {
    "en": "<p>I read {t} over two nights; the narrator's voice stayed with me for weeks.</p>"
          "<p>The ending felt hurried, but it is one of the best books I have read this year.</p>",
    "de": "<p>Ich habe {t} in zwei Nächten gelesen; die Stimme der Erzählerin blieb mir lange.</p>"
          "<p>Das Ende kam zu schnell, aber es ist eines der besten Bücher dieses Jahres.</p>",
    "pl": "<p>Przeczytałam {t} w dwa wieczory; głos narratorki został ze mną na długo.</p>"
          "<p>Zakończenie jest pospieszne, ale to jedna z najlepszych książek tego roku.</p>",
}


def _lifted(language: str, named: str, title: str, rows) -> bool:
    table = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    root = html.fromstring(f"<html><head><title>{title}</title></head><body><div class='post'><div class='entry'>"
                           f"{_TEXT[language].format(t=named)}</div><div class='facts'>{table}</div></div></body></html>")
    lift_record_table(root.find(".//div[@class='post']"))
    return root.find(".//div[@class='facts']").getparent().get("class") == "entry"


@pytest.mark.parametrize("language, named, title, rows", [
    ("en", "this novel", "Review: The Quiet Orchard",
     [("Title", "The Quiet Orchard"), ("Author", "Ann Lee"), ("Publisher", "Harbour Press"), ("Pages", "312")]),
    ("de", "Roths Roman", "Rezension",
     [("Titel", "Das Dorf am Fluss"), ("Autorin", "Eva Roth"), ("Verlag", "Hanser"), ("Seiten", "240")]),
    ("pl", "„Miasteczko nad rzeką”", "Recenzja",
     [("Tytuł", "Miasteczko nad rzeką"), ("Autor", "Ewa Nowicka"), ("Wydawnictwo", "Znak"), ("Stron", "280")]),
])
def test_the_pages_books_table_is_lifted(language, named, title, rows):
    assert _lifted(language, named, title, rows)


@pytest.mark.parametrize("language, named, title, rows", [
    ("en", "this novel", "Review: The Quiet Orchard",   # the next review's book
     [("Title", "The Salt House"), ("Author", "Dana Whitlow"), ("Publisher", "Tidewater"), ("Pages", "288")]),
    ("de", "diesen Roman", "Rezension: Das Dorf am Fluss",   # a giveaway's book
     [("Titel", "Die Insel im Nebel"), ("Autor", "Jan Berger"), ("Verlag", "Kampa"), ("Seiten", "190")]),
    ("pl", "tę powieść", "Recenzja: Miasteczko nad rzeką",
     [("Tytuł", "Dom z kamienia"), ("Autor", "Piotr Zieliński"), ("Wydawnictwo", "Znak"), ("Stron", "300")]),
])
def test_another_books_table_stays(language, named, title, rows):
    assert not _lifted(language, named, title, rows)
