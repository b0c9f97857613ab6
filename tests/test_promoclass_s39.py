"""Boxes a platform classes as its own offer, set into a review (``platforms.PROMO_CLASS``, bpplea39): a paywall's
teaser, a donation-form block, a shop's "customers also bought" box, a news theme's inline ad slot. The class names
the box whatever its words; a review's sentences on a subscription, a donation or a shop stay, and a paywall class
around the article itself (the text a subscriber reads) is no promotional box."""

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


def _text(box="", end="", lang="en", wrap="entry-content"):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = (_HEAD.format(lang=lang).replace("entry-content", wrap) + ps[0] + ps[1] + box + ps[2]
            + f"<p>Rating: 4/5</p>{end}</div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("box, gone, lang", [
    # a paywall's teaser between the paragraphs: a trial offer (English)
    ("<div class='paywall-teaser'><p>Start your free fortnight and read every review on the site.</p></div>",
     "free fortnight", "en"),
    # a paywall's offer with its price (Dutch, a news theme's prefix)
    ("<div class='np-paywall-offer'><p>Word abonnee voor 2 euro per week en lees onbeperkt verder.</p></div>",
     "abonnee", "nl"),
    # a donation-form block (WordPress's donations block), Polish
    ("<div class='wp-block-jetpack-donations'><p>Wesprzyj nasz zin drobną kwotą – kupujemy za nią nowe tomy.</p>"
     "</div>", "Wesprzyj", "pl"),
    # tagDiv's inline ad slot holding the app's ad, Portuguese
    ("<div class='td-a-rec td-a-rec-id-content_inline'><span class='td-adspot-title'>- Publicidade -</span>"
     "<div>Leve o Driftline no bolso: instale hoje a nossa aplicação.</div></div>", "aplicação", "pt"),
])
def test_classed_offer_between_paragraphs_goes(box, gone, lang):
    text = _text(box=box, lang=lang)
    assert gone not in text
    assert "honest book" in text and "ferryman" in text


def test_shop_cross_selling_box_goes():
    box = ("<div class='also-purchased'><h3>Readers who bought this also bought</h3><ul><li>The Lamp Room</li>"
           "<li>Salt Roads</li></ul></div>")
    text = _text(end=box)
    assert "Lamp Room" not in text and "also bought" not in text
    assert "honest book" in text


@pytest.mark.parametrize("para", [
    # a review's sentence on the novel's subscription and its price
    "The council offers the islanders a subscription to the bridge fund at two pounds a week, and the heroine refuses.",
    # a review's verdict naming the price and where the reviewer bought it
    "I paid twelve pounds for it at the harbour bookshop and would pay it again; readers who liked it also bought "
    "her first novel, and so should you.",
    # a review's argument for donations to libraries
    "Support your local library: mine had three copies, and the donations box by the door paid for two of them.",
])
def test_review_sentences_on_money_stay(para):
    page_box = f"<p>{para}</p>"
    text = _text(box=page_box)
    assert para[:40] in text


def test_paywall_class_around_the_article_stays():
    text = _text(wrap="entry-content paywall")
    assert "ferryman" in text and "honest book" in text
