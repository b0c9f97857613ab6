"""Closing asks in more languages and on more platforms (the s32 round; own words and markup).

- ``readeractions.READER_ACTIONS``: the Albanian bidding to follow ("na ndiq", "ndiqni"), the Georgian one to
  subscribe ("გამომიწერეთ", "გამოგვიწერეთ"), the Galician bidding to comment and to share ("déixame un comentario",
  "compártea cos teus"), Tumblr's ask box ("send me an ask"), the Hungarian definite imperative of reblogging
  ("reblogold", wherever it stands);
- ``closingask.ask_line``: after the review, a line opening on the platform's own button for passing the post on
  ("reblog if …", "restack if …"), one kind of ask, no exclamation needed;
- ``promo.SUPPORT_NAMES``: a Monobank jar linked under any domain is a tip jar.

Near misses: the indicative of following in a story, a character's plea inside the review, a line that shares the
book with the reader's children, a character who would reblog, a Monobank link in a long paragraph of the review."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "The novel follows a ferrywoman who crosses the same strait for thirty years and knows every passenger, until one "
    "morning a stranger boards and never gets off again.",
    "The prose is spare and exact, the chapters short, and there is more sea between the lines than you first think; "
    "the night crossings, with their fog horns and their sleeping lorry drivers, stayed with me for weeks after I had "
    "closed the book.",
    "The last third gets a little too symbolic, and one dream sequence could have gone, but the ending on the pier is so "
    "quiet and so right that I read it twice and then sat on my own stairs for a while.",
]


def _page(last: str = "", middle: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return ("<html><head><title>The Ferrywoman</title></head><body><article><h1>The Ferrywoman</h1>"
            f"<div class='entry-content'>{ps[0]}{middle}{ps[1]}{ps[2]}<p>My rating: 4/5</p>{last}</div></article></body></html>")


def _text(html: str) -> str:
    return extract_page(html, "https://ferryshelf.example.net/2026/12/the-ferrywoman/").body_text


@pytest.mark.parametrize("line", [
    "Më ndiqni në Instagram për libra të rinj çdo javë.",
    "ახალი ჩანაწერებისთვის გამოგვიწერეთ ფოსტით.",
    "Se che gustou, compártea cos amigos e déixame un comentario.",
    "send me an ask if you want the long version of this!",
    "Ha szereted az ilyet, reblogold nyugodtan! 🌊",
    "reblog if the last chapter wrecked you as well",
])
def test_closing_ask_goes(line):
    text = _text(_page(last=f"<p>{line}</p>"))
    assert line not in text and "ending on the pier" in text


def test_monobank_jar_link_goes():
    line = ("<p>Like these posts? You can <a href='https://send.monobank.example.ua/jar/ferryshelf'>put a coin in "
            "the Ferry Shelf jar</a>.</p>")
    text = _text(_page(last=line))
    assert "coin in the Ferry Shelf jar" not in text and "ending on the pier" in text


@pytest.mark.parametrize("line", [
    "Qeni na ndjek deri te skela çdo mbrëmje.",  # (the indicative: the dog follows us)
    "Share it with your kids if they like the sea.",
    "She would reblog it if she could, but her phone is at the bottom of the harbour.",
])
def test_review_lines_that_look_like_asks_stay(line):
    assert line in _text(_page(last=f"<p>{line}</p>"))


def test_characters_plea_inside_the_review_stays():
    line = "«Na ndiq!» shouts the stranger to the gulls, and for a page the whole ferry seems to listen to him."
    assert line in _text(_page(middle=f"<p>{line}</p>"))


def test_monobank_link_in_a_long_paragraph_stays():
    para = ("The stranger pays for his crossing through <a href='https://send.monobank.example.ua/jar/x'>a bank "
            "jar</a>, a modern touch that the ferrywoman distrusts, and the novel makes this small scene carry the whole "
            "conflict between her old harbour and the new town that grows above it on the cliffs.")
    assert "distrusts" in _text(_page(middle=f"<p>{para}</p>"))
