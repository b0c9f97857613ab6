"""The bidding to support the site, naming it: closing the post ("Support <Site>: twenty years without ads, thanks to
its readers", it "Sostieni <Site>", es "Apoya a <Site>"), or between the paragraphs with its funding named (de
"Unterstützen Sie unabhängige Kritik: <Site> lebt von Ihren Spenden") (``pleas.support_opening``); and the closing
line that names the site and what a paid subscription to it costs for a period ("<Site> is free and reader-supported;
a paid subscription of $4 a month keeps it going": ``pleas.closing_plea``). Near misses: a bidding that names no site
("Support your local bookshop"), the site named with no bidding, a support line mid-post without funding named, a
review's sentence about another service's subscription.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.pleas import support_opening

_SITES = lambda: ["kapitelrand", "the paper lantern"]  # noqa: E731


def test_the_bidding_names_the_site():
    for line in ("Sostieni Kapitelrand: dieci anni senza pubblicità, grazie a chi legge.",
                 "Support The Paper Lantern — no ads, no trackers, just readers.",
                 "Apoya a Kapitelrand: sin anuncios desde 2015.",
                 "Soutenez Kapitelrand : le site vit de ses lecteurs."):
        assert support_opening(line, None, _SITES), line
    line = "<p><strong>Unterstützen Sie unabhängige Kritik:</strong> Kapitelrand lebt von Ihren Spenden.</p>"
    block = fragment_fromstring(line)  # (mid-post, the site after the label: the label set apart in bold, rev32d)
    assert support_opening(block.text_content(), None, _SITES, True, block)


def test_near_misses():
    assert not support_opening("Support your local bookshop: they will order it for you.", None, _SITES)
    assert not support_opening("Kapitelrand readers will remember her first novel.", None, _SITES)
    assert not support_opening("Sostieni Kapitelrand, dice il protagonista al suo amico.", None, _SITES, funded=True)


def _page(lang: str, title: str, site: str, paras: list[str], last: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><title>{title} - {site}</title></head><body>"
            f"<div id='header'><a href='/'>{site}</a></div><article><h1>{title}</h1>"
            f"<div class='entry-content'>{body}{last}</div></article></body></html>")


_IT = ["Un romanzo breve su una tipografia di provincia che stampa l'ultimo giornale del paese. Il proprietario, "
       "vedovo, insegna il mestiere a una ragazza che vuole solo andarsene.",
       "La lingua è asciutta e precisa, e le pagine sul piombo fuso sono bellissime. Il finale è frettoloso, ma il "
       "libro resta addosso."]


def test_extract_page_drops_the_closing_bidding():
    record = extract_page(_page("it", "La tipografia", "Kapitelrand", _IT,
                                "<p>Sostieni Kapitelrand: dieci anni senza pubblicità, grazie a chi legge.</p>"),
                          "https://kapitelrand.example.it/la-tipografia")
    assert "Sostieni Kapitelrand" not in record.body_text
    assert "piombo fuso" in record.body_text
    kept = extract_page(_page("it", "La tipografia", "Kapitelrand", _IT,
                              "<p>Sostieni le piccole tipografie: comprate questo libro in libreria.</p>"),
                        "https://kapitelrand.example.it/la-tipografia")
    assert "piccole tipografie" in kept.body_text


_DE = ["Ein Roman über eine Fährfrau auf der Elbe, die an einem Wintertag einen Fremden übersetzt, der nie wieder "
       "zurückkommt. Die Suche nach ihm wird zur Suche nach ihrer eigenen Geschichte.",
       "Die Sprache ist ruhig und genau, die Landschaft fast eine eigene Figur. Manche Rückblenden sind zu lang.",
       "Am Ende bleibt ein stilles, kluges Buch, das man nicht so schnell vergisst, und eine Fährfrau, die man "
       "gern noch einmal träfe."]


def test_extract_page_drops_the_funding_line_mid_post():
    record = extract_page(_page("de", "Die Fährfrau", "Kapitelrand", _DE[:1] + [
        "<strong>Unterstützen Sie unabhängige Kritik:</strong> Kapitelrand ist werbefrei und lebt von Ihren Spenden."]
        + _DE[1:], ""), "https://kapitelrand.example.de/faehrfrau")
    assert "werbefrei" not in record.body_text
    assert "eigene Figur" in record.body_text
    kept = extract_page(_page("de", "Die Fährfrau", "Kapitelrand", _DE[:1] + [
        "Unterstützen Sie den Verlag: Kapitelrand empfiehlt, das Buch in der Buchhandlung zu kaufen."] + _DE[1:], ""),
        "https://kapitelrand.example.de/faehrfrau")
    assert "Unterstützen Sie den Verlag" in kept.body_text


_EN = ["This week: a novel about a night-shift radio host in a mining town who starts taking calls from a listener "
       "who says she is calling from the town's future. It is funnier than it sounds.",
       "The calls are the best of it; the mystery of who the caller is gets solved too early. Still a fine winter read."]


def test_extract_page_drops_the_paid_subscription_line():
    line = ("<p>The Paper Lantern is free and reader-supported. A paid subscription of £3 a month keeps the lamp "
            "lit.</p>")
    record = extract_page(_page("en", "Issue 12: Night radio", "The Paper Lantern", _EN, line),
                          "https://letters.example.com/paperlantern/issue-12")
    assert "reader-supported" not in record.body_text
    assert "fine winter read" in record.body_text
    kept = extract_page(_page("en", "Issue 12: Night radio", "The Paper Lantern", _EN,
                              "<p>Readers of The Paper Lantern asked whether a paid subscription would bring more "
                              "radio novels like this one; my radio archive says there are none.</p>"),
                        "https://letters.example.com/paperlantern/issue-12")
    assert "radio archive" in kept.body_text
