"""Helper body44a of the holdout44 round, in our own words and markup:

- a newsletter's "was this forwarded to you?" line opening the issue's web copy, not only closing it (edges.FORWARDED,
  now read at the head too, and in pt, ca, sv, da/no, cs, tr, fi, hu, el, eu, zh beside its languages);
- a site's closing plea in the languages SUPPORT_ASK (pleas) and memberask's tables lacked: ha, eu, ca, gl, cy, et, lv,
  lt, af, sq, is ("Ku tallafa wa <Site>", "Egin zaitez harpidedun … kazetaritza independentea");
- a free-copy note in the languages notewords.PUBLISHER names no house in (notegift._gift_more: eu, af, sq, eo, fi);
- "this book" in ha, yo, sw, eu, ca, sq, af, lt, lv, is (reviewwords.MORE_WORK_REFERENCES), so a short review whose
  closing plea is removed keeps its mark of one work.

Near misses: a character's forwarded letter, a review's own recommendation, a bid without a reason, a publisher that
published the book, a giving denied.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.memberask import member_plea
from scraper.extract.notegift import edge_gift
from scraper.extract.reviewwords import MORE_WORK_REFERENCES
from tests.cleaning import paras, text_of

_REVIEW = [
    "The novel follows a ferry mechanic who keeps a notebook of every engine he has ever repaired, and slowly the notebook "
    "becomes a diary of the island's quarrels, marriages and funerals over thirty winters.",
    "Its author writes machines with the same tenderness as people, and the long chapter about the storm is the best "
    "thing in it; the ending hurries, but I closed the book wanting to start it again the next morning.",
    "I would give it to anyone who liked quiet books about work and weather, and to anyone who grew up near a harbour.",
]


def _clean(inner: str, site: str = "Lamplight") -> tuple[str, list[str]]:
    page = (f"<html><head><title>A ferry in winter - {site}</title></head><body>"
            f"<div class='entry-content'>{inner}</div></body></html>")
    root = lxml.html.fromstring(page)
    body = root.cssselect(".entry-content")[0]
    report = CleanReport()
    clean_body(body, "lamplight.example", report)
    return text_of(body), [r.rule for r in report.removed]


# -- the forwarded issue's line, at the head ---------------------------------------------------------------------------

def test_a_forwarded_line_opening_the_issue_goes():
    for line in (
        "¿Te reenviaron esta carta? Suscríbete y te llegará cada domingo.",
        "Si te han reenviado este boletín, apúntate aquí para recibir el próximo.",
        "Was this forwarded to you? Sign up and get the next letter yourself.",
        "Alguém te encaminhou esta newsletter? Assina aqui para receberes a próxima.",
        "T'han reenviat aquest butlletí? Subscriu-t'hi aquí.",
        "Har du fått detta vidarebefordrat till dig? Prenumerera här.",
    ):
        text, rules = _clean(f"<p><em>{line}</em></p>" + paras(*_REVIEW))
        assert line[:18] not in text, (line, rules)
        assert _REVIEW[0][:30] in text and _REVIEW[2][:30] in text, rules


def test_a_forwarded_letter_in_the_story_stays():
    line = ("The first chapter opens on a letter forwarded to the wrong island, and the mechanic keeps it unopened in his "
            "notebook for a whole winter before he learns whose it was.")
    text, rules = _clean(paras(line, *_REVIEW))
    assert "forwarded to the wrong island" in text, rules


# -- the site's closing plea ---------------------------------------------------------------------------------------------

def test_a_boxed_support_plea_naming_the_site_goes():
    for plea in (
        "<strong>Ku tallafa wa Lamplight:</strong> rubutunmu yana bukatar ku. <a href='/gudummawa'>Ku ba da gudummawa</a>",
        "<strong>Doneu suport a Lamplight:</strong> cada aportació compta. <a href='/suport'>Col·labora</a>",
        "<strong>Cefnogwch Lamplight</strong> gyda rhodd fach bob mis. <a href='/rhodd'>Rhoi</a>",
    ):
        text, rules = _clean(paras(*_REVIEW) + f"<div class='box'><p>{plea}</p></div>")
        assert "Lamplight" not in text, (plea, rules)
        assert _REVIEW[2][:30] in text, rules


def test_the_reviews_own_recommendation_stays():
    # (no site named, no support asked: the review's closing line)
    last = "Ku karanta shi idan kuna son labaran teku: ba za ku yi nadama ba."
    text, rules = _clean(paras(*_REVIEW) + f"<div class='box'><p>{last}</p></div>")
    assert "labaran teku" in text, rules


def test_membership_pleas_in_more_languages():
    for text in (
        "Egin zaitez harpidedun: kazetaritza independentea zure laguntzaz bizi da.",
        "Fes-te subscriptor i dona suport al periodisme independent.",
        "Faite socia e apoia o xornalismo independente.",
        "Hakka tellijaks ja toetage meid.",
        "Kļūsti par abonentu un atbalsti mūs!",
        "Tapkite prenumeratoriumi ir paremkite mus.",
        "Word 'n intekenaar en ondersteun ons.",
        "Bëhu abonent dhe na mbështet.",
    ):
        assert member_plea(text), text


def test_membership_near_misses_in_more_languages():
    for text in (
        "Protagonista bazkide egin zen klubean, eta hortik aurrera dena aldatu zen.",  # (the story, no bid)
        "Egin zaitez harpidedun.",  # (a bid without a reason)
        "Fes-te subscriptor: nota 4/5, kazetaritza independentea.",  # (a score)
    ):
        assert not member_plea(text), text


# -- the free-copy note where PUBLISHER names no house ---------------------------------------------------------------------

def _at_end(note: str) -> str | None:
    return edge_gift(note, 5, 6)


def test_free_copy_notes_in_more_languages():
    for note in (
        "Argitaletxeak liburuaren ale bat bidali zidan.",
        "Liburua argitaletxeak oparitu digu.",
        "Die uitgewer het vir my 'n eksemplaar gestuur.",
        "Shtëpia botuese më dërgoi një kopje falas.",
        "La eldonejo sendis al mi ekzempleron.",
    ):
        assert _at_end(note), note


def test_free_copy_near_misses_in_more_languages():
    for note in (
        "Argitaletxea: Itsaslamina, 2025.",  # (a record row)
        "Argitaletxeak 2019an argitaratu zuen lehen aldiz, eta bidali zuen azokara.",  # (published, sent to a fair)
        "Argitaletxeak ez zidan alerik bidali; liburudendan erosi nuen.",  # (denied)
        "Die uitgewer het die boek in 2020 uitgegee.",
    ):
        assert not _at_end(note), note
    # in the middle of the review, not at its edge
    assert not edge_gift("Argitaletxeak liburuaren ale bat bidali zidan.", 3, 8)


# -- "this book" in more languages --------------------------------------------------------------------------------------------

def test_this_book_in_more_languages():
    for text in ("Na karanta wannan tsohon littafi jiya.", "Malamai su koyar da littafin.", "Nimesoma kitabu hiki mara mbili.",
                 "Liburu hau gomendatzen dut.", "Aquest llibre m'ha agradat.", "Hierdie boek is stadig.",
                 "Ši knyga mane nustebino.", "Þessi bók er góð.", "Ky libër është i shkurtër."):
        assert MORE_WORK_REFERENCES.search(text), text
    for text in ("Littafin Musa ya bata a kasuwa.", "Kitabu chake kiko mezani.", "Liburutegia itxita dago."):
        assert not MORE_WORK_REFERENCES.search(text), text
