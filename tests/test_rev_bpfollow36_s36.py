"""Misfires of bpfollow36's rules found by rev-bpfollow36: a review's sentences the new rules took for boilerplate."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A retired ferryman spends one summer teaching his granddaughter to read the river, and the novel lets every "
    "lesson carry a memory he would rather not tell her, so the book is half manual and half confession.",
    "The writer is patient with silence and with weather, and the dialogue is so sparing that each line lands; the "
    "middle drags a little when the family quarrel takes over, but the last chapter is superb.",
    "I would give it to anyone who grew up near water, and to anyone who never learned how to ask an old man a question.",
]
_URL = "https://riverpages.example.org/2026/12/the-ferrymans-summer/"


def _text(first="", middle="", end=""):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = ("<html lang='en'><head><meta charset='utf-8'><title>Review: The Ferryman's Summer | River Pages</title></head>"
            "<body><header><a href='/'>River Pages</a></header><article class='post'><h1 class='entry-title'>Review: "
            "The Ferryman's Summer</h1><div class='entry-content'>"
            f"{first}{ps[0]}{middle}{ps[1]}{ps[2]}{end}</div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("line, kept", [
    # the episode a scene of the book, not the listening's object (podcastline)
    ("<p>🎧 Listen to the audiobook: the episode at the lighthouse is read superbly.</p>", "read superbly"),
    ("<p>🎧 Послушайте аудиокнигу: эпизод на маяке чтец читает блестяще.</p>", "читает блестяще"),
    ("<p>🎧 Hört euch das Hörbuch an: die Folge der Kapitel wirkt gesprochen noch dichter.</p>", "noch dichter"),
    # the blog a kind of link in one clause, the percentage in another (commissionline.site_earns)
    ("<p>The chapter on blog links is the best in the guide: it shows what percentage of readers ever click "
     "through.</p>", "ever click through"),
])
def test_a_reviews_line_mid_body_stays(line, kept):
    assert kept in _text(middle=line)


@pytest.mark.parametrize("first, end, kept", [
    # the label's words opening a review's line with no name after them (sponsorline.sponsor_label)
    ("", "<p>Supported by a superb cast of minor characters.</p>", "minor characters"),
    ("<p>Presented by its author as a comedy.</p>", "", "as a comedy"),
])
def test_a_reviews_line_at_the_edge_stays(first, end, kept):
    assert kept in _text(first=first, end=end)


def test_a_sponsor_label_naming_the_house_still_goes():
    assert "Harbour Press" not in _text(end="<p>Sponsored by Harbour Press</p>")
