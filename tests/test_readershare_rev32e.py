"""readeractions' "share with" narrowed (review rev32e), in our own words.

The post passed on is bidden with someone turned to the reader ("Share it with a friend who …", "Compártelo con …",
"Comparte con tus amigos"); "Share with them your silence, the old woman says" and the Spanish third person
"Comparte con su hermana una casa …" are the story's.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.platforms import READER_ACTIONS

SHARE = READER_ACTIONS["share"]


@pytest.mark.parametrize("text", [
    "Loved it? Share it with a friend who needs a good cry.", "Share this with anyone who misses the sea.",
    "Compártelo con quien más quieras.", "Comparte con tus amigos lectores.", "Compartidlo con vuestros amigos.",
    "Compartilhe com quem também gosta de poesia.", "Condividilo con chi ama i gialli.",
])
def test_passing_the_post_on_is_bidden(text):
    assert SHARE.search(text)


@pytest.mark.parametrize("text", [
    "Share with them your silence, the old woman says.", "Comparte con su hermana una casa que se cae a pedazos.",
    "Comparte con Rulfo el gusto por los pueblos vacíos.", "Share with me, he begs, and she never does.",
])
def test_the_storys_sharing_is_no_ask(text):
    assert not SHARE.search(text)


def test_a_reviews_last_paragraph_that_tells_a_share_stays():
    last = ("The last chapter asks what we owe the people we mourn with. Share with them your bread, the priest "
            "says. What a finale!")
    body = ("<p>Hollis Crane's novel follows a village baker through a winter of funerals, and it is far warmer than "
            "that sounds, full of jokes and flour and arguments about the right way to knead.</p><p>Crane writes "
            "plainly and well, and the village's voices are distinct from the first page to the last.</p>"
            f"<p>{last}</p>")
    html = ("<html lang='en'><head><meta charset='utf-8'><title>Review: The Winter Baker</title></head><body><article>"
            f"<h1>Review: The Winter Baker</h1><div class='entry-content'>{body}</div></article></body></html>")
    text = extract_page(html, "https://crumbreads.example/2026/02/winter-baker/").body_text
    assert "Share with them your bread" in text
