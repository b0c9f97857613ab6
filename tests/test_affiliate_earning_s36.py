"""Affiliate lines told by their act, the site earning from the reader's purchase (``commissionline``, bpfollow36):
a referral link, the site's share as a percentage, the links called marketing ones; and the site named as the earner
anywhere in the body (``commissionline.site_earns``)."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "Two cousins inherit a failing orchard and a ledger of debts, and the novel follows the single harvest in which "
    "they decide whether to sell, told in alternating chapters that never quite agree about what happened.",
    "The writer is very good on work, on the weight of crates and the arithmetic of a bad year, and the quarrels "
    "between the cousins are painfully exact, though the subplot about the buyer is thin.",
    "It is a quiet book and a generous one, and I finished it wanting to phone my own cousins, which says enough.",
]
_URL = "https://orchardshelf.example.org/2026/12/the-last-harvest/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>Review: The Last Harvest | Orchard Shelf</title></head>"
         "<body><header><a href='/'>Orchard Shelf</a></header><article class='post'><h1 class='entry-title'>Review: The "
         "Last Harvest</h1><div class='entry-content'>")


def _text(middle="", end="", lang="en", score="<p>Rating: 4/5</p>"):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = (_HEAD.format(lang=lang) + f"{ps[0]}{middle}{ps[1]}{ps[2]}{score}{end}</div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("end, gone", [
    # a referral link in plain type after the score, a greeting under it
    ("<p>My Kobo referral link gets you a first audiobook free and gets me a credit too.</p><p>Happy reading!</p>",
     "referral"),
    # the shop links called marketing ones, in small print closing the post
    ("<p><small>روابط الطلب أدناه تسويقية، وقد أنال نسبة بسيطة من ثمن الكتاب.</small></p>", "تسويقية"),
])
def test_a_referral_or_marketing_link_line_at_the_end_goes(end, gone):
    text = _text(end=end)
    assert gone not in text and "phone my own cousins" in text


def test_the_site_named_as_the_earner_mid_body_goes():
    middle = ("<p>Through this link you can order it from a local bookshop; Orchard Shelf receives a small "
              "percentage.</p>")
    text = _text(middle=middle)
    assert "small percentage" not in text and "subplot about the buyer" in text


@pytest.mark.parametrize("middle, kept", [
    # a link and a percentage, but no earner of the site's: the review's own sentence
    ("<p>The link between the cousins is a ledger in which every debt is noted to the percentage, and it is the best "
     "device in the book.</p>", "best device in the book"),
    # "our" link and a percentage: a figure of speech, no site named
    ("<p>Our link to the land, the narrator says, is a small percentage of what our grandparents remembered.</p>",
     "what our grandparents remembered"),
    # the site named, a percentage, but no link: the writer's own tally
    ("<p>Orchard Shelf has reviewed forty debuts this year, and a small percentage of them were this good.</p>",
     "forty debuts"),
])
def test_near_misses_stay(middle, kept):
    assert kept in _text(middle=middle)
