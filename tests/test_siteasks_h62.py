"""Helper body62b of the holdout62 round, in our own words and markup:

- the site's funding box that names the site by its brand only, a word of its name that is a label of its host
  ("Lanterna" of "Caffè Lanterna" at caffe.lanterna.example): fundbox._brand_named;
- the bid to support the site by its name right after the verb ("Steun <Site>", "Support <Site>", "Soutenez <Site>"):
  fundbox._supports_site; a small or voluntary contribution named where the noun alone is an article's too
  (fundbox._SMALL_GIFT);
- a line whose label points to other pieces by the same author, then only its links to the site's own pages
  (readalsoline.same_author_line).

Near misses: a review's line asking to support the author (no site), a boxed line naming the host's brand with no
funding word, a contributed article ("this contribution first appeared"), a reviewer's 'other books by the same
author' in prose, the same label linking a shop, an ordinary Dutch and Romanian review left whole.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.readalsoline import same_author_line
from tests.cleaning import paras, text_of

_REVIEW = [
    "The novel follows a lighthouse keeper's daughter who learns to read from the logbooks her father keeps, and each "
    "chapter opens on one of his entries about the weather and the ships that did not stop.",
    "What I liked most is how slowly the island empties, family after family, so that the last boat feels earned and "
    "not like a twist written for an ending; the dialogue is spare and often funny.",
    "It sags a little in the middle, where a visiting painter takes over for forty pages, but I would still give it to "
    "anyone who likes quiet books about work, weather and the people who stay behind.",
]


def _clean(inner: str, title_site: str, host: str) -> tuple[str, list[str]]:
    page = (f"<html><head><title>The keeper's daughter - A. Reader - {title_site}</title>"
            f"<link rel='canonical' href='https://{host}/reviews/keepers-daughter.html'></head><body>"
            f"<div class='post-text'>{inner}</div></body></html>")
    root = lxml.html.fromstring(page)
    body = root.cssselect(".post-text")[0]
    report = CleanReport()
    clean_body(body, host, report)
    return text_of(body), [r.rule for r in report.removed]


# (the box's line, the site's name in the title, its host): the brand alone named, many languages
_BRANDED = [
    ("Susțineți Lanterna cu o donație lunară: scriem fără reclame de zece ani.", "Revista Lanterna", "revista.lanterna.example.ro"),
    ("Help Lanterna stay free: a small donation every month keeps the reviews coming.", "Caffè Lanterna", "caffe.lanterna.example"),
    ("Unterstützen Sie Lanterna mit einer Spende, damit alle Kritiken frei bleiben.", "Kulturportal Lanterna", "portal.lanterna.example.de"),
    ("Wesprzyj Lanterna darowizną: piszemy niezależnie od wydawców.", "Magazyn Lanterna", "magazyn.lanterna.example.pl"),
]

# the bid to support the site by its name, with no funding word FUND knows
_NAMED = [
    ("Steun Boekenzolder met een kleine bijdrage: wij lezen onafhankelijk.", "Boekenzolder", "www.boekenzolder.example.nl"),
    ("Support Paperlantern so that we can keep reading without sponsors.", "Paperlantern", "paperlantern.example"),
    ("Soutenez Pagesgrises : nous lisons sans publicité depuis dix ans.", "Pagesgrises", "pagesgrises.example.fr"),
    ("Apoye a Hojasueltas para que sigamos leyendo sin anunciantes.", "Hojasueltas", "hojasueltas.example.es"),
    ("Podpořte Čtenárnu, ať můžeme psát dál bez inzerce.", "Čtenárnu", "ctenarna.example.cz"),
]


def test_a_box_naming_the_site_by_its_brand_goes():
    for line, site, host in _BRANDED:
        box = f"<div class='plea-x'><p>{line}</p></div>"
        text, rules = _clean(paras(*_REVIEW[:2]) + box + paras(_REVIEW[2]), site, host)
        assert line[:18] not in text, (line, rules)
        assert _REVIEW[2][:30] in text and _REVIEW[0][:30] in text


def test_a_bid_to_support_the_site_by_name_goes():
    for line, site, host in _NAMED:
        box = f"<div class='plea-x'><p>{line}</p></div>"
        text, rules = _clean(paras(*_REVIEW[:2]) + box + paras(_REVIEW[2]), site, host)
        assert line[:18] not in text, (line, rules)
        assert _REVIEW[2][:30] in text


def test_near_misses_stay():
    keep = [
        # (a boxed line naming the brand but asking no funding)
        ("<div class='note-x'><p>Lanterna read this novel in its book club last spring, and the talk was lively.</p></div>",
         "Caffè Lanterna", "caffe.lanterna.example"),
        # (support the author, not the site)
        ("<div class='note-x'><p>Steun de schrijver: koop het boek bij de plaatselijke boekhandel.</p></div>",
         "Boekenzolder", "www.boekenzolder.example.nl"),
        # (a contributed article's provenance: the noun without a sum's word)
        ("<div class='note-x'><p>Deze bijdrage verscheen eerder bij Boekenzolder in een kortere vorm.</p></div>",
         "Boekenzolder", "www.boekenzolder.example.nl"),
        # (a verb of supporting before another name than the site's)
        ("<div class='note-x'><p>Support Marta Kowal, whose translation carries the whole book.</p></div>",
         "Paperlantern", "paperlantern.example"),
    ]
    for box, site, host in keep:
        text, rules = _clean(paras(*_REVIEW[:2]) + box + paras(_REVIEW[2]), site, host)
        assert text_of(lxml.html.fromstring(box))[:25] in text, (box, rules)


def _line(html: str, host: str = "lanterna.example") -> bool:
    return same_author_line(lxml.html.fragment_fromstring(html), host)


def test_same_author_lines_go():
    assert _line("<p>Other reviews by the same author: <a href='/r/1'>A winter harbour</a></p>")
    assert _line("<p>Alte recenzii ale aceluiași autor: <a href='/r/1'>Iarna în port</a>, <a href='/r/2'>Ceața</a></p>")
    assert _line("<p>Weitere Rezensionen desselben Autors: <a href='/r/1'>Hafen im Winter</a></p>")
    assert _line("<p>Autres chroniques du même auteur : <a href='/r/1'>Le port en hiver</a></p>")
    assert _line("<p>Otras reseñas del mismo autor: <a href='https://lanterna.example/r/1'>Puerto de invierno</a></p>")
    assert _line("<p>Другие рецензии того же автора: <a href='/r/1'>Зимняя гавань</a></p>")
    assert _line("<p>Inne recenzje tego samego autora: <a href='/r/1'>Zimowy port</a> · <a href='/r/2'>Mgła</a></p>")
    assert _line("<p>Andere recensies van dezelfde auteur: <a href='/r/1'>Winterhaven</a></p>")


def test_same_author_near_misses_stay():
    # (prose after the label)
    assert not _line("<p>Other books by the same author: I liked <a href='/r/1'>A winter harbour</a> even more.</p>")
    # (a shop's pages)
    assert not _line("<p>Other reviews by the same author: <a href='https://shop.example/b/1'>A winter harbour</a></p>")
    # (no label of the same author: a plain sentence with a colon)
    assert not _line("<p>Alte cronici mi-au plăcut: <a href='/r/1'>Iarna în port</a></p>")
    # (no link at all)
    assert not _line("<p>Alte cronici de același autor: Iarna în port</p>")


def test_ordinary_reviews_stay_whole():
    nl = ["Deze roman volgt een veerman die zijn dorp ziet leeglopen, en ik steun de keuze van de schrijver om niets "
          "te verklaren.", "Een kleine bijdrage aan het genre, maar een eerlijke; ik las het in twee avonden uit."]
    text, rules = _clean(paras(*nl), "Boekenzolder", "www.boekenzolder.example.nl")
    assert all(p[:30] in text for p in nl), rules
    ro = ["Romanul urmărește o familie de pescari, iar autorul susține cu răbdare fiecare scenă.",
          "Alte cărți de același autor mi-au plăcut mai puțin, dar aceasta merită citită."]
    text, rules = _clean(paras(*ro), "Revista Lanterna", "revista.lanterna.example.ro")
    assert all(p[:30] in text for p in ro), rules
