"""A headline labelled "new cover" (round 34, announce.reveal): the label a part of its own before a colon, dash or
bar, in many languages ("Jalada jipya: T", "Nueva portada: T"), reveals a cover; the post is no review. Near misses:
"new cover" in the headline's own words (a review's remark about the cover), and a rated review whose headline says
so after its colon."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.announce import reveal

_SW = ("<p>Leo tunafurahi kuwaonyesha jalada la riwaya mpya ya Rehema Salim Juma, Upepo wa Kusi, itakayotoka mwezi Machi"
       " mwakani kupitia shirika dogo la uchapishaji la Tanga.</p><p>Jalada limechorwa na msanii kijana wa Lamu, na"
       " linaonyesha mashua ndogo ikielekea kisiwani huku upepo mkali ukivuma na mawingu meusi yakikusanyika juu ya"
       " bahari.</p><p>Riwaya inamfuata Saida, mvuvi kijana anayerudi kijijini baada ya miaka mingi mjini, na siri ya"
       " babu yake inayofichuka wakati wa msimu wa upepo wa kusi. Mwandishi atakuwa nasi kwa mazungumzo mwezi ujao.</p>"
       "<p>Wasomaji wa mapema kwenye kikundi chetu wamesema Upepo wa Kusi ni hadithi ya kusisimua, na Juma ameandika kwa"
       " lugha nzuri ya pwani. Tutaweka kiungo cha kuagiza nakala hapa mara tu kitakapopatikana madukani, na tutawajulisha wote waliojiandikisha kwenye orodha yetu ya barua pepe kila wiki.</p>")


def _page(headline: str, body: str):
    html = (f'<html lang="sw"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            "</article></body></html>")
    return extract_page(html, "https://vitabu.example.co.tz/2026/12/upepo-wa-kusi")


def test_new_cover_label_is_a_reveal():
    assert not _page("Jalada jipya: Upepo wa Kusi", _SW).is_review


def test_new_cover_label_in_more_languages():
    assert reveal("Nueva portada: El último tren")
    assert reveal("Blog name | New cover | The Salt House")


def test_new_cover_in_the_headlines_own_words_is_no_label():
    assert not reveal("The new cover does this old favourite justice")
    assert not reveal("The Salt House: a review, and a word on the new cover")


def test_rated_review_mentioning_the_new_cover_stays_a_review():
    page = _page("Upepo wa Kusi: hakiki ya riwaya na jalada jipya", _SW.replace("Leo tunafurahi kuwaonyesha jalada la",
                 "Nimesoma") + "<p>Alama yangu: 4/5</p>")
    assert page.is_review
