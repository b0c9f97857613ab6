"""holdout61 round (helper body61a): the site's own products and events plugged into the post, more shapes.

- the house box as one line of its own between the review's paragraphs, a div (or a paragraph) opening on a bold lead
  and closed by a short link to a page of the site, its button (``houseoffer.led_box``, asked by ``houseads``);
- the house's membership under its name (CJK glued to it: "<Site>会員", "<Site> 회원") as a tier, and the offers'
  word ("discover the offers") as the bid of a tier's line (``houseoffer``);
- the brand read from a site name written as its domain ("harbour.it") and, for the house's podcast or radio line,
  the brand alone ("HPR" of "HPR Spanish" at www.hpr.example) (``houseads._sites``);
- the house's programme box: a box set apart holding a heading and a list whose every row gives a clock time
  (``eventbox._programme``).

Near misses kept: a reviewer's bold-led paragraph closed by a link to another review, the site's tier named with
nothing offered, an offer that is no tier's, another broadcaster's radio, a list of the book's days in the post's flow,
a boxed list of chapters with no clock.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.eventbox import _programme
from scraper.extract.houseoffer import brands, tier_offer

P1 = ("The lighthouse keeper in this novel counts ships for forty years and never once leaves the island. His "
      "daughter, who does leave, comes back one winter with a child and a suitcase full of unpaid bills.")
P2 = ("The author is best when she lets the weather do the talking: storms arrive, pass and take something with them "
      "every time, and the family learns to measure years by what the sea has kept.")
P3 = ("The last chapter is too tidy for my taste, but the middle of the book is as good as anything I read this year, "
      "and I would give it to anyone who likes slow novels about stubborn people.")


def _page(middle: str = "", tail: str = "", site: str = "Harbour Online", host: str = "www.harbour.example.com",
          lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>The keeper and the sea | {site}</title>"
            f"<link rel='canonical' href='https://{host}/culture/keeper'></head><body><main><article>"
            f"<h1>The keeper and the sea</h1><div class='story'><p>{P1}</p>{middle}<p>{P2}</p><p>{P3}</p>{tail}"
            f"</div></article></main></body></html>")


def _body(page: str, host: str = "www.harbour.example.com") -> str:
    return extract_page(page, f"https://{host}/culture/keeper").body_text


def test_brand_of_a_name_written_as_the_domain():
    assert "harbour" in brands(["harbour.it"], "www.harbour.example.it")
    assert brands(["harbour.it"], "www.other.example.it") == ["harbour.it"]


def test_membership_and_offers_as_a_tiers_bid():
    names = ["harbour"]
    for line in (
        "Harbour会員登録はこちら：無料会員なら限定記事が読めます。",  # ja, glued membership, free
        "Harbour 회원 가입: 무료로 모든 기사를 읽으세요.",  # ko
        "Harbour会员：免费阅读全部文章。",  # zh
        "Unisciti a Harbour Club e scopri le offerte per i lettori.",  # it, offers
        "Rejoignez Harbour Club : découvrez nos offres.",  # fr
        "Werde Teil von Harbour Club: alle Angebote im Überblick.",  # de
        "Únete a Harbour Club y descubre las ofertas.",  # es
    ):
        assert tier_offer(line, names), line


def test_membership_and_offer_near_misses_stay():
    names = ["harbour"]
    for line in (
        "The Harbour Club scene in chapter four is the funniest in the book.",  # a club in the plot, nothing offered
        "The publisher's offer of a sequel came too late for the author.",  # an offer, no tier of the site's
        "Harbour会員の評者は前作を高く評価していた。",  # the site's members named, nothing offered
    ):
        assert not tier_offer(line, names), line


def test_led_box_between_the_paragraphs_goes():
    for box, gone, lang in (
        ("<div><strong>Harbour Plus testen:</strong> einen Monat alles lesen, jederzeit kündbar. "
         "<a href='/abo/plus/'>Zum Angebot</a></div>", "kündbar", "de"),
        ("<div><strong>Unisciti a Harbour Club</strong> e sostieni una redazione libera: scopri le offerte. "
         "<a href='/abbonati/'>Abbonati</a></div>", "redazione libera", "it"),
        ("<div><strong>Harbour会員登録</strong>：無料会員になると限定記事が読めます。<a href='/register'>登録する</a></div>",
         "限定記事", "ja"),
    ):
        body = _body(_page(middle=box, lang=lang))
        assert gone not in body and P2[:40] in body and P3[:40] in body, (lang, body)


def test_reviewers_bold_led_paragraph_with_a_link_stays():
    for middle in (
        "<div><strong>Harbour Plus</strong> reviewed her first novel two years ago. <a href='/culture/first'>Read it</a></div>",
        "<p><strong>In short:</strong> a patient book about the sea, better than her debut. "
        "<a href='/culture/debut'>My review of the debut</a></p>",
        "<div><strong>Il giudizio:</strong> un libro paziente, da leggere d'inverno e piano. "
        "<a href='/cultura/esordio'>La recensione dell'esordio</a></div>",
    ):
        body = _body(_page(middle=middle))
        assert any(kept in body for kept in ("reviewed her first novel", "a patient book about the sea",
                                              "un libro paziente")), body


def test_house_radio_line_named_by_its_brand_goes():
    box = ("<div class='radio-promo'><p>Escuche HPR en español cada noche a las nueve, por la radio o como "
           "podcast.</p></div>")
    page = _page(tail=box, site="HPR Spanish", host="www.hpr.example.com", lang="es")
    body = _body(page, "www.hpr.example.com")
    assert "cada noche" not in body and P3[:40] in body


def test_another_broadcasters_radio_stays():
    line = "<p>The author read the whole book aloud on BBC Radio 4; listen to it as a podcast if you can.</p>"
    page = _page(tail=line, site="HPR Spanish", host="www.hpr.example.com")
    assert "BBC Radio 4" in _body(page, "www.hpr.example.com")


def test_house_programme_box_goes():
    box = ("<div class='box-events'><h4>The Harbour book fair: programme</h4><ul>"
           "<li>Friday, 6 pm: the crime writers' evening, main hall</li>"
           "<li>Saturday, 10 am: breakfast with the small presses</li></ul></div>")
    body = _body(_page(middle=box))
    assert "small presses" not in body and "programme" not in body and P2[:40] in body


def test_programme_near_misses_stay():
    # (a list in the post's own flow is no box of a programme: other rules may read it, this one leaves it)
    in_flow = lxml.html.fromstring(
        f"<div class='story'><p>{P1}</p><h3>One day of the keeper's life</h3><ul><li>Monday, 5 am: he lights the lamp"
        f"</li><li>Monday, 9 pm: he writes the log</li></ul><p>{P2}</p></div>")
    assert _programme(in_flow.find("ul"), in_flow) is None
    chapters = ("<div class='box-contents'><h4>What the book holds</h4><ul><li>Friday: the storm</li>"
                "<li>Saturday: the wreck</li></ul></div>")
    body = _body(_page(middle=chapters))
    assert "the wreck" in body
