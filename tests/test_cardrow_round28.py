"""A shop's review table: a header row of the reader's name and the date, then the text in the next row (the body
helper, round 28, on the spent corpora's failures).

"<table><tr><td><strong>Ana from Lviv</strong></td><td>30.11.2026</td></tr><tr><td colspan=2><p>…</p></td></tr>":
the date's cell goes as a dateline; the name beside it is the same header row, and goes with it
(datelines.card_row). What stays: a record table's dated row ("Released | 30.11.2026") with short rows after it, a
row of three cells, a name cell that is a sentence or holds figures. Our own words and markup, Ukrainian, English and
Polish.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.datelines import card_row

UK = ("Довго відкладала цю книжку, бо боялася суцільної важкості. Важко, так, але авторка пише з такою іронією, що я "
      "кілька разів сміялася вголос, а потім довго не могла заснути. Раджу всім, хто любить сімейні саги.")
EN = ("I put this book off for a long time because I feared it would be all gloom. It is heavy, yes, but the writer's "
      "irony made me laugh out loud more than once, and then kept me awake. For anyone who likes family sagas.")
PL = ("Długo odkładałam tę książkę, bo bałam się samego smutku. Jest ciężko, owszem, ale autorka pisze z taką ironią, że "
      "kilka razy śmiałam się na głos, a potem długo nie mogłam zasnąć. Polecam miłośnikom sag rodzinnych.")


def _shop(name: str, review: str) -> str:
    return ("<html><head><title>Сімейна сага – книгарня</title></head><body><main><div class='tab-content'>"
            "<div class='tab-pane active' id='tab-review'><div id='review'><table class='table table-striped'>"
            f"<tr><td style='width: 50%;'><strong>{name}</strong></td><td class='text-right'>30.11.2026</td></tr>"
            f"<tr><td colspan='2'><p>{review}</p><p>Оцінка: дев'ять із десяти.</p></td></tr></table></div></div></div>"
            "</main></body></html>")


def test_the_readers_name_beside_the_date_goes():
    for name, review in (("Оксана з Луцька", UK), ("Maggie from Leeds", EN), ("Kasia z Gdańska", PL)):
        record = extract_page(_shop(name, review), "https://knyharnia.example/index.php?route=product/product&product_id=42")
        assert review in record.body_text
        assert name not in record.body_text, name


def _cell(html: str):
    root = lxml.html.fromstring(f"<table>{html}</table>")
    return root.cssselect("td.d")[0]


def test_rows_that_are_no_cards_header():
    long = f"<tr><td colspan='2'>{EN}</td></tr>"
    # a record table: short rows after the dated one
    cell = _cell("<tr><td>Released</td><td class='d'>30.11.2026</td></tr><tr><td>Pages</td><td>512</td></tr>")
    assert card_row(cell, "dateline") is cell
    # three cells
    cell = _cell(f"<tr><td>Ana</td><td>★★★★</td><td class='d'>30.11.2026</td></tr>{long}")
    assert card_row(cell, "dateline") is cell
    # a name cell holding figures, or a sentence
    for other in ("Order 4471", "Delivered on time, thank you."):
        cell = _cell(f"<tr><td>{other}</td><td class='d'>30.11.2026</td></tr>{long}")
        assert card_row(cell, "dateline") is cell, other
    # another rule's box is left as it was
    cell = _cell(f"<tr><td>Ana</td><td class='d'>30.11.2026</td></tr>{long}")
    assert card_row(cell, "meta row") is cell
    assert card_row(cell, "dateline").tag == "tr"
