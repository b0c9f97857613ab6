"""h67 shapes: an app line whose bidding closes it after a dash ("The region's news on your phone – download our app."),
a programme list whose entries open on a day and month in figures with no year and the hour ("14.1., 18 Uhr – …"),
and a by-word byline under the standfirst with the lead picture between ("Af <name> · <date>").

Invented lines and pages in Danish, English, Swedish, German, Dutch and Norwegian, with near misses: a review's line
ending on the app the reviewer read in, a numbered contents list ("1.2. …"), and a record line under the standfirst
that names its house after a date.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import applines, bylinelabels, datelines, eventagenda


def test_closing_app_bid_after_a_dash():
    assert applines.app_line("Alle nyheder fra øen direkte i lommen – hent vores app.")
    assert applines.app_line("Stay on top of the local news wherever you are — download our app!")
    assert applines.app_line("Nyheterna från kusten i mobilen – ladda ner appen.")


def test_review_line_ending_on_an_app_stays():
    assert not applines.app_line("Jeg lyttede til den på færgen – i bibliotekets app.")
    assert not applines.app_line("I finished it on the train — the publisher's reading app is clumsy, but it worked.")
    assert not applines.app_line("Was it worth the wait – should you download our app?")


def _ul(items):
    return lxml.html.fragment_fromstring("<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>")


def test_day_month_figures_with_hour_lead_a_programme():
    ul = _ul(["14.1., 18 Uhr – Lesung mit Kaffee, Eintritt frei", "21.1., 19:30 Uhr – Krimiabend im Hinterhof",
              "28.1., 10 Uhr – Bilderbuchstunde"])
    assert eventagenda.event_list(ul)
    nl = _ul(["3.2., 20:00 – Poëzieavond in de winkel", "10.2., 20:00 – Boekenclub", "17.2., 15:00 – Voorleesuur"])
    assert eventagenda.event_list(nl)


def test_numbered_contents_list_stays():
    ul = _ul(["1.2. Einleitung und Fragestellung", "1.3. Der Kanal als Motiv", "2.1. Die Briefe der Schwester"])
    assert not eventagenda.event_list(ul)
    assert not datelines.date_led(lxml.html.fragment_fromstring("<p>1.2. 18 Kapitel in drei Teilen</p>"))


def _head(line: str):
    root = lxml.html.fromstring(
        "<html><body><article><h1>Fyrpasserens vinter</h1>"
        "<div class='lead'><p>En roman om ensomhed, post og vejr på en ø langt mod nord.</p></div>"
        "<figure><img src='/img/cover.jpg' alt=''><figcaption>Omslaget.</figcaption></figure>"
        f"<div class='meta'>{line}</div><div class='text'><p>Romanen følger en fyrpasser gennem en lang vinter.</p></div>"
        "</article></body></html>")
    return root.xpath("//div[@class='meta']")[0]


def test_by_word_byline_under_standfirst_and_picture():
    for line in ("Af Mette Holm · 4. marts 2026", "Av Kari Nordli · 4. mars 2026", "By Ann Lee · 4 March 2026"):
        block = _head(line)
        assert bylinelabels.under_standfirst(block, datelines.HEADING_TAGS)
        assert bylinelabels.by_word_first(line)
        assert datelines.dateline(block, block.getparent(), 3) == "dateline", line


def test_record_line_under_standfirst_stays():
    # near misses: a record line naming its house after the date, a caption opening on a preposition and a place
    assert not bylinelabels.by_word_first("Udgivet 4. marts 2026 af Gyldendal, 312 sider")
    block = _head("Udgivet 4. marts 2026 af Gyldendal, 312 sider")
    assert datelines.dateline(block, block.getparent(), 3) is None
    assert not bylinelabels.by_word_first("De Oslo à Tromsø, un voyage raconté en lettres depuis 2026")
