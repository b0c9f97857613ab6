"""Drawn scores with no label (the s33 round; own words and markup).

``ratingemojirun.closing_run``: a row of one pictograph repeated, alone on its line, right after the review's prose and
with none after it, two to five of it, read out of five; kept in the body when it closes the post (postclean).
Near misses: a row inside a heading or a sign-off, a row between two paragraphs (a divider), a row of faces or of party
things closing a publisher's announcement, a row longer than five, a row in a reader's comment.

``rating._CLOSING_DOTS``: newspaper dots closing a record line after its stop ("A – T. Roman, 320 pp. ●●●○○").
Near misses: three dots after a stop, dots in the middle of a line, bullets between words."""

import pytest

from scraper.extract import extract_page
from scraper.extract.rating import find_rating

_PROSE = [
    "The novel follows a ferry pilot on a northern lake who keeps a ledger of every stranger she carries across.",
    "Its chapters are short and exact, and the winter crossings in the middle are the best writing I have read all year.",
    "The last part leans too hard on its symbols, but the final crossing at dawn made up for all of it.",
]


@pytest.mark.parametrize("row, value", [("🍵🍵🍵", 0.6), ("🧭🧭🧭🧭🧭", 1.0), ("🦉 🦉", 0.4)])
def test_row_closing_the_prose_is_the_score(row, value):
    rating = find_rating([*_PROSE, row])
    assert rating is not None and rating.raw == row and rating.value == value


def test_row_kept_and_read_on_the_page():
    html = ("<html lang='en'><head><title>The Ferry Ledger by Ines Harrow</title></head><body><main>"
            "<h1>The Ferry Ledger by Ines Harrow</h1><div class='post-body'>"
            + "".join(f"<p>{p}</p>" for p in _PROSE * 2) + "<p>⛵⛵⛵⛵</p></div>"
            "<p class='tags'><a>#lakes</a></p></main></body></html>")
    record = extract_page(html, "https://ledgerlake.example.org/the-ferry-ledger/")
    assert record.rating_raw == "⛵⛵⛵⛵" and record.rating == 0.8


@pytest.mark.parametrize("lines", [
    ["🌿🌿🌿 Autumn notes from the reading chair", *_PROSE],  # a heading's decoration
    [*_PROSE, "Happy reading, everyone! 📚📚📚"],  # a sign-off
    [_PROSE[0], "🌸🌸🌸", _PROSE[1], _PROSE[2]],  # a divider between paragraphs
    [*_PROSE, "😍😍😍"],  # a mood
    [*_PROSE, "🎉🎉🎉"],  # a cheer
    [*_PROSE, "🍵🍵🍵🍵🍵🍵🍵"],  # a row longer than five
    ["🍵🍵🍵", *_PROSE],  # before the prose
])
def test_rows_that_are_no_score(lines):
    assert find_rating(lines) is None


def test_row_in_a_comment_is_not_the_posts():
    html = ("<html lang='en'><head><title>The Ferry Ledger</title></head><body><article><h1>The Ferry Ledger</h1>"
            "<div class='entry-content'>" + "".join(f"<p>{p}</p>" for p in _PROSE) + "</div></article>"
            "<div id='comments' class='comments-area'><ol class='comment-list'><li class='comment'><b class='fn'>Mo</b>"
            "<div class='comment-content'><p>I read it on your word and loved every crossing of it.</p><p>⛵⛵⛵⛵⛵</p>"
            "</div></li></ol></div></body></html>")
    assert extract_page(html, "https://ledgerlake.example.org/the-ferry-ledger/").rating is None


def test_cheer_closing_an_announcement_is_no_review():
    html = ("<html lang='en'><head><title>Coming in May: The Salt Orchard</title></head><body><article>"
            "<h1>Coming in May: The Salt Orchard</h1><div class='entry-content'>"
            "<p>We are delighted to announce that The Salt Orchard by Nell Ardagh will be published by Tidemark Press on 4 May.</p>"
            "<p>Nell Ardagh's debut follows two sisters who inherit a flooded orchard and try to bring it back from the sea.</p>"
            "<p>Pre-orders open next week at all good bookshops, and signed copies will be sold on our own site.</p>"
            "<p>🎉🎉🎉</p></div></article></body></html>")
    record = extract_page(html, "https://tidemarkpress.example.com/news/salt-orchard/")
    assert record.rating is None and not record.is_review


def test_sparkles_closing_a_cover_reveal_are_no_score():
    lines = ["Here it is at last: the cover for the second book in the series, painted by our favourite artist.",
             "The book is out in the autumn and you can already put it on your list at your library.", "✨✨✨"]
    assert find_rating(lines) is None


@pytest.mark.parametrize("line, value", [
    ("Ada Quill – Het zoutboek. Roman, 320 blz. ●●●○○", 0.6),
    ("**Jonas Veld – De winterhaven.** Verhalen, 212 pp. ●●●●●", 1.0),
])
def test_dots_closing_a_record_line(line, value):
    rating = find_rating([*_PROSE, line])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("line", [
    "Ada Quill – Het zoutboek. Roman, 320 blz. ●●●",  # three dots: no scale
    "De winterhaven ●●●●○ en andere verhalen, 212 pp.",  # in the middle of the line
    "Soep ● brood ● kaas ● wijn ● koffie",  # bullets between words
])
def test_dots_that_are_no_score(line):
    assert find_rating([*_PROSE, line]) is None
