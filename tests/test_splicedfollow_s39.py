"""A follow line set apart between the review's paragraphs (``followlines.spliced_follow``, bpplea39): a whole bidding
to follow or like the site on a network (``followlines.opening_follow``), in a classed wrapper of its own or a
paragraph classed unlike its siblings, whatever follows it. A review's paragraph about a character on a network, or
a classed line that opens on its subject, stays."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A ferryman's daughter inherits the crossing when her father's knees give out, and the novel follows one winter of "
    "fog, late passengers and a council that wants to replace the boat with a bridge nobody on the island can afford.",
    "The prose is plain and patient, the passengers come and go like weather, and only the last chapter, with its "
    "sudden wedding, feels hurried after so much careful waiting on the water.",
    "A slow, honest book, and I closed it wanting to stand at a rail in the cold.",
]
_URL = "https://driftline.example.org/2026/12/the-crossing/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>The Crossing | Driftline</title></head>"
         "<body><header><a href='/'>Driftline</a></header><article class='post'><h1 class='entry-title'>The "
         "Crossing</h1><div class='entry-content'>")


def _text(line, lang="en"):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = _HEAD.format(lang=lang) + ps[0] + line + ps[1] + ps[2] + "<p>Rating: 4/5</p></div></article></body></html>"
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("line, gone, lang", [
    # a classed wrapper of its own between the paragraphs (English)
    ("<div class='separator'><p>Follow Driftline on Facebook and see every new review first!</p></div>", "Facebook", "en"),
    # a paragraph classed unlike its siblings (Spanish)
    ("<p class='redes'>Síguenos en Facebook y no te pierdas ninguna reseña.</p>", "Facebook", "es"),
    # the verb last, a classed paragraph (Turkish)
    ("<p class='sosyal'>Yeni yazıları kaçırmamak için Instagram'da bizi takip edin!</p>", "Instagram", "tr"),
])
def test_follow_bidding_set_apart_goes(line, gone, lang):
    text = _text(line, lang)
    assert gone not in text
    assert "honest book" in text and "ferryman" in text


@pytest.mark.parametrize("line", [
    # a review paragraph in no class about a character on a network
    "<p>She follows her brother on Instagram for a year before she dares to write to him.</p>",
    # a classed paragraph opening on its subject
    "<p class='aside'>The ferryman's daughter follows the tourists on Facebook and envies every one of them.</p>",
])
def test_review_lines_on_networks_stay(line):
    text = _text(line)
    assert line.split(">", 1)[1][:30] in text
