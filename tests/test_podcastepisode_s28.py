"""A podcast's episode page whose written notes review one book (round s28), in our own words and markup.

mediumpage.podcast_episode: a title that numbers an episode ("Episode 31: …", "Folge 12 – …", "Episodio 7: …") is a
screen series' or a podcast's; the page is a podcast's when it plays the episode (an <audio> element, a podcast host's
player) or its masthead names the podcast. Then medium.written_review_of_an_episode decides as it does for a page whose
JSON-LD declares a PodcastEpisode: the notes that review one book, named with its author, rated, are a review; the
title's episode number no longer makes it a series' page.

Near misses: a screen series' recap titled "Episode 5" (no player, no podcast in its masthead) stays another medium's;
a podcast's episode about a film, or one that names a book once in its chapter list and rates nothing, is no review.
"""

from __future__ import annotations

from scraper.extract import extract_page

BOOK_NOTES = [
    "This week Ada and Rafe read Helen Marsh's The Glass Orchard, a slim novel about a glassblower's daughter who "
    "inherits her father's failing workshop on the coast and the debts that come with it.",
    "Marsh writes the furnace and the sea with the same patience, and Ada thinks the middle chapters, where the "
    "daughter teaches herself the trade from her father's notebooks, are the best thing either of us read this year.",
    "Rafe found the ending rushed, and we argue about the brother for a good ten minutes, but we both agree that "
    "The Glass Orchard is a quiet, generous book that rewards a slow reading.",
    "Our score: 8 out of 10",
]


def _page(title: str, notes: list[str], *, player: str = "", masthead: str = "A podcast about books.",
          lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in notes)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Two Chairs</title></head><body>"
            f"<header class='top'><a href='/'>Two Chairs</a><p>{masthead}</p>"
            "<nav><a href='/episodes'>All</a></nav></header>"
            f"<main><div class='ep'><h1>{title}</h1>{player}<div class='notes'>{body}</div></div></main>"
            "<footer>© Two Chairs</footer></body></html>")


URL = "https://twochairs.example/episodes/31-glass-orchard"


def test_a_podcast_episode_reviewing_a_book_is_a_review_whatever_tells_it_a_podcast():
    for title, kwargs in (
        ("Episode 31: Heat and salt", {}),  # the masthead names the podcast
        ("Episode 31: Heat and salt", {  # (rev32c: a podcast host's audio; a bare <audio> is no sign)
            "masthead": "Two friends, one book a fortnight.",
            "player": "<audio controls src='https://traffic.libsyn.example.com/twochairs/31.mp3'></audio>"}),
        ("Episode 31: Heat and salt", {"masthead": "Two friends, one book a fortnight.",
                                       "player": "<iframe src='https://player.buzzsprout.example.com/31'></iframe>"}),
        ("Folge 31: Hitze und Salz", {"masthead": "Ein Podcast über Bücher.", "lang": "de"}),
        ("Episodio 31: Calor y sal", {"masthead": "Un pódcast… o mejor, un podcast de libros.", "lang": "es"}),
    ):
        record = extract_page(_page(title, BOOK_NOTES, **kwargs), URL)
        assert record.kind == "review", (title, kwargs, record.reason)
        assert (record.book_title, record.book_author) == ("The Glass Orchard", "Helen Marsh")
        assert record.rating == 0.8


def test_a_series_recap_titled_by_its_episode_stays_another_mediums():
    record = extract_page(_page("Episode 31: Heat and salt", BOOK_NOTES, masthead="Recaps of the shows we watch."), URL)
    assert record.kind != "review", record.reason


def test_a_podcast_episode_about_a_film_or_naming_a_book_once_is_no_review():
    film = [
        "This week Ada and Rafe watch the new film of the season, two hours of storms and shipwrecks shot on a real "
        "island off the coast, with a score that never lets up for a minute.",
        "Ada loved the camera work in the storm scenes; Rafe thought the lead was miscast and the second hour dragged "
        "badly, and we argue about the ending for a good ten minutes.",
        "We both agree that the cinema is the place to see it, on the biggest screen you can find.",
        "Our score: 7 out of 10",
    ]
    chapters = [
        "This week we answer listener mail, talk about the book fair, and Rafe explains why he gave up on audiobooks "
        "for a month and what he listened to instead while walking the dog along the river.",
        "Chapters: 00:00 Intro · 04:10 Listener mail · 19:30 The fair · 31:00 Rafe mentions Helen Marsh's The Glass "
        "Orchard · 40:15 What's next",
    ]
    for notes in (film, chapters):
        record = extract_page(_page("Episode 32: Storm season", notes), URL)
        assert record.kind != "review", (notes[0][:40], record.reason)


# --- the episode's chapter list under its notes (chapterlist) ------------------------------------------------------
def _chapters(label: str, times: tuple[str, ...]) -> str:
    names = ("Welcome and news", "The book", "What we thought", "Next time")
    return f"<h3>{label}</h3><ul>" + "".join(f"<li>{t} {n}</li>" for t, n in zip(times, names)) + "</ul>"


def test_an_episodes_chapter_list_goes_with_its_label():
    for label, times, lang in (("Chapters", ("00:00", "04:10", "21:45", "50:02"), "en"),
                               ("Kapitel", ("0:00", "3:15", "28:40", "1:02:10"), "de"),
                               ("Capítulos", ("00:00:00", "00:06:40", "00:31:15", "00:48:00"), "es")):
        notes = BOOK_NOTES[:-1] + [BOOK_NOTES[-1] + "</p>" + _chapters(label, times) + "<p>"]
        record = extract_page(_page("Episode 31: Heat and salt", notes, lang=lang), URL)
        assert record.kind == "review", record.reason
        assert "Welcome and news" not in record.body_text and label not in record.body_text, record.body_text[-200:]
        assert "Our score: 8 out of 10" in record.body_text


def test_a_clock_programme_or_a_chapter_list_inside_the_review_is_not_an_episodes():
    import lxml.html
    from scraper.extract.chapterlist import chapter_list

    def ul(*times: str):
        return lxml.html.fromstring("<ul>" + "".join(f"<li>{t} part</li>" for t in times) + "</ul>")
    prose = lxml.html.fromstring("<p>" + " ".join(["word"] * 45) + "</p>")
    label = lxml.html.fromstring("<h3>Chapters</h3>")  # (rev32c: a chapters' label or a player is asked for)
    assert chapter_list(ul("00:00", "04:10", "21:45"), [], label)
    assert not chapter_list(ul("09:30", "10:00", "11:15"), [], label)  # a day's programme by the clock
    assert not chapter_list(ul("00:00", "21:45", "04:10"), [], label)  # not in order
    assert not chapter_list(ul("00:00", "04:10"), [], label)  # two
    assert not chapter_list(ul("00:00", "04:10", "21:45"), [prose], label)  # the review goes on after it
