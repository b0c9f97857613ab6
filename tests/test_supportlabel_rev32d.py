"""The bidding to support the site set as a line's label (``supportlabel.support_opening``) and the paid subscription
(``pleas._PAID``) narrowed after review rev32d: the site's name must stand inside the label, before its colon (a
review's "Support independent presses: <Site> readers will find it at …" bids for the presses); between the paragraphs
the site may follow a label that a bold run sets apart (a theme's donation box); a plain "abonnement" is any
subscription, the reviewer's own e-book one too: a paid word must stand beside it.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.pleas import _PAID
from scraper.extract.supportlabel import support_opening

_SITES = lambda: ["the lantern lane", "lantern lane", "papierboot"]  # noqa: E731


def test_the_site_in_the_label():
    for line in ("Support The Lantern Lane: no ads, no trackers.", "Sostieni Papierboot: nessuna pubblicità.",
                 "Soutenez Papierboot sur Tipeee : le blog vit de ses lecteurs.", "Apoya a Papierboot: sin anuncios desde 2019."):
        assert support_opening(line, None, _SITES), line


def test_the_site_after_a_plain_label_stays():
    for line in ("Support independent presses: Lantern Lane readers will find this one at Dockside Press.",
                 "Sostenete le librerie: io l'ho comprato da Papierboot, in centro.",
                 "Apoyad a las editoriales pequeñas: Papierboot lo recomienda desde hace años."):
        assert not support_opening(line, None, _SITES), line
    line = "Support the little magazines: Lantern Lane has always said they live on readers' donations."
    assert not support_opening(line, None, _SITES, True, fragment_fromstring(f"<p>{line}</p>"))


def test_the_bold_label_between_the_paragraphs():
    for html in ("<p><b>Unterstützen Sie freie Kritik:</b> Lantern Lane lebt von Ihren Spenden.</p>",
                 "<p><strong>Sostieni la critica libera:</strong> Papierboot vive delle vostre donazioni.</p>"):
        block = fragment_fromstring(html)
        assert support_opening(block.text_content(), None, _SITES, True, block), html


def test_a_paid_subscription_needs_its_paid_word():
    for line in ("un abonnement payant de 4 € par mois", "a paid subscription of $5 a month", "betaald abonnement",
                 "ein Bezahl-Abo für 3 Euro im Monat", "abbonamento a pagamento"):
        assert _PAID.search(line), line
    for line in ("lu grâce à mon abonnement Kindle, 9,99 € par mois", "mit meinem Abo für 10 Euro im Monat",
                 "via mijn abonnement van 10 euro per maand", "mit abonnement koster 99 kr. om måneden"):
        assert not _PAID.search(line), line
