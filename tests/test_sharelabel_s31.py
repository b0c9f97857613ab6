"""A share row of one button under its own label (the s31 round; own words and markup): "Jaa: <a>Facebook</a>", the
label closed by its colon and a single network's name alone (``linkblocks._button_row``, ``_NETWORK``), when that name
is no common word too ("Band: <a>X</a>", "Reihe: <a>Line</a>" stay).

Near misses: a sentence going on after the network's link, a lone network link with no label, a label over a handle."""

import pytest
from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.linkblocks import is_share_block

_PARAS = [
    "A regény egy falusi postásról szól, aki harminc éven át ugyanazt az utat járja, és minden levélről tud valamit, "
    "amit a címzettek nem mondanak el egymásnak.",
    "A nyelve tiszta és pontos, a fejezetek rövidek, és a hallgatások legalább annyit mondanak, mint a párbeszédek; a "
    "téli részek különösen erősek.",
    "A vége talán túl gyorsan jön, de az utolsó jelenet a postahivatalban sokáig velem maradt, ezért bátran ajánlom.",
]


def _page(row: str) -> str:
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    return ("<html><head><title>A postás</title></head><body><article><h1>A postás</h1><div class='post'>"
            f"{ps}<p>Értékelés: 8/10</p>{row}</div></article></body></html>")


@pytest.mark.parametrize("row", [
    "<div class='row'>Megosztás: <a href='#'>Facebook</a></div>",
    "<p>Jaa: <a href='#'>WhatsApp</a></p>",
    "<div>Sdílet: <a href='#'>Telegram</a></div>",
])
def test_one_labelled_share_button_goes(row):
    text = extract_page(_page(row), "https://konyv.example.hu/2026/12/a-postas").body_text
    label = lhtml.fromstring(row).text_content()
    assert label not in text and "postahivatalban" in text


@pytest.mark.parametrize("row", [
    "<p>Band: <a href='#'>X</a></p>",
    "<p>Reihe: <a href='#'>Line</a></p>",
    "<p>Ajánlotta: <a href='#'>Facebook</a>, egy régi barátom csoportjában.</p>",
    "<p><a href='#'>Facebook</a></p>",
    "<p>Instagram: <a href='#'>@postas.olvas</a></p>",
])
def test_rows_that_are_no_share_row_stay(row):
    assert not is_share_block(lhtml.fromstring(row))
