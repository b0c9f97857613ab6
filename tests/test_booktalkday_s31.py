"""A book talk's report whose first line opens on the session's weekday ("Last Saturday afternoon, forty neighbours
…": readingevent.book_talk) under a headline naming the talk is an event, not a review; and copies a publisher donated
to a library or a reading room are no disclosure (notedonated.py). Near misses: a review under such a headline whose
opening is the writer's own reading day, a review that opens on the author's launch, a reviewer's copy received and
donated afterwards, and a plain thanks for a review copy. Pages of our own invention."""

from __future__ import annotations

from scraper.extract import extract_page

BODY = [
    "Some forty neighbours, two teachers from the secondary school and a handful of students came, and we sat in a "
    "circle under the old map of the valley while the rain drummed on the roof.",
    "Mrs Okafor, a retired history teacher, led the talk. She opened with the river that floods the village every "
    "spring, the same river that runs through the novel, and asked who among us remembered the great flood.",
    "The liveliest part came from the fishermen's wives, who said the lock-keeper's choices were their mothers' "
    "choices. The students asked about the drained marshes and why the ending leaves the dyke unbroken.",
]


def _post(title: str, first: str, last: str, body: list[str] = BODY) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in [first, *body, last])
    return f"""<html lang="en"><head><title>{title} – Valley Reading Room</title></head><body class="single single-post">
<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{paragraphs}</div></article>
</body></html>"""


URL = "https://valleyreadingroom.example.org/2026/11/book-discussion-the-salt-orchard/"
CLOSE = "We closed by reading the first chapter aloud over ginger tea. Thank you to everyone who came."


def test_book_talk_report_opening_on_its_weekday_is_an_event():
    page = extract_page(_post("Book discussion: The Salt Orchard at the reading room",
                              "Last Saturday afternoon the reading room was full for The Salt Orchard by Mirela Dunca.",
                              CLOSE), URL)
    assert not page.is_review and page.kind == "event", page.reason


def test_copies_donated_to_the_reading_room_are_no_disclosure():
    page = extract_page(_post("Book discussion: The Salt Orchard at the reading room",
                              "Last Saturday afternoon the reading room was full for The Salt Orchard by Mirela Dunca.",
                              "Thank you to everyone who came, and to the publisher who donated twelve copies to "
                              "our reading room.", BODY + [CLOSE]), URL)
    assert page.disclosure is None, page.disclosure


REVIEW = [
    "The lock-keeper Ilinca is one of the most stubborn narrators I have met in years, and the river is drawn so "
    "closely that I could smell the mud on every page of the first half.",
    "The middle drags a little when the surveyor's maps take over, but the last fifty pages are superb: the breach "
    "of the dyke is told in short, breathless chapters that I could not put down until the end.",
    "I wish the ending had given the surveyor more room, yet I will read the next book of the cycle the week it "
    "comes out, and I have pressed this one on everyone in my family already.",
]


def test_near_miss_review_under_a_talk_headline_opening_on_the_writers_own_day():
    page = extract_page(_post("Book discussion: The Salt Orchard by Mirela Dunca",
                              "On Sunday I finally finished The Salt Orchard by Mirela Dunca, and I loved it.",
                              "Highly recommended for anyone who likes slow novels about work and weather.", REVIEW), URL)
    assert page.is_review, page.reason


def test_near_miss_reviewer_received_a_copy_and_donated_it():
    page = extract_page(_post("The Salt Orchard by Mirela Dunca",
                              "The Salt Orchard by Mirela Dunca is the quietest novel I have read this year.",
                              "I received a free copy from the publisher and have since donated it to the village "
                              "library.", REVIEW),
                        "https://valleyreadingroom.example.org/2026/11/the-salt-orchard/")
    assert page.is_review and page.disclosure, (page.reason, page.disclosure)


def test_near_miss_plain_thanks_for_a_review_copy():
    page = extract_page(_post("The Salt Orchard by Mirela Dunca",
                              "The Salt Orchard by Mirela Dunca is the quietest novel I have read this year.",
                              "Thanks to the publisher for sending me a review copy.", REVIEW),
                        "https://valleyreadingroom.example.org/2026/11/the-salt-orchard/")
    assert page.disclosure, page.disclosure
