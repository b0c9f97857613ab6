"""The site's own cause asked for in a line classed apart among the review's paragraphs (``fundaside._own_cause_bid``),
and the payment services and web kinds it names (``payline.PAY_SERVICE``, ``payapart.WEB_KIND``), bpplea39. A bid to
give, money given and the site as "our" or by its name, in a paragraph whose class its siblings lack; a review's
sentences on donations, a fund or a mobile payment in the story stay."""

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
    page = _HEAD.format(lang=lang) + ps[0] + ps[1] + line + ps[2] + "<p>Rating: 4/5</p></div></article></body></html>"
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("line, gone, lang", [
    # a classed paragraph between the others: please, a donation, our fund (English)
    ("<p class='ask'>Our volunteers keep this going; please consider a donation to our small reading fund.</p>",
     "reading fund", "en"),
    # the imperative of supporting, a gift, "unser" (German)
    ("<p class='hinweis'>Unterstützen Sie unseren Leseschrank mit einer kleinen Spende – jeder Euro wird ein Buch.</p>",
     "Leseschrank", "de"),
    # the site by its name, Spanish
    ("<p class='aviso'>Apoya a Driftline con una donación: así compramos los libros que reseñamos.</p>",
     "donación", "es"),
])
def test_own_cause_bid_classed_apart_goes(line, gone, lang):
    text = _text(line, lang)
    assert gone not in text
    assert "honest book" in text and "ferryman" in text


@pytest.mark.parametrize("line, gone, lang", [
    # a wallet in a boxed line naming the blog (Amharic, Ethiopic script)
    ("<div style='border:1px solid #999'>ይህን ብሎግ ለመደገፍ በቴሌብር 0900 00 00 00 መላክ ይችላሉ።</div>", "ብሎግ", "am"),
    # the verb of Swish in a classed line naming the blog (Swedish)
    ("<p class='stod'>Swisha gärna en krona till bloggens bokkonto (123 000 00 00) om du gillar texterna.</p>",
     "Swisha", "sv"),
])
def test_wallet_named_in_a_set_apart_line_goes(line, gone, lang):
    text = _text(line, lang)
    assert gone not in text
    assert "honest book" in text


@pytest.mark.parametrize("line", [
    # a review paragraph (no class) on a fundraiser in the story, with please and "our"
    "<p>Her neighbours beg, please, give to our bridge fund, and the donation she finally makes is the turn of the book.</p>",
    # a classed verdict naming the price the reviewer paid with their own money
    "<p class='verdict'>I bought it with my own money for twelve pounds, and our club agreed it was worth every penny.</p>",
    # a character pays by mobile wallet (no bid, no site)
    "<p class='aside'>The ferryman's daughter is paid in MonCash by tourists who never learn her name.</p>",
    # support your local library, in a classed line of the review's argument
    "<p class='aside'>Please support your local library with a donation: mine bought this copy from such gifts.</p>",
])
def test_review_lines_on_money_stay(line):
    text = _text(line)
    assert line.split(">", 1)[1][:30] in text
