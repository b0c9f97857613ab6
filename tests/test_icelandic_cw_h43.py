"""Icelandic content-warning labels (notewords.CW_WORDS): "Efnisviðvörun:", "Kveikjuviðvörun:", "Viðvörun:"."""

import pytest

from scraper.extract import extract_page

FILLER_IS = (
    "<p>Sagan gerist í litlu sjávarþorpi á Vestfjörðum veturinn sem ferjan hætti að koma. Vitavörðurinn og dóttir hans "
    "telja dagana og bíða eftir vorinu, og lítið gerist í fyrstu hundrað síðunum.</p>"
    "<p>Það sem hélt mér var röddin: þurr, nákvæm og stundum fyndin um veðrið og nágrannana. Höfundurinn skrifar "
    "stutt og skýrt, og hver kafli endar á réttum stað.</p>"
    "<p>Síðasti þriðjungurinn opnar fjölskyldusögu sem ég ætla ekki að segja frá hér, en hún er vel þess virði.</p>"
)


def _page(body: str) -> str:
    return ('<!doctype html><html lang="is"><head><meta charset="utf-8"><title>Vetrarljósið eftir Orra Finnsson</title>'
            '</head><body><article class="post"><h1 class="entry-title">Vetrarljósið eftir Orra Finnsson</h1>'
            f'<div class="entry-content">{body}</div></article></body></html>')


def _warnings(body: str):
    return extract_page(_page(body), "https://vetrarljos.example.is/2026/12/umsogn/").content_warnings


@pytest.mark.parametrize("note", [
    "<p><em>Efnisviðvörun: sjálfsvíg og sorg.</em></p>",
    "<p>Kveikjuviðvörun: ofbeldi á heimili</p>",
    "<p><strong>Viðvörun:</strong> lýsingar á ofbeldi gegn dýrum.</p>",
])
def test_icelandic_warning_labels(note):
    assert _warnings(note + FILLER_IS)


def test_near_miss_warning_word_in_the_story():
    # the story's weather warning, not a label opening a note
    prose = "<p>Veðurstofan gaf út viðvörun um storm, og vitavörðurinn lokaði hlerunum um kvöldið.</p>"
    assert not _warnings(prose + FILLER_IS)
