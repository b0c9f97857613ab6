"""holdout46 detection (helper det46): a book fair named in a title in more languages (fairwords), a Welsh lead that
says a book is being turned into a series (adaptsection, newslead), a shop's empty reviews area in more languages and
its rating input (reviewed, reviewbox), and customers' one-line notes under a shop's description (reviewbox)."""

import lxml.html
import pytest

from scraper.extract import extract_page, reviewbox
from scraper.extract.adaptsection import turns_into
from scraper.extract.fairwords import BOOK_FAIR
from scraper.extract.newslead import made_into
from scraper.extract.reviewed import no_reviews_yet


@pytest.mark.parametrize("title", [
    "Bilboko Azoka: larunbateko giroa eta sinadurak",  # eu
    "Azokan ikusi eta entzundakoak",  # eu, inessive
    "La Fira del Llibre de Lleida tanca amb xifres rècord",  # ca
    "A Feira do Livro de Braga abre portas amanhã",  # pt/gl
    "Raamatumessil oli tunglemine",  # et
    "Kirjamessut alkavat torstaina",  # fi
    "Vilniaus knygų mugė: trečioji diena",  # lt
    "Ljubljanski knjižni sejem letos z rekordom",  # sl
    "Sajam knjiga u Puli otvoren",  # hr
    "Panairi i Librit në Tiranë",  # sq
])
def test_a_book_fair_in_more_languages(title):
    assert BOOK_FAIR.search(title)


@pytest.mark.parametrize("title", [
    "Azok a nyári esték: egy regény a Balatonról",  # hu "those", not a fair
    "Azokat a leveleket sosem küldte el",
    "Nire amaren sukaldea: oroitzapenen liburua",  # eu, no fair
    "La fira de les vanitats, cent anys després",  # ca, a fair but no book fair
])
def test_fair_near_misses(title):
    assert not BOOK_FAIR.search(title)


@pytest.mark.parametrize("line", [
    "Cyhoeddodd y cwmni y bydd y nofel fer yn cael ei throi’n gyfres deledu chwe phennod.",
    "Mae’r stiwdio yn bwriadu addasu’r nofel yn ffilm nodwedd erbyn 2028.",
    "Bydd y stori yn cael ei haddasu'n ddrama lwyfan gan y cwmni theatr.",
])
def test_welsh_lead_turning_a_book_into_a_series(line):
    assert turns_into(line)


@pytest.mark.parametrize("line", [
    "Cafodd ei throi’n ffilm yn yr wythdegau, ond mae’r llyfr yn well o lawer.",  # the past: a review recalls it
    "Rwy’n troi at y nofel hon bob gaeaf ac yn ei mwynhau bob tro.",  # turning to, not into
    "Mae’r gyfres o lyfrau yn parhau gyda’r drydedd gyfrol.",  # a series of books, no verb of turning
])
def test_welsh_near_misses(line):
    assert not turns_into(line)


def test_a_welsh_screen_noun_in_a_title():
    assert made_into("Nofel boblogaidd yn cael ei haddasu yn gyfres deledu") or turns_into("yn cael ei haddasu'n gyfres")


@pytest.mark.parametrize("line", [
    "Դեռ կարծիքներ չկան այս գրքի համար։",  # hy
    "Arvustusi veel ei ole.",  # et
    "Encara no hi ha ressenyes.",  # ca
    "Dim adolygiadau eto.",  # cy
    "Δεν υπάρχουν ακόμα κριτικές.",  # el
    "Ende nuk ka vlerësime.",  # sq
])
def test_no_reviews_yet_in_more_languages(line):
    assert no_reviews_yet([line])


@pytest.mark.parametrize("line", [
    "Arvustusi on kirjutatud palju, aga see raamat väärib veel ühte.",  # et: there are reviews
    "Mae digon o adolygiadau eisoes, ond dyma fy marn i.",  # cy: there are already reviews
])
def test_no_reviews_near_misses(line):
    assert not no_reviews_yet([line])


_SHOP = """<html><head><title>{title}</title></head><body>
<div class="product-main"><h1>{title}</h1><div class="author"><a href="/author/x">Tamsin Orrell</a></div>
<div class="price-box"><span class="price">14,50 €</span></div><button class="tocart">Add</button></div>
<div class="description"><p>{blurb}</p><p>{blurb2}</p></div>
<div class="reviews">{reviews}</div>
</body></html>"""
_BLURB = ("A lighthouse keeper's daughter finds a ledger of shipwrecks in the cellar and begins to suspect that her father "
          "has been keeping more than the lamp lit through the winter storms on the northern coast.")
_BLURB2 = ("The new edition comes in hardback with a fresh cover, a map of the coast and an afterword on the "
           "real wrecks that inspired the novel, forty years after it first appeared.")
_NOTE = ('<div class="review-item"><div class="review-title">{t}</div><div class="review-rating">★★★★★</div>'
         '<div class="review-content">{c}</div><div class="review-author">{a}</div></div>')


def _page(reviews):
    return _SHOP.format(title="The Keeper's Ledger", blurb=_BLURB, blurb2=_BLURB2, reviews=reviews)


def test_customers_one_line_notes_make_no_review():
    notes = _NOTE.format(t="Lovely gift", c="Bought it for my aunt, arrived fast and well packed.", a="Jo") + \
        _NOTE.format(t="Nice cover", c="The hardback looks much better than the old paperback.", a="Sam")
    tree = lxml.html.fromstring(_page(notes))
    is_product, boxes = reviewbox.shop_page(tree)
    assert is_product and boxes
    assert not reviewbox.reviews_written(boxes)
    assert not extract_page(_page(notes), "https://shop.example.com/product/the-keepers-ledger").is_review


def test_a_readers_review_written_out_stays_one():
    long = ("I read this in two evenings and kept thinking about the father's silences long after; the ledger is a "
            "clever device, though the last chapter rushes what the first three hundred pages built so patiently, and "
            "I wished the daughter had been given more room to doubt.")
    tree = lxml.html.fromstring(_page(_NOTE.format(t="Haunting", c=long, a="Ruth")))
    assert reviewbox.reviews_written(reviewbox.shop_page(tree)[1])


def test_a_rating_input_is_no_readers_box():
    form = ('<form><h3>Reviews (0)</h3><label>Your review</label><textarea></textarea>'
            '<div class="rating-input">Rating: Poor <input type="radio" name="r" value="1"> <input type="radio" name="r" value="2">'
            ' <input type="radio" name="r" value="3"> Excellent</div><button>Send</button></form>')
    tree = lxml.html.fromstring(_page(form))
    assert not any("Poor" in box for box in reviewbox.shop_page(tree)[1])
