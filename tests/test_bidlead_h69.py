"""fundbox._bid_lead: the site's funding box set into the post with no button and no name of the site, whose headline
bids the reader to support ("**Support independent criticism.** Our reviews are free …", a heading "Unterstützt
unabhängige Kritik" over its line): the headline of an ask turns to the reader on the site's behalf, whatever it names
as what to support. Between the review's paragraphs or after the last, a bold lead run into the line or a heading
apart, in English, German, Polish, Hungarian, Welsh and Greek (our own words and markup).

Near misses that stay: a review's own paragraph opening on the same bid in bold, not boxed; a boxed note with a bold
lead that bids nothing though it names support (a translator's grant); a boxed epigraph quoting the bid; a boxed
paragraph of the review opening on the verb in bold but asking for nothing (no funding named).
"""

from __future__ import annotations

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body
from tests.cleaning import paras, text_of

_REVIEW = [
    "The novel follows a night-shift baker in a port town who feeds the dockers, the nurses and the insomniacs, and "
    "each chapter is one loaf and one customer's story, told while the dough rises.",
    "The book is best when it stays in the bakery: the heat, the flour in the hair, the radio that only plays old "
    "songs. When it leaves for a subplot about a land deal, it loses its smell and its voice for a while.",
    "I would give it to anyone who likes small working lives written with care, and I will read her first book next.",
]


def _clean(inner: str) -> tuple[str, list[str]]:
    page = (f"<html><head><title>The night baker | Quay Readers</title></head><body>"
            f"<div class='entry'>{inner}</div></body></html>")
    root = lxml.html.fromstring(page)
    body = root.cssselect(".entry")[0]
    report = CleanReport()
    clean_body(body, "quay.example", report)
    return text_of(body), [r.rule for r in report.removed]


# (bold lead, the line after it) in several languages: the box asks for funding and names neither site nor button
_RUN_IN = [
    ("Support independent criticism.", "Our reviews are free for every reader. A small donation each month pays the "
     "next reviewer's fee."),
    ("Unterstützt unabhängige Kritik!", "Jede Besprechung hier ist frei lesbar. Mit einer kleinen Spende helft ihr "
     "uns, die nächste zu bezahlen."),
    ("Wesprzyj niezależną krytykę.", "Nasze recenzje są bezpłatne. Comiesięczna wpłata pozwala zapłacić za kolejną."),
    ("Támogasd a független kritikát!", "Minden kritikánk ingyenes. Havi támogatással a következő megírását segíted."),
    ("Cefnogwch feirniadaeth annibynnol.", "Mae ein hadolygiadau am ddim. Mae cyfraniad bach bob mis yn talu am y "
     "nesaf."),
]


def test_a_run_in_bid_box_between_the_paragraphs_goes():
    for lead, line in _RUN_IN:
        box = f"<div class='k7'><p><strong>{lead}</strong> {line}</p></div>"
        text, rules = _clean(paras(*_REVIEW[:2]) + box + paras(_REVIEW[2]))
        assert lead not in text and line[:25] not in text, (lead, rules)
        assert all(p[:30] in text for p in _REVIEW), (lead, rules)


def test_a_bid_box_with_its_heading_apart_after_the_review_goes():
    box = ("<aside class='zz'><h4>Στηρίξτε την ανεξάρτητη κριτική</h4><p>Οι κριτικές μας διαβάζονται δωρεάν. Μια μικρή "
           "μηνιαία δωρεά πληρώνει την επόμενη.</p></aside>")
    text, rules = _clean(paras(*_REVIEW) + box)
    assert "Στηρίξτε" not in text and "μηνιαία δωρεά" not in text, rules
    assert all(p[:30] in text for p in _REVIEW), rules


def test_the_lead_reader():
    from scraper.extract.fundbox import _bid_lead

    box = lxml.html.fromstring("<div><p><b>Support independent criticism.</b> Our reviews are free.</p></div>")
    assert _bid_lead(box)
    # no bold lead (the line opens on text), a lead of one word, a quoted bid: no headline of an ask
    for markup in ("<div><p>Support independent criticism. <b>Our reviews</b> are free.</p></div>",
                   "<div><p><b>Support.</b> Our reviews are free.</p></div>",
                   "<div><p><b>“Support each other,”</b> the baker says.</p></div>"):
        assert not _bid_lead(lxml.html.fromstring(markup)), markup


def test_near_misses_stay():
    # the review's own paragraph opening on the bid in bold, not boxed
    own = ("<p><strong>Unterstützt eure Bäckerei.</strong> So steht es auf dem Schild im Schaufenster, und um dieses "
           "Schild, um Spenden der Nachbarn für einen neuen Ofen, dreht sich das letzte Drittel des Romans.</p>")
    # a boxed note whose bold lead bids nothing, though it names support
    grant = ("<div class='note'><p><strong>Zur Übersetzung.</strong> Die Übertragung ins Deutsche wurde vom "
             "Übersetzerfonds unterstützt.</p></div>")
    # a boxed epigraph quoting the bid
    epigraph = ("<div class='motto'><p><strong>„Unterstützt einander“</strong> – eine Spende an die Nachbarn, "
                "S. 12</p></div>")
    # a boxed paragraph opening on the verb in bold that asks for nothing to be funded
    plain = ("<div class='tip'><p><strong>Support your local bakers.</strong> The novel had me up at dawn for warm "
             "bread "
             "every morning this week.</p></div>")
    cases = ((own, "So steht es"), (grant, "Übersetzerfonds"), (epigraph, "einander"), (plain, "up at dawn"))
    for block, words in cases:
        text, rules = _clean(paras(*_REVIEW[:2]) + block + paras(_REVIEW[2]))
        assert words in text, (words, rules)
        assert all(p[:30] in text for p in _REVIEW), rules
