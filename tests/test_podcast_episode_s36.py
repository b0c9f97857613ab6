"""A pictograph-led line bidding the reader listen to an episode, numbered or not (``podcastline``, bpfollow36)."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "The collection gathers forty short pieces written over two decades in rented rooms, each one a page or two about "
    "a street, a habit or a failure, and together they read like a diary the writer refused to keep.",
    "What holds them together is the voice: patient, ironic, never self-pitying, even when the subject is illness or "
    "the book that would not come, and the best pieces end a sentence earlier than you expect.",
    "It is not a book to read straight through; I kept it by the bed for a month and read three or four a night.",
]
_URL = "https://marginalia-sur.example.org/2026/12/prosas-del-cuarto/"


def _text(line):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = (f"<html lang='en'><head><meta charset='utf-8'><title>Review: Rooms Without Views</title></head><body>"
            f"<article class='post'><h1 class='entry-title'>Review: Rooms Without Views</h1><div class='entry-content'>"
            f"{ps[0]}{line}{ps[1]}{ps[2]}</div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("line, gone", [
    ("<p>🎧 If you would rather hear it, listen to the episode of Corner Table where we talk about essayists.</p>",
     "Corner Table"),
    ("<p>🎙️ Escuchen el episodio de Sobremesa en el que discutimos los mejores fragmentos.</p>", "Sobremesa"),
    ("<p>📻 Послушайте выпуск «Ночной полки», где мы спорим об этой книге.</p>", "Ночной полки"),
])
def test_a_bidding_to_listen_to_an_episode_goes(line, gone):
    text = _text(line)
    assert gone not in text and "three or four a night" in text


@pytest.mark.parametrize("line, kept", [
    # the writer's own listening, told in the past: a sentence of the review
    ("<p>🎧 I listened to the episode where the writer reads the street pieces aloud, and they are funnier spoken.</p>",
     "funnier spoken"),
    ("<p>🎧 Escuché el episodio en que el autor lee sus piezas, y suenan más tristes en voz alta.</p>",
     "más tristes"),
    # a bidding to listen, but to no episode: the audiobook
    ("<p>🎧 Listen to the audiobook if you can: the narrator gets the irony exactly right.</p>", "irony exactly"),
    # an episode named, but no pictograph and no bidding: the review's own sentence
    ("<p>Listen to the episode in the seventh piece, where a neighbour's radio plays all night.</p>",
     "radio plays all night"),
])
def test_near_misses_stay(line, kept):
    assert kept in _text(line)
