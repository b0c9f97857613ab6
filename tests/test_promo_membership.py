"""scraper.extract.promo: membership, paywall and funding boxes spliced into a post.

Invented pages: a regional paper's reader-funding box, a creator site's locked extra, a magazine's subscription
offer with a price, in Danish, German, Portuguese and English. Each with a near miss that stays: the reviewer's
own mention of a price, a link to the book's page, a recommendation.
"""

from __future__ import annotations


from scraper.extract.promo import PRICE, is_support_link
from tests.cleaning import cleaned, paras

HOST = "blog.kystavisen.example"

REVIEW = [
    "Sigrid Holm's third novel follows two sisters who inherit a herring smokehouse on the west coast and cannot agree on anything.",
    "The younger one wants to sell; the elder wants to reopen it; the town, it turns out, has opinions of its own about both.",
    "Holm writes the smokehouse beautifully, all salt and tar and the noise of the gulls, and the sisters' quarrels are painfully real.",
    "The ending is a little too neat for my taste, but I was sorry to leave the smokehouse and I expect I will go back to it.",
]
CITATION = "<p>The Smokehouse by Sigrid Holm is published by Nordlys (kr 249).</p>"




def test_a_funding_line_beside_its_button_goes_and_takes_nothing_after_it():
    box = ("<div class='reader-box'><p><b>One thing before you go.</b> Local reporting is paid for by readers like you; "
           "chip in from 20 kroner.</p><a href='/bidrag/contribute'>Chip in</a></div>")
    text, rules = cleaned(paras(*REVIEW) + box + CITATION, HOST)
    assert "Chip in" not in text and "Local reporting" not in text
    assert "published by Nordlys" in text  # the citation after the box is the review's
    assert rules == ["call to action"]


def test_a_locked_extra_with_its_unlock_link_goes():
    box = ("<div class='tease'><p>🔐 Unterstützer:innen hören die Folge, in der ich mit der Übersetzerin über das Ende streite.</p>"
           "<a href='/lesekammer/membership'>Freischalten</a></div>")
    text, rules = cleaned(paras(*REVIEW[:2]) + box + paras(*REVIEW[2:]), HOST)
    assert "Freischalten" not in text and "Übersetzerin" not in text
    assert all(sentence in text for sentence in REVIEW)


def test_a_line_whose_box_holds_a_link_to_a_post_stays():
    box = "<div class='aside'><p>I wrote about her first novel last spring, and this one is better.</p><a href='/2025/04/salt-year/'>Salt Year</a></div>"
    text, rules = cleaned(paras(*REVIEW[:2]) + box + paras(*REVIEW[2:]), HOST)
    assert "her first novel" in text and rules == []


def test_a_subscription_offer_with_a_price_in_a_box_of_its_own_goes():
    offer = ("<div class='paywall-note'><p>Leia sem anúncios e com textos exclusivos. "
             "<a href='https://assinaturas.kystavisen.example/'>Assine o Clube</a> por R$ 9,90 ao mês.</p></div>")
    text, rules = cleaned(paras(*REVIEW[:2]) + offer + paras(*REVIEW[2:]), HOST)
    assert "Assine" not in text and rules == ["membership upsell"]
    assert all(sentence in text for sentence in REVIEW)


def test_a_price_in_the_review_stays():
    # the reviewer's own words on the price, in a paragraph among the others, and a price beside a link to the book
    own = "<p>At €24 for the hardback it is steep; I waited for <a href='/tag/paperbacks/'>the paperback</a>.</p>"
    # (a page builder wraps each paragraph in a box of its own: a price beside a link to another post stays)
    wrapped = "<div class='wx-p'><p>Her first novel was €3 at a fair; <a href='/2024/06/salt-year/'>I wrote about it</a>.</p></div>"
    boxed_buy = "<div class='buy'><p>Buy it at <a href='https://www.bookshop.org/a/991/9780000000000'>Bookshop</a> for $18.</p></div>"
    text, rules = cleaned(paras(*REVIEW[:2]) + own + wrapped + paras(*REVIEW[2:]) + boxed_buy, HOST)
    assert "At €24 for the hardback" in text and "I wrote about it" in text
    assert "membership upsell" not in rules


def test_prices_and_support_paths():
    for written in ("£2", "€ 5", "39 Kč", "R$ 9,90", "1 200 ₽", "USD 3", "500円", "kr 249", "5 zł"):
        assert PRICE.search(written), written
    for plain in ("2 books", "page 39", "4/5", "1984"):
        assert not PRICE.search(plain), plain
    assert is_support_link("/bidrag/contribute") and is_support_link("https://paper.example/join?ref=box")
    assert not is_support_link("/2025/05/join-the-readalong/") and not is_support_link("/premium-paper-reviews-2024/")
