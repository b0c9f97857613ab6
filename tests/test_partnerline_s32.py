"""The blog's own affiliate statement with no link in it (the s32 round; own words and markup):
``partnerline``, a short line naming the affiliate or partner programme in the blog's voice (the blog named, "our",
or the commission), at the body's edges, after the review's last paragraph, or anywhere when typeset apart; the
advertising label typeset apart anywhere too.

Near misses: a review sentence saying where the reviewer bought the book, a character's affiliate scheme in the
review's prose, a reviewer's partner (a spouse), the programme named in a plain paragraph in the middle."""

import pytest
from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.partnerline import partner_statement

_PARAS = [
    "The novel follows a lighthouse keeper's daughter who inherits a failing ferry company and spends a long winter "
    "deciding whether to sell it to the mainland or to keep the island connected at any cost.",
    "The prose is plain and exact, the chapters short, and the weather does most of the talking; the storm at the "
    "midpoint is as frightening as anything I have read this year, and it never once tips into melodrama.",
    "The last third leans a little too hard on a secret letter, but the final crossing is so quiet and so right that "
    "I read it twice before closing the book and going out for a walk along the harbour wall.",
]
_URL = "https://tidewrack.example.net/2026/12/the-ferry-winter/"


def _page(first: str = "", last: str = "", middle: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return ("<html><head><title>The Ferry Winter</title></head><body><article><h1>The Ferry Winter</h1>"
            f"<div class='entry-content'>{first}{ps[0]}{ps[1]}{ps[2]}{middle}{ps[0]}{ps[1]}{ps[2]}{last}<p>Rating: 4/5</p>"
            "<p>I borrowed my copy from the library.</p>"
            "</div></article></body></html>")


def _text(html: str) -> str:
    return extract_page(html, _URL).body_text


@pytest.mark.parametrize("line", [
    "Tidewrack is a member of the Harbourbooks affiliate programme; buying through our links keeps the lamp lit.",
    "Enllaç afiliat: si compres la novel·la per aquest enllaç, el blog cobra una petita comissió.",
    "Ova objava sadrži partnerske poveznice; kupnjom preko njih blog dobiva mali postotak.",
    "Román najdete v našem knihkupectví v Brně; odkazy jsou partnerské.",
    "ねこ書房のアソシエイトとして、当ブログは紹介料を得ています。",
])
def test_affiliate_statement_at_the_bottom_goes(line):
    text = _text(_page(last=f"<p>{line}</p>"))
    assert line not in text and "harbour wall" in text


def test_affiliate_statement_set_apart_in_the_middle_goes():
    line = "Partner link: order the book through our partner shop and the blog gets a small commission."
    text = _text(_page(middle=f"<div class='wp-block-group'><p>{line}</p></div>"))
    assert line not in text and "lighthouse keeper" in text


def test_ad_label_in_small_print_in_the_middle_goes():
    line = "Annonslänk: beställ romanen hos bokhandeln via vår länk så får bloggen en liten ersättning."
    text = _text(_page(middle=f"<p><small>{line}</small></p>"))
    assert line not in text and "lighthouse keeper" in text


@pytest.mark.parametrize("line", [
    "I bought my copy at the little bookshop on the square, and the owner, our neighbour, wrapped it in brown paper.",
    "Her partner runs the ferry's ticket office and earns a small commission on every crossing.",
    "Ana's cousin sells everything through an affiliate programme, and the novel is funniest when he pitches it.",
])
def test_review_sentences_that_look_like_the_statement_stay(line):
    assert line in _text(_page(last=f"<p>{line}</p>"))


def test_character_affiliate_scheme_stays():
    line = "Her brother joins an affiliate programme that promises commission on every book he sells."
    assert line in _text(_page(last=f"<p>{line}</p>"))
    # (the programme and an earning named, but in a plain paragraph in the middle: the review's sentence)
    assert line in _text(_page(middle=f"<p>{line}</p>"))


def test_programme_without_the_blogs_voice_is_no_statement():
    assert not partner_statement(lhtml.fromstring("<p>She signed up to an affiliate programme in chapter two.</p>"))
    assert partner_statement(lhtml.fromstring("<p>We are part of an affiliate programme and earn a commission.</p>"))


def test_review_copy_note_with_a_second_clause_is_a_disclosure():
    from scraper.extract.notes import disclosure_in
    assert disclosure_in("Review copy from Harbour Press; I ordered the paperback too.")
    # (near misses: the copy denied in the first clause, a long first clause of the review's)
    assert not disclosure_in("I never got a review copy; I ordered the paperback myself.")
    assert not disclosure_in("Every review copy I have had from this press arrived late and damaged; this one I bought.")
