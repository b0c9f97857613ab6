"""A note that a copy came from the publisher, free, with no verb of receiving ("Our copy reached us from the
publisher, free of charge.") is a disclosure (notefreecopy, read by notes.disclosure_in). Near misses: a copy the
writer bought beside a free thing from the publisher, free copies from the publisher for others (no first person), and a copy from
the publisher that is not said to be free."""

from __future__ import annotations

from scraper.extract import extract_page

_PROSE = [
    "Tomás grows up in a fishing village where the boats go out before dawn and the women mend the nets on the sand.",
    "When the cannery closes, his family has to decide whether to stay or to follow the work inland to the orchards.",
    "The chapters are short and each ends on a small turn, which kept my reading group asking for one more.",
    "The last third drags a little, but the final scene on the pier was worth the wait.",
    "<strong>Group verdict:</strong> 4/5",
]


def _page(note: str):
    body = f"<p><em>{note}</em></p>" + "".join(f"<p>{p}</p>" for p in _PROSE)
    html = ('<html lang="en"><head><meta charset="utf-8"><title>The Cannery Summer by Ines Paredes | Harbour Shelf'
            '</title></head><body><article class="post hentry"><h1 class="entry-title">The Cannery Summer by Ines '
            f'Paredes</h1><div class="entry-content">{body}</div></article></body></html>')
    return extract_page(html, "https://harbourshelf.example.org/2026/11/the-cannery-summer/")


def test_copy_from_the_publisher_free():
    record = _page("Our copy reached us from the publisher, free of charge. The group did not mind either way.")
    assert record.disclosure is not None


def test_bought_copy_beside_a_free_thing_is_no_disclosure():
    record = _page("I bought my copy in town; the free tote bag came from the publisher's stall at the book fair.")
    assert record.disclosure is None


def test_free_copies_for_others_are_no_disclosure():
    record = _page("Copies from the publisher, free to any school that asks, are on their way to every library in the "
                   "district.")
    assert record.disclosure is None


def test_copy_from_the_publisher_not_free_is_no_disclosure():
    record = _page("A copy from the publisher's spring list sat on my shelf for months before the group chose it.")
    assert record.disclosure is None
