"""A tip button with a local treat in place of the coffee ("<a>Buy me a bannock</a>", "<a>Get us a samosa</a>"): a
short paragraph whose own link is the bid to stand the writer something (``payline.BUY_ME`` opening the link's text,
five words at most), the link going nowhere or to a tip host, anywhere in the post (``payline.treat_button``, plea40).
A linked book title that opens the same way, a sentence with "buy me" and no button, stay."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A lighthouse keeper's widow takes over the lamp for one stormy autumn, and the novel follows her nights on the "
    "gallery, the supply boat that comes late, and the inspector who would rather the light were automated.",
    "The prose is spare and salty, the storms are written with real force, and only the inspector's chapters, told "
    "from his office on the mainland, feel like they belong to a thinner book.",
    "A stern, lovely novel that left me listening for the foghorn.",
]
_URL = "https://lampgallery.example.org/2026/11/the-keeper/"


def _text(line, lang="en"):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Keeper | Lamp Gallery</title></head><body>"
            f"<article><h1>The Keeper</h1><div class='entry-content'>{ps[0]}{line}{ps[1]}{ps[2]}"
            "<p>Rating: 4/5</p><p>More reviews every Sunday.</p><p>Comments are open below.</p></div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("line, gone", [
    ("<p>Found this useful? <a href='#'>Buy me a samosa</a> and the next review comes sooner.</p>", "samosa"),
    ("<p>If the lamp kept you company, <a href='https://ko-fi.com/lampgallery'>get us a cake slice</a> — thank "
     "you!</p>", "cake slice"),
    ("<p><a href='javascript:void(0)'>Buy me a bica</a> – las propinas pagan el dominio.</p>", "propinas"),
])
def test_a_treat_button_goes(line, gone):
    text = _text(line)
    assert gone not in text and "foghorn" in text and "thinner book" in text


@pytest.mark.parametrize("line, kept", [
    # a linked book title opening the same way
    ("<p>It reminded me of <a href='https://lampgallery.example.org/2025/03/buy-me-a-river/'>Buy Me a River</a>, "
     "which has the same salt in it and a better inspector.</p>", "better inspector"),
    # "buy me" in the reviewer's sentence, no button
    ("<p>My aunt would buy me a bun at the harbour kiosk after the ferry, and this novel tastes of that.</p>",
     "harbour kiosk"),
])
def test_review_lines_with_buy_me_stay(line, kept):
    text = _text(line)
    assert kept in text and "foghorn" in text
