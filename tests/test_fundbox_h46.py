"""Helper body46a of the holdout46 round, in our own words and markup:

- the site's reader-funding box set into the post (fundbox): a wrapper of its own, a short heading perhaps, a line or
  two about donating, supporting or membership, and a button; or one italic line closed by its button; between the
  review's paragraphs or after them, in many languages;
- an informal Hungarian 'read this too' label over a linked headline (edges.READ_ALSO);
- a labelled byline in a <div> under the headline, a content warning between it and the text (datelines._before_text).

Near misses: a review's sentence about a character who donates, a boxed record line, a boxed disclosure naming a
membership, a pull quote in a box, a heading over a short list.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.datelines import dateline
from scraper.extract.edges import READ_ALSO
from tests.cleaning import paras, text_of

_REVIEW = [
    "The novel follows two sisters who run a ferry between islands that are slowly being abandoned, and each crossing "
    "is a chapter in which one more family leaves with its furniture stacked on deck.",
    "What stays with me is how the book lets the sea be boring most of the time, so that the one storm near the end "
    "feels like an event in the sisters' lives and not a set piece written for the film rights.",
    "I would give it to anyone who liked quiet books about work and weather, and I will read her earlier novel next.",
]


def _clean(inner: str, site: str = "Harbour Pages") -> tuple[str, list[str]]:
    page = (f"<html><head><title>The last ferry | {site}</title></head><body>"
            f"<div class='post-text'>{inner}</div></body></html>")
    root = lxml.html.fromstring(page)
    body = root.cssselect(".post-text")[0]
    report = CleanReport()
    clean_body(body, "harbour.example", report)
    return text_of(body), [r.rule for r in report.removed]


_BOXES = [
    # (heading, line, button) in many languages, our own wording
    ("Keep the harbour lit", "We run without advertising. A small monthly donation pays for the next review.", "Give"),
    ("Unabhängig dank Ihnen", "Mit einer kleinen Spende im Monat halten Sie unsere Redaktion unabhängig.", "Jetzt spenden"),
    ("Merci de votre fidélité", "Faites un don mensuel pour que nos critiques restent gratuites.", "Je donne"),
    ("Ez a lap olvasóiból él", "Egy kis havi adománnyal segítheted a szerkesztőség munkáját.", "Támogatom"),
    ("Okurlarımızla ayaktayız", "Küçük bir aylık bağışla eleştirilerin ücretsiz kalmasına yardım edin.", "Bağış yap"),
    ("Hvala što čitate", "Pošaljite nam donaciju i pomozite da recenzije ostanu besplatne.", "Doniraj"),
    ("Dziękujemy za lekturę", "Wesprzyj nas drobną darowizną, a kolejne recenzje będą dostępne dla wszystkich.", "Wpłacam"),
    ("", "Sivusto toimii ilman mainoksia: voit tukea työtämme pienellä lahjoituksella.", "Lahjoita"),
    ("Tack för att du läser", "Som medlem får du läsa alla våra recensioner och skicka tre artiklar i månaden till vänner.", "Bli medlem"),
]


def test_a_funding_box_after_the_review_goes():
    for heading, line, button in _BOXES:
        box = (f"<div class='aside-x'>{f'<h4>{heading}</h4>' if heading else ''}<p>{line}</p>"
               f"<a href='/support'>{button}</a></div>")
        text, rules = _clean(paras(*_REVIEW) + box)
        assert line[:20] not in text, (line, rules)
        if heading:
            assert heading not in text, (heading, rules)
        assert all(p[:30] in text for p in _REVIEW), rules


def test_a_funding_box_between_the_paragraphs_goes_and_the_review_stays():
    box = "<div class='x1'><p>Sivusto toimii vapaaehtoisvoimin. Voit tukea sen kuluja pienellä kuukausilahjoituksella.</p></div>"
    text, rules = _clean(paras(*_REVIEW[:2]) + box + paras(_REVIEW[2]))
    assert "vapaaehtoisvoimin" not in text, rules
    assert all(p[:30] in text for p in _REVIEW), rules


def test_a_members_sharing_note_naming_the_piece_goes():
    box = "<div class='y2'><p>Del artiklen: som medlem kan du sende tre historier om ugen til venner uden abonnement.</p></div>"
    text, rules = _clean(paras(*_REVIEW) + box)
    assert "som medlem" not in text, rules


def test_an_italic_plea_closed_by_its_button_mid_post_goes():
    line = "<p><em>Tartsd életben a Kikötőt egy havi adománnyal – olvasók nélkül nincs kritika.</em> <a href='/t'>Segítek</a></p>"
    text, rules = _clean(paras(*_REVIEW[:1]) + line + paras(*_REVIEW[1:]))
    assert "Kikötőt" not in text, rules
    assert all(p[:30] in text for p in _REVIEW), rules


def test_the_reviews_own_lines_stay():
    for inner in (
        # a character who donates, in the review's own paragraph
        paras(*_REVIEW[:2], "In the last chapter the elder sister makes a donation to the island school and joins "
              "the ferry workers' union as a member, which felt rushed to me."),
        # a boxed record line
        paras(*_REVIEW) + "<div class='book-box'><p>The Last Ferry. Harbour Press, 2025. 288 pages.</p></div>",
        # a boxed disclosure that names a membership
        paras(*_REVIEW) + "<div class='note-box'><p>I received a free copy through my membership of a readers' panel; "
                          "the opinions are my own.</p></div>",
        # a pull quote in a box, about giving
        paras(*_REVIEW[:2]) + "<div class='pull'><p>“Every crossing is a donation of time to people who are leaving.”</p></div>"
        + paras(_REVIEW[2]),
    ):
        text, rules = _clean(inner)
        assert all(p[:30] in text for p in _REVIEW[:2]), rules
        assert "support box" not in rules, (inner, rules)


def test_an_informal_hungarian_read_also_label():
    assert READ_ALSO.match("Olvasd el ezt is: Öt csendes téli regény")
    assert READ_ALSO.match("Olvassa el ezt is: Öt csendes téli regény")
    assert not READ_ALSO.match("Olvasd el a regényt, mielőtt megnézed a filmet.")


def test_a_labelled_byline_div_under_the_headline_after_a_warning_line():
    page = ("<div class='post'><div class='kicker'>Kritike</div><h1>Posljednji trajekt</h1>"
            "<div class='meta'>Piše: <a href='/autori/ana-horvat'>Ana Horvat</a> · 3. prosinca 2026.</div>"
            f"<div class='text'><p><em>Upozorenje: smrt u obitelji.</em></p>{paras(*_REVIEW)}</div></div>")
    root = lxml.html.fromstring(page)
    meta = root.cssselect(".meta")[0]
    items = [root.cssselect(".kicker")[0], root.cssselect("h1")[0], meta]
    assert dateline(meta, root, items.index(meta)) == "dateline"
    # a labelled line with a date after the text has begun is the review's
    late = lxml.html.fromstring(f"<div>{paras(*_REVIEW)}<div class='m'>Čitano: <a href='/autori/x'>Ana</a> · 3. prosinca 2026.</div></div>")
    assert dateline(late.cssselect(".m")[0], late, 5) is None
