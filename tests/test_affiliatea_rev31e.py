"""Code review rev31e, in our own words: adnotice.PROGRAMME, narrowed to the programme's own wording after rev31c,
missed "I'm a <a>shop</a> affiliate, so buying through my link pays the blog a little." Now the writer's own "I'm /
we're / as a(n) … affiliate" names the programme too, unless "of" or "marketing" follows ("an affiliate of the
centre", "an affiliate marketing agency" stay the review's).

Fires (a short line linking a shop at the post's end, or its start): "We're a … affiliate", "As an … affiliate, I
earn …", "I am a proud … affiliate", and at the post's start. Near misses: a third person's "was an … affiliate", "an
affiliate of", "an affiliate marketing" (and rev31c's own: tests/test_affiliatelink_rev31c.py).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.adnotice import PROGRAMME

PARAS = [
    "Odile Marchetti's second novel follows a night-shift radio host in a port town who starts receiving calls from "
    "a listener who seems to know what will happen the next morning.",
    "The studio, the static and the empty harbour are drawn beautifully, and the host's dry voice carries every "
    "chapter; the supporting cast of insomniacs is a joy.",
    "The explanation in the last part is weaker than the mystery, but the final broadcast is a wonderful scene.",
]
URL = "https://latestation.example/2026/05/night-radio/"


def _page(line: str, first: bool = False) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    body = f"<p>{line}</p>{body}" if first else f"{body}<p>{line}</p>"
    return ("<html lang='en'><head><meta charset='utf-8'><title>Night Radio – Late Station</title></head>"
            f"<body><article class='post'><h1>Night Radio</h1><div class='entry-content'>{body}</div></article>"
            "</body></html>").encode()


@pytest.mark.parametrize("line,first", [
    ("We're a <a href='https://bookshop.example/shop/latestation'>Bookshop</a> affiliate: buying through this link "
     "helps the blog.", False),
    ("As an <a href='https://shelves.example/s/88'>Open Shelves</a> affiliate, I earn a little from orders.", False),
    ("I am a proud <a href='https://corner.example/aff/3'>Corner Books</a> affiliate, so this link pays the blog "
     "a little.", False),
    ("I'm a <a href='https://corner.example/aff/3'>Corner Books</a> affiliate, and the link below pays a little.",
     True),
])
def test_the_writers_own_affiliation_goes(line, first):
    text = extract_page(_page(line, first), URL).body_text
    assert line.split("<a")[0].strip() not in text, text[:120] + " … " + text[-120:]
    assert all(p[:40] in text for p in PARAS)


@pytest.mark.parametrize("line", [
    "Marchetti was an <a href='https://radioarchive.example/'>Archive Radio</a> affiliate for years before writing.",
    "She was once an affiliate of <a href='https://harbourguild.example/'>the Harbour Guild</a>.",
    "The host's brother runs <a href='https://example.org/am'>an affiliate marketing</a> firm, the book's weak joke.",
])
def test_the_reviews_sentences_stay(line):
    text = extract_page(_page(line), URL).body_text
    assert line.split("<a")[0][:20] in text, text[-200:]


def test_the_words():
    assert PROGRAMME.search("I'm a Shelfside affiliate, so")
    assert PROGRAMME.search("As an Open Shelves affiliate, I earn")
    assert not PROGRAMME.search("She was an Oxford affiliate")
    assert not PROGRAMME.search("I'm an affiliate of the centre")
