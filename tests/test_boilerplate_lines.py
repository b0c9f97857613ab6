"""scraper.extract.boilerplate: event listings, share bars, copyright lines and contact bios.

Invented snippets in Ghost and Substack layouts: a French events box, a Spanish list of dates, a row of share
links, copyright lines, a reviewer's contact line. Each rule is tested both ways: what it must remove and a near
miss it must keep (a diary of dated paragraphs, a link to a social site, a © inside a sentence, an email in the
story). The shared Tidal Pages post is in tests/cleaning.py.
"""

from __future__ import annotations

import pytest

from tests.cleaning import TIDAL_REVIEW as REVIEW
from tests.cleaning import clean_tidal as clean
from tests.cleaning import ghost, paras, rules, substack, text_of


# -- event listings ------------------------------------------------------------------------------------------------


def test_french_event_listing_is_removed_with_its_label():
    events = paras(
        "Rencontres à venir :",
        "12 mars — lecture à la librairie du port, 19 h",
        "3 avril : table ronde à la médiathèque",
        "mardi 15 mai, club de lecture au café des Halles",
    )
    page = ghost(paras(*REVIEW) + events)
    body, report = clean(page, ".gh-content")
    assert "librairie du port" not in text_of(body)
    assert "médiathèque" not in text_of(body)
    assert "Rencontres" not in text_of(body)
    assert rules(report).count("event listing") == 3
    assert REVIEW[-1] in text_of(body)


def test_spanish_dates_in_a_list_are_an_event_listing():
    events = "<ul><li>12 de marzo, Librería del Puerto</li><li>3 de abril, Biblioteca Norte</li><li>20 de mayo, Feria del Libro</li></ul>"
    page = substack(paras(*REVIEW) + "<p>Próximas presentaciones:</p>" + events)
    body, report = clean(page, ".body.markup")
    assert not body.xpath(".//ul")
    assert "Próximas" not in text_of(body)
    assert "event listing" in rules(report)


def test_two_dated_paragraphs_are_a_diary_not_an_event_listing():
    diary = paras(
        "14 de marzo: empecé la novela en el tren y no pude soltarla hasta la última estación, con el libro ya lleno de notas.",
        "15 de marzo: la segunda mitad es más lenta, pero el final compensa la espera con creces y cierra todo lo abierto.",
    )
    page = substack(paras(*REVIEW[:2]) + diary + paras(*REVIEW[2:]))
    body, report = clean(page, ".body.markup")
    assert "empecé la novela" in text_of(body) and "la segunda mitad" in text_of(body)
    assert report.removed == []


# -- share bars ----------------------------------------------------------------------------------------------------


def test_share_bar_is_removed():
    bar = (
        "<div class='share-row'><a href='https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftidalpages.example%2Fx'>Facebook</a>"
        " <a href='https://x.com/intent/post?url=x'>X</a> <a href='https://bsky.app/intent/compose?text=x'>Bluesky</a>"
        " <a href='mailto:?subject=A%20review'>Email</a></div>"
    )
    page = ghost(paras(*REVIEW[:4]) + bar + paras(REVIEW[4]))
    body, report = clean(page, ".gh-content")
    assert not body.xpath(".//a")
    assert rules(report) == ["share links"]
    assert REVIEW[4] in text_of(body)


def test_a_mention_of_a_social_site_is_not_a_share_bar():
    line = "Marlow posts photographs of the real ferry on <a href='https://www.instagram.com/some.ferry/'>her Instagram</a>, which is worth a look."
    page = ghost(paras(*REVIEW[:2]) + f"<p>{line}</p>" + paras(*REVIEW[2:]))
    body, report = clean(page, ".gh-content")
    assert "her Instagram" in text_of(body)
    assert report.removed == []


# -- copyright lines -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["© 2025 Tidal Pages. Quote freely, link back.", "(c) Tidal Pages 2025", "Copyright 2025 Ines Reader, all rights reserved."])
def test_copyright_line_is_removed(line):
    page = substack(paras(*REVIEW) + f"<p>{line}</p>")
    body, report = clean(page, ".body.markup")
    assert line not in text_of(body)
    assert REVIEW[-1] in text_of(body)
    assert rules(report) == ["copyright"]


def test_copyright_sign_inside_a_sentence_stays():
    line = "The epigraph carries a © line of its own, a small joke about who owns a river, and it set the tone for me."
    page = substack(paras(*REVIEW[:2]) + f"<p>{line}</p>" + paras(*REVIEW[2:]))
    body, report = clean(page, ".body.markup")
    assert "a small joke about who owns a river" in text_of(body)
    assert report.removed == []


# -- contact bios --------------------------------------------------------------------------------------------------


def test_contact_bio_with_mailto_near_the_end_is_removed():
    bio = "I review small-press fiction and translations; pitches to <a href='mailto:ines@tidalpages.example'>my inbox</a>."
    page = ghost(paras(*REVIEW) + f"<p>{bio}</p>")
    body, report = clean(page, ".gh-content")
    assert "pitches to" not in text_of(body)
    assert rules(report) == ["contact bio"]


def test_plain_address_near_the_end_is_a_contact_bio():
    page = ghost(paras(*REVIEW) + "<p>Review copies: books@tidalpages.example</p>")
    body, report = clean(page, ".gh-content")
    assert "Review copies" not in text_of(body)
    assert rules(report) == ["contact bio"]


def test_the_word_email_in_a_review_paragraph_stays():
    line = "The pilot's daughter writes him an email every night that he never answers, and the last one is the best page in the book."
    page = ghost(paras(*REVIEW) + f"<p>{line}</p>")
    body, report = clean(page, ".gh-content")
    assert line in text_of(body)
    assert report.removed == []


def test_mailto_early_in_the_post_stays():
    early = "Disclosure: the publisher sent a copy; questions go to <a href='mailto:ines@tidalpages.example'>me</a>."
    page = ghost(f"<p>{early}</p>" + paras(*REVIEW))
    body, report = clean(page, ".gh-content")
    assert "Disclosure" in text_of(body)
    assert report.removed == []
