"""mediumpage.podcast_episode (rev32c): a podcast's sign only rescues an episode-numbered page whose notes review a
book; it never files a page as another medium's. A menu's link "Podcast" and a bare <audio> (an audiobook's sample)
are no sign; a podcast host's player or the masthead's own words naming the podcast are. Our own words and markup."""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.mediumpage import podcast_episode

NOTES = [
    "Lena and Bo spent the fortnight with Oskar Lind's The Ferry Keeper, a short novel about a man who runs the last "
    "ferry across a northern lake and the passengers who cross with him in its final winter.",
    "Lind keeps the sentences plain and the weather loud, and Lena thinks the chapter on the frozen harbour is the best "
    "thing she read all year; Bo wanted more of the keeper's sister and says so at length.",
    "We both agree that The Ferry Keeper is a patient, humane book and worth a slow evening or two.",
    "Our score: 8 out of 10",
]
REVIEW = [
    "The Ferry Keeper by Oskar Lind is a short novel about a man who runs the last ferry across a northern lake, and "
    "I read it over two grey afternoons with the radiator ticking.",
    "Lind keeps the sentences plain and the weather loud; the chapter on the frozen harbour is the best thing I read "
    "this winter, even if the keeper's sister deserved more pages than she gets.",
    "It is a patient, humane book, and I will be lending my copy to anyone who stands still long enough.",
]


def _page(title: str, paras: list[str], *, masthead: str = "", player: str = "", lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Lakeside Pages</title></head><body>"
            f"<header id='top'><a href='/'>Lakeside Pages</a>{masthead}</header>"
            f"<div id='main'><article><h2 class='post-title'>{title}</h2>{player}"
            f"<div class='post-body'>{body}</div></article></div><footer>Lakeside Pages</footer></body></html>")


URL = "https://lakeside.example/2026/02/ferry-keeper.html"
MENU = "<nav><a href='/reviews'>Reviews</a> <a href='/podcast'>Podcast</a> <a href='/about'>About</a></nav>"


def test_the_podcasts_sign_rescues_an_episode_reviewing_a_book():
    for title, kwargs in (
        ("Episode 12: Ice and rope", {"masthead": "<p>A podcast about quiet books.</p>"}),
        ("Épisode 12 : Glace et corde", {"masthead": "<p>Un podcast sur les livres lents.</p>", "lang": "fr"}),
        ("Aflevering 12: IJs en touw", {"masthead": "<p>Een podcast over boeken.</p>", "lang": "nl"}),
        ("Odcinek 12: Lód i lina", {"player": "<iframe src='https://www.buzzsprout.example/12'></iframe>",
                                    "lang": "pl"}),
    ):
        record = extract_page(_page(title, NOTES, **kwargs), URL)
        assert record.kind == "review", (title, record.reason)
        assert (record.book_title, record.book_author) == ("The Ferry Keeper", "Oskar Lind")


def test_a_menus_link_or_an_audiobook_sample_files_no_review_as_an_episode():
    sample = "<audio controls src='/media/ferry-keeper-sample.mp3'></audio>"
    for title, kwargs in (
        ("Winter Shelf, Episode 3: The Ferry Keeper by Oskar Lind", {"masthead": MENU}),
        ("Winter Shelf, Episode 3: The Ferry Keeper by Oskar Lind", {"player": sample}),
        ("Lesejahr Folge 3: The Ferry Keeper von Oskar Lind", {"player": sample, "masthead": MENU}),
    ):
        record = extract_page(_page(title, REVIEW, **kwargs), URL)
        assert record.kind == "review", (title, kwargs, record.reason)
        assert (record.book_title, record.book_author) == ("The Ferry Keeper", "Oskar Lind")


def test_what_counts_as_the_podcasts_sign():
    def page(masthead: str = "", player: str = "") -> lxml.html.HtmlElement:
        return lxml.html.fromstring(f"<html><body><header>{masthead}</header><main>{player}<p>x</p></main></body></html>")
    title = "Episode 9: Salt"
    assert podcast_episode(page("<p>Ein Podcast über Bücher</p>"), title)
    assert podcast_episode(page(player="<iframe src='https://play.libsyn.example/9'></iframe>"), title)
    assert podcast_episode(page(player="<audio><source src='https://anchor.fm/s/9.mp3'></audio>"), title)
    assert not podcast_episode(page(MENU), title)  # (a menu's link)
    assert not podcast_episode(page(player="<audio src='/sample.mp3'></audio>"), title)  # (a bare audio)
    assert not podcast_episode(page("<p>A podcast about books</p>"), "The Ferry Keeper")  # (no episode number)
