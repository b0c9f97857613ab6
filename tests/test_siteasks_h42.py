"""The site's own lines closing an article, in more languages (helper body42a of the holdout42 round), in our own words
and markup:

- the subscription offer's price for a period (sitelines' membership upsell; promo.PRICE's shilling and other signs):
  sw "Sh2,500 kwa mwezi", hr "2,99 € mjesečno", sv "49 kr i månaden"; near miss: the book's price, no period;
- the bidding to follow in the South Slavic languages (followpleas.FOLLOW: hr/bs/sr "pratite", sr Cyrillic "пратите",
  sl "spremljajte"; hr "stranica" as an account word); near misses: the story's "otac prati sina", a network in the story;
- the site's messenger channel in Swahili (siteaccounts: "jiunge na chaneli yetu ya WhatsApp"); near miss: a story's
  WhatsApp group.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.siteaccounts import messenger_follow
from scraper.extract.followpleas import follow_plea, follow_site
from tests.cleaning import cleaned, paras

REVIEW = [
    "Roman prati jednu zimu u planinskom selu u kojem se djeca boje vuka više nego oca, a otac se boji samo toga da "
    "njegov sin neće postati lovac kakav je on bio, pa ga svake subote vodi u šumu.",
    "Pisac piše kratkim rečenicama, bez objašnjavanja, i upravo zato scene u šumi ostaju u glavi danima nakon čitanja; "
    "prijevod na engleski ne bi smio izgubiti tu suhoću.",
]


def test_follow_lines_in_the_south_slavic_languages():
    assert follow_site("Pratite Lamplight na Facebooku za još preporuka.", ("Lamplight",))
    assert follow_plea("Zapratite našu stranicu na Instagramu.")
    assert follow_site("Пратите Lamplight на Инстаграму.", ("Lamplight",))
    assert follow_site("Spremljajte Lamplight na Facebooku.", ("Lamplight",))
    # the story's "follows" is no bidding, and a network named in the review is no account
    assert not follow_site("Otac prati sina kroz šumu do Lamplight brda.", ("Lamplight",))
    assert not follow_plea("U romanu otac prati sina, a majka piše pisma na Facebooku.")


def test_the_closing_follow_line_goes_hr():
    line = "Pratite Lamplight na Facebooku i Instagramu za još preporuka."
    page = ("<html><body><header><a href='/'>Lamplight</a></header><div class='entry-content'>"
            + paras(*REVIEW, line) + "</div></body></html>")
    from tests.cleaning import clean_in, text_of
    body, _ = clean_in(page, ".entry-content", "lamplight.example.hr")
    assert line[:20] not in text_of(body) and REVIEW[1][:20] in text_of(body)


def test_a_price_for_a_period_in_more_languages():
    for offer in ("Jiunge na Kalamu Plus upate makala zote kwa Sh2,500 tu kwa mwezi.",
                  "Čitajte sve tekstove bez oglasa za 2,99 € mjesečno.",
                  "Läs alla recensioner utan annonser för 49 kr i månaden."):
        inner = paras(*REVIEW) + f"<div class='offer'><p>{offer}</p><a href='/pretplata'>Kreni</a></div>"
        text, rules = cleaned(inner, "kalamu.example.co.tz")
        assert offer[:15] not in text and REVIEW[1][:20] in text, (offer, rules)
    # the book's own price, with no period, stays
    inner = paras(*REVIEW, "Knjiga stoji 24 eura u svim knjižarama.")
    text, rules = cleaned(inner, "kalamu.example.co.tz")
    assert "24 eura" in text


def test_the_sites_messenger_channel_in_swahili():
    line = fragment_fromstring("<p>Pata habari zetu kupitia WhatsApp — jiunge na chaneli yetu.</p>")
    assert messenger_follow(line, line.text_content())
    story = fragment_fromstring("<p>Mhusika mkuu anajiunga na kikundi cha WhatsApp cha kijiji.</p>")
    assert not messenger_follow(story, story.text_content())
