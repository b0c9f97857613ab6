"""A numbered podcast episode plugged under a pictograph, anywhere in the body (``podcastline``, bprelated35)."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "The novel follows a retired cartographer who agrees to redraw the map of a village that is slowly sliding into "
    "the sea, and the neighbours who each want their house drawn a little further from the edge.",
    "The writing is dry and funny and very precise about measurement, and the writer lets the comedy turn to grief "
    "without ever announcing it, which is harder than it looks.",
    "I found the middle section slow, with one survey too many, but the last chapter is as good as anything I have "
    "read this year and I will be giving it to my father for his birthday.",
]
_URL = "https://marginmaps.example.org/2026/12/the-sliding-village/"


def _text(line):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = (f"<html lang='en'><head><meta charset='utf-8'><title>Review: The Sliding Village</title></head><body>"
            f"<article class='post'><h1 class='entry-title'>Review: The Sliding Village</h1><div class='entry-content'>"
            f"{ps[0]}{line}{ps[1]}{ps[2]}</div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("line, gone", [
    ("<p>🎙️ We went deep on maps and grief on the podcast as well: Margin Notes, episode 41, out today.</p>", "episode 41"),
    ("<p>🎧 この本のことはポッドキャスト第7回でもたっぷり話しました。</p>", "第7回"),
])
def test_a_pictograph_led_episode_plug_goes(line, gone):
    text = _text(line)
    assert gone not in text and "birthday" in text


@pytest.mark.parametrize("line, kept", [
    ("<p>🎧 The audiobook, read by the author herself, runs just under nine hours and is lovely.</p>", "nine hours"),
    ("<p>🎙️ The cartographer's granddaughter hosts a podcast about the village, which gives the book its frame.</p>",
     "granddaughter"),
    ("<p>In episode 12 of a podcast I like, the author said the village is real, and I believe her.</p>",
     "village is real"),
])
def test_review_lines_about_audio_stay(line, kept):
    assert kept in _text(line)
