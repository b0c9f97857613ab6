"""A pointer to another post of the site closing the post (the s32 round; own words and markup):
``tailpointer.tail_pointer``, after the review's last paragraph a 'lead: <link>' line whose link, the rest of the
line, goes to a dated or numbered article of the site's own, whatever the lead's words.

Near misses: a link to the publisher's site, a line whose link is followed by words of its own, a link to a page of
the site that is no article (a person's page), the same line between the review's paragraphs with a long lead."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A regény egy révészasszonyról szól, aki harminc éve ugyanazon a szoroson kel át, és minden utast ismer, amíg egy "
    "reggel fel nem száll egy idegen, aki soha többé nem száll le, sem a kikötőben, sem máshol.",
    "A nyelv száraz és pontos, a fejezetek rövidek, és több tenger van a sorok között, mint elsőre hinnéd; az éjszakai "
    "átkelések a ködkürtökkel és az alvó kamionsofőrökkel hetekig velem maradtak a könyv után is.",
]


def _text(last: str = "", middle: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = ("<html><head><title>A révészasszony</title></head><body><article><h1>A révészasszony</h1>"
            f"<div class='post-body'>{ps[0]}{middle}{ps[1]}<p><small>Kikötő Kiadó · 212 oldal</small></p>{last}"
            "</div></article></body></html>")
    return extract_page(page, "https://revesz.example.net/post/880011/a-reveszasszony").body_text


@pytest.mark.parametrize("line", [
    "<p><i>Erről a polcról írtam már korábban is: <a href='/post/770245/vilagitotornyok'>Három könyv a "
    "világítótornyokról</a></i></p>",
    "<p>Also on this blog: <a href='https://revesz.example.net/2026/10/lighthouses/'>Three lighthouse novels</a>.</p>",
])
def test_pointer_to_another_post_after_the_review_goes(line):
    text = _text(last=line)
    assert "világítótornyokról" not in text and "Three lighthouse novels" not in text and "ködkürtökkel" in text


@pytest.mark.parametrize("line", [
    "<p>A kiadó oldala: <a href='https://kikoto.example.com/2026/reveszasszony'>Kikötő Kiadó</a></p>",
    "<p>Az első kötetről: <a href='/post/770245/elso-kotet'>Az első kötet</a>, amelyet jobban szerettem.</p>",
    "<p>Fordította: <a href='/szemelyek/nagy-eva'>Nagy Éva</a></p>",
])
def test_citations_and_sentences_after_the_review_stay(line):
    kept = {"kikoto": "Kikötő Kiadó", "elso": "jobban szerettem", "szemelyek": "Nagy Éva"}
    word = next(v for k, v in kept.items() if k in line)
    assert word in _text(last=line)


def test_a_review_sentence_between_the_paragraphs_stays():
    line = ("<p>Ahogy a szerző korábbi könyvéről írt bejegyzésemben is mondtam, a tenger nála mindig szereplő: "
            "<a href='/post/770245/elozo-konyv'>az előző regény</a></p>")
    assert "az előző regény" in _text(middle=line)
