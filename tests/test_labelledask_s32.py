"""A subscription or follow ask typeset as a label between the review's paragraphs (the s32 round; own words and
markup): ``splicedask.labelled_ask``, the bold lead the bidding itself, a colon or a dash after it, the block set apart
in a wrapper of its own.

Near misses: a story's title in bold with no colon after it, the same label in the review's own flow (not set apart),
a bold lead that is no bidding."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "Le roman suit une passeuse qui traverse le même détroit depuis trente ans et connaît chaque passager, jusqu'au "
    "matin où un inconnu monte à bord et ne redescend plus jamais, ni au port ni ailleurs.",
    "La langue est sèche et précise, les chapitres courts, et il y a plus de mer entre les lignes qu'on ne le croit ; "
    "les traversées de nuit, avec leurs cornes de brume et leurs routiers endormis, m'ont suivie longtemps.",
    "Le dernier tiers devient un peu trop symbolique, mais la fin sur la jetée est si calme et si juste que je l'ai "
    "relue deux fois avant de refermer le livre pour de bon.",
]


def _text(middle: str) -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = ("<html><head><title>La Passeuse</title></head><body><article><h1>La Passeuse</h1>"
            f"<div class='post-body'>{ps[0]}{middle}{ps[1]}{ps[2]}<p>Ma note : 4/5</p></div></article></body></html>")
    return extract_page(page, "https://passeuse.example.net/2026/12/la-passeuse/").body_text


@pytest.mark.parametrize("line", [
    "<b>Abonnez-vous au courrier du port</b> : une lettre par mois, rien d'autre.",
    "<strong>Subscribe to the Harbour Letter</strong> — one e-mail a month with new reviews.",
    "<b>Folgt uns</b>: jeden Freitag ein neues Buch auf Instagram.",
])
def test_labelled_ask_in_its_own_box_goes(line):
    text = _text(f"<div class='sep'><p>{line}</p></div>")
    assert "par mois" not in text and "e-mail a month" not in text and "jeden Freitag" not in text
    assert "traversées de nuit" in text


def test_bold_story_title_without_colon_stays():
    line = "<b>Subscribe to Silence</b> is the title of the second part, where the ferry stops running for a winter."
    assert "stops running for a winter" in _text(f"<div class='sep'><p>{line}</p></div>")


def test_labelled_ask_in_the_review_flow_stays():
    line = "<b>Abonnez-vous</b> : c'est ce que crie le marchand de journaux du port, chaque matin, à la passeuse."
    assert "marchand de journaux" in _text(f"<p>{line}</p>")


def test_bold_lead_that_is_no_bidding_stays():
    line = "<b>Le port</b> : un personnage à part entière, avec ses grues et ses mouettes."
    assert "ses grues et ses mouettes" in _text(f"<div class='sep'><p>{line}</p></div>")
