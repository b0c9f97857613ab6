"""tipask.support_link (rev27 #3): a closing line linking a tip jar or a membership (Ko-fi, Patreon, Liberapay …) is
the writer's ask whatever it says; a line linking a charity's or a campaign's fundraiser (Betterplace, HelloAsso,
Leetchi, Vakinha, Pomagam, GoFundMe …) is one only with a bid to give in it (please, or an imperative of supporting,
donating or helping at the head of a clause). A review's line that says where the author's fees go, with the fund's
link, stays. Pages written for these tests, in our own words.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_EN = ("The novel follows a ferrywoman who spends a winter alone by a frozen lake, testing the ice every morning. The "
       "prose is spare and the landscape becomes a character of its own, and I read it over two quiet evenings.",
       "Not everything works: the middle drags and a side character stays thin. Still, I enjoyed it and would "
       "recommend it to anyone who likes quiet books about solitude and weather.")


def _text(last: str) -> str:
    html = ("<html><head><title>Review: The Ice</title></head><body><article><h1>Review: The Ice</h1>"
            + "".join(f"<p>{p}</p>" for p in _EN) + f"<p>{last}</p></article></body></html>")
    return extract_page(html.encode(), "https://shelfnotes.example/2026/05/the-ice/").body_text


@pytest.mark.parametrize("last, gone", [
    ('Enjoyed the review? Please give to <a href="https://www.betterplace.org/de/projekte/1">our reading fund</a>.',
     "our reading fund"),
    ('Vous avez aimé ? Soutenez le blog sur <a href="https://www.helloasso.com/associations/x">HelloAsso</a>.',
     "HelloAsso"),
    ('Gostou? Ajude o blog no <a href="https://www.vakinha.com.br/123">Vakinha</a>!', "Vakinha"),
    ('Podoba się? Wesprzyj bloga na <a href="https://pomagam.pl/abc">Pomagam</a>.', "Pomagam"),
    ('Liked it? <a href="https://ko-fi.com/shelfnotes">Ko-fi</a>', "Ko-fi"),
])
def test_a_bid_to_give_linking_a_fundraiser_goes(last, gone):
    text = _text(last)
    assert gone not in text and _EN[1][:30] in text


@pytest.mark.parametrize("last, kept", [
    ('Quill donates all royalties from this book to <a href="https://www.betterplace.org/en/projects/1">a lighthouse '
     'restoration fund</a>.', "royalties"),
    ('Die Autorin spendet ihre Tantiemen an einen Fonds (<a href="https://www.betterplace.org/de/projekte/2">'
     'betterplace.org/…</a>).', "Tantiemen"),
    ('Die Autorin, die Leuchttürme liebt, unterstützt eine Stiftung (<a href="https://www.betterplace.org/de/projekte/3">'
     'Betterplace</a>).', "Leuchttürme liebt"),
    ('L\'autrice reverse ses droits à une association de lecture (<a href="https://www.helloasso.com/associations/y">'
     'HelloAsso</a>).', "reverse ses droits"),
    ('A autora doa os direitos a uma vaquinha para a biblioteca da vila (<a href="https://www.vakinha.com.br/9">'
     'Vakinha</a>).', "doa os direitos"),
    ('Le livre lui-même a été financé par ses lecteurs sur <a href="https://www.leetchi.com/c/la-glace">Leetchi</a>, '
     'ce qui explique sa belle reliure toilée.', "financé par ses lecteurs"),
])
def test_a_review_line_naming_a_fund_stays(last, kept):
    assert kept in _text(last)
