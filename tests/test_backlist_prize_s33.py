"""A short post that heads or signs an old book's record and opens on a prize's news about it (shortlisted, nominated,
a finalist) is that news, not a capsule review (backlistnews, detshort s33), as an obituary opening on the author's
death is. A capsule that calls the book prize-winning in a later sentence, or whose opening sentence names no prize,
is still one. Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.backlistnews import tells_a_death


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+00:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_RECORD = "Tamsin Avery, The Glass Orchard, Harbour Classics, 1962"


def test_a_shortlist_notice_under_an_old_record_is_no_review():
    paragraphs = [
        "Tamsin Avery's The Glass Orchard has been shortlisted for the Lantern Prize for rediscovered classics, the "
        "judges announced on Monday.",
        "The reissue by Harbour Classics brought the novel back into print after forty years. The winner will be named "
        "at a ceremony in the old customs house in January, and the shortlisted books are on display in the library "
        "foyer until then.",
        _RECORD,
    ]
    record = extract_page(_page("Lantern Prize shortlist", paragraphs), "https://smalllib.example.org/2026/11/lantern/")
    assert not record.is_review, (record.kind, record.reason)


def test_a_capsule_calling_its_old_book_prize_winning_later_is_still_a_review():
    paragraphs = [
        "A widower keeps an orchard of glass trees on a cliff above a fishing town and lets nobody inside the gate, "
        "until a girl from the cannery climbs the wall one night to steal a pear.",
        "Avery tells it in short chapters, each one a season, and the glass catches every light the town throws at "
        "it. The prize-winning ending comes quickly, almost too quickly, and it has stayed with me all week.",
        _RECORD,
    ]
    record = extract_page(_page("Pears and glass", paragraphs), "https://smallreads.example.org/2026/11/pears-again/")
    assert record.is_review, (record.kind, record.reason)


def test_the_prize_must_be_in_the_opening_sentence_that_names_the_book():
    named = lambda sentence: "Avery" in sentence  # noqa: E731
    assert tells_a_death("Avery's novel was shortlisted for the Lantern Prize. More soon.", named)
    assert not tells_a_death("A quiet novel of glass trees. Avery was shortlisted for a prize once.", named)
    assert not tells_a_death("The Lantern Prize shortlist is out today. Six books made it.", named)
