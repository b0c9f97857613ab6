"""The reviewer's own reading note after the review (readinglog, the s36 round; own words and markup): a line after
the review's last paragraph saying which challenge the book was read for, in the reader's voice (read for it, or the
task ticked off; no link, not the post naming itself), is the review's and stays; edges' membership rule still takes
the event's lines.

Near misses that still go: the same note above the review; a line naming only the challenge and its task; a badge
line linking to the challenge's page; a tail line where the post names itself as the entry (en, ko); a counter's sum
at the tail."""

from scraper.extract import extract_page

_PARAS = [
    "Ines keeps the accounts of a small ferry company on a lake in the south, and the novel follows one summer in which "
    "the ledgers stop adding up and the oldest boat keeps coming back to the pier half an hour late.",
    "The writing is dry and exact, full of timetables and fares, and it is funnier than it has any right to be; the "
    "ticket clerk who speaks only in proverbs is the best minor character I have met in a long while.",
    "The mystery resolves a little too tidily in the last chapter, but the lake and its weather stay with you, and I "
    "have already put the author's earlier book on my list for the new year.",
]


def _record(before="", after="", lang="en"):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Late Ferry</title></head><body>"
            f"<article><h1 class='entry-title'>The Late Ferry</h1><div class='entry-content'>{before}{ps}{after}"
            "</div></article></body></html>")
    return extract_page(html, "https://lakeledger.example.org/2026/12/the-late-ferry/")


def test_read_for_a_reading_challenge_after_the_review_stays():
    record = _record(after="<p><em>Read for the Lakeside Library Reading Challenge 2026, book 6 of 12.</em></p>")
    assert "Lakeside Library Reading Challenge" in record.body_text and "ledgers" in record.body_text


def test_spanish_challenge_ticked_off_after_the_review_stays():
    record = _record(after="<p><i>Reto de lectura 2026: «una novela con un barco» — cumplido.</i></p>", lang="es")
    assert "una novela con un barco" in record.body_text


def test_near_miss_the_same_note_above_the_review_goes():
    record = _record(before="<p><em>Reading challenge 2026, book 6: a novel with a boat in it.</em></p>")
    assert "a novel with a boat in it" not in record.body_text and "ledgers" in record.body_text


def test_near_miss_badge_linking_to_the_challenge_goes():
    record = _record(after="<p>Counts towards the reading challenge 2026. <a href='/challenge-2026/'>Sign up here</a></p>")
    assert "Counts towards" not in record.body_text


def test_near_miss_post_naming_itself_as_the_entry_goes():
    record = _record(after="<p>This post is book 6 of my reading challenge for the winter.</p>")
    assert "This post is book 6" not in record.body_text
    record = _record(after="<p>이 글은 호수 독서 챌린지의 여섯 번째 책입니다.</p>", lang="ko")
    assert "챌린지" not in record.body_text


def test_near_miss_a_counter_at_the_tail_goes():
    record = _record(after="<p>812 - 1 = 811</p>")
    assert "812 - 1" not in record.body_text


def test_near_miss_a_challenge_and_its_task_alone_after_the_review_goes():
    record = _record(after="<p>Winter reading challenge 2026 – task 4: a novel set on the water.</p>")
    assert "task 4" not in record.body_text and "ledgers" in record.body_text
