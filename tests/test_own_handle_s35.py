"""The site's own handle on a network, in a short line anywhere in the body (``ownhandle``, bprelated35)."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "The novel follows a ferry captain who keeps a ledger of every passenger she has carried across the strait, and "
    "the one winter when the names in it stop adding up.",
    "The writing is spare and exact, and the writer trusts the reader with long silences and the weather, which suits "
    "a book about a woman who talks mostly to her engine.",
    "I wanted a little more of the island's politics in the last third, but I read the final chapters in one sitting "
    "and I have been thinking about that ledger ever since.",
]
_URL = "https://tidewaterpages.example.net/2026/12/the-ferry-ledger.html"


def _page(line, where="tail"):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    middle, tail = (line, "") if where == "middle" else ("", line)
    return (f"<html lang='en'><head><meta charset='utf-8'><title>Review: The Ferry Ledger</title>"
            f"<link rel='canonical' href='{_URL}'></head><body><header><a href='/'>Tidewater Pages</a></header>"
            f"<article class='post'><h1 class='post-title'>Review: The Ferry Ledger</h1><div class='post-body'>"
            f"{ps[0]}{ps[1]}{middle}{ps[2]}{tail}</div></article></body></html>")


@pytest.mark.parametrize("line, where", [
    ("<p>Come and say hi on Instagram @tidewaterpages, where I post the audio versions.</p>", "middle"),
    ("<p>Bookshelf tours live on Instagram: @tidewater_pages — mostly cats, some books.</p>", "middle"),
])
def test_a_line_with_the_sites_own_handle_on_a_network_goes(line, where):
    text = extract_page(_page(line, where), _URL).body_text
    assert "@tidewater" not in text and "ever since" in text


@pytest.mark.parametrize("line, kept", [
    # (the author's account, not the site's)
    ("<p>The author posts photos of the real ferry on Instagram as @inesharrow, and they are lovely.</p>", "@inesharrow"),
    # (the site's handle inside a paragraph of the review, forty words and more)
    ("<p>When I posted a photo of the first chapter on Instagram as @tidewaterpages, half of my friends said they had "
     "already read it at school and had hated it, which made me more curious, not less, about what a grown reader "
     "would find in those long silences and the weather.</p>", "already read it"),
])
def test_other_handles_and_long_sentences_stay(line, kept):
    assert kept in extract_page(_page(line, "middle"), _URL).body_text
