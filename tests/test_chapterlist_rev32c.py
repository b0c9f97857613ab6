"""chapterlist.chapter_list (rev32c): an episode's chapter list goes only when its items are short (a chapter's name)
and it stands under a chapters' label or on a page that plays the recording; an audiobook review's part-by-part
comments from 00:00 and a readalong's programme from midnight stay. Our own words and markup."""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.chapterlist import chapter_list


def _list(*items: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring("<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>")


SHORT = ("00:00 Hello and news", "05:12 The novel", "33:40 Our verdicts")


def test_short_chapters_under_a_label_or_on_a_playing_page_go():
    for label in ("Chapters", "Kapitel", "Chapitres", "Capítulos", "Timestamps", "Hoofdstukken", "Rozdziały"):
        assert chapter_list(_list(*SHORT), [], lxml.html.fromstring(f"<h4>{label}</h4>")), label
    body = lxml.html.fromstring("<div><iframe src='https://player.example/1'></iframe><ol><li>x</li></ol></div>")
    assert chapter_list(_list(*SHORT), [], lxml.html.fromstring("<p>Listen below.</p>"), body)


def test_long_items_or_no_label_nor_player_stay():
    label = lxml.html.fromstring("<h4>Chapters</h4>")
    long = ("00:00 Part one: " + "the keeper loses his boat and " * 6, "01:40:00 Part two: " + "winter comes " * 8,
            "03:10:00 Part three: " + "the lake freezes and the town waits " * 3)
    assert not chapter_list(_list(*long), [], label)
    assert not chapter_list(_list(*SHORT), [], lxml.html.fromstring("<p>All times in UTC, bring tea.</p>"))
    assert not chapter_list(_list(*SHORT), [], None, lxml.html.fromstring("<div><p>no player</p></div>"))


def test_an_audiobook_reviewed_part_by_part_keeps_its_parts():
    parts = "".join(f"<li>{t} {p}</li>" for t, p in (
        ("00:00", "Part one: the narrator finds the right pace only after the first hour, and the keeper's voice, low "
                  "and dry, carries the long lake scenes better than I expected from the print edition."),
        ("01:52:30", "Part two: the sister arrives and the reading brightens; the narrator gives her a quick, amused "
                     "voice that makes the quarrels at the pier the best stretch of the whole recording."),
        ("04:05:00", "Part three: the ending, which felt rushed on the page and feels rushed aloud, though the last "
                     "crossing in the snow is lovely and I listened to it twice on the bus home."),
    ))
    html = ("<html lang='en'><head><title>Audiobook review: The Ferry Keeper by Oskar Lind</title></head><body>"
            "<article><h1>Audiobook review: The Ferry Keeper by Oskar Lind</h1><div class='entry-content'>"
            "<p>I listened to The Ferry Keeper on my commute over two weeks, and here is how it went, part by part, "
            "since the audiobook splits the novel into three long files.</p>"
            f"<ol>{parts}</ol><p>Rating: 4/5</p></div></article></body></html>")
    record = extract_page(html, "https://earshelf.example/2026/03/ferry-keeper-audio/")
    assert "the sister arrives" in record.body_text and "last crossing" in record.body_text, record.body_text[-300:]
    assert record.word_count > 120
