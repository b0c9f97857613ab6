"""A microblog's post signs off with the services it is posted on too, the line nothing but "also on" and their names
("Also on Bluesky and Threads.", "Auch auf Mastodon.", "Aussi sur Instagram et Threads.", "También en Goodreads."):
``alsoposted._ALSO_ON``, taken by ``sitelines.mark`` as a short line closing the post. Near misses: "Also on the
shortlist: …", a sentence that goes on past the service, the same words inside a paragraph of the review.

Every line and page here is invented for these tests (invented blogs, books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.alsoposted import also_posted


def test_also_on_lines():
    for line in ("Also on Bluesky and Threads.", "Also on Mastodon", "Cross-posted to Substack and Medium.",
                 "Auch auf Mastodon und Bluesky.", "Aussi sur Instagram et Threads.", "También en Goodreads.",
                 "Anche su Substack.", "Ook op Mastodon.", "Även på Instagram.", "Również na Bluesky."):
        assert also_posted(line), line


def test_near_misses():
    for line in ("Also on the shortlist: The Salt Year.", "Also on Instagram, the author posts her drafts.",
                 "Also on my list for next month.", "Auch auf Seite 40 wird es spannend."):
        assert not also_posted(line), line


_PROSE = ("Finished it last night on the ferry home. A retired cartographer redraws the map of her island from memory "
          "after a storm takes the old survey office, and every chapter is one place she remembers wrongly. I loved "
          "how quietly it builds; the last map made me put the book down and look out at the water for a while. The "
          "middle chapters drag a little, but the ending is worth it. Ines Varga writes plainly and the translation "
          "keeps that plainness.")


def _page(tail: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Island Survey by Ines Varga</title>
</head><body><article class="post h-entry"><h1 class="p-name">The Island Survey by Ines Varga</h1>
<div class="e-content"><p>{_PROSE}</p><p>{tail}</p></div>
<div class="post-replies"><a href="https://social.example/@tidemark/1122">Reply on the fediverse</a></div>
</article></body></html>"""


def test_closing_line_goes_and_the_review_stays():
    record = extract_page(_page("Also on Bluesky and Threads."), "https://tidemark.example/2026/03/05/survey.html")
    assert record.kind == "review", record.reason
    assert "Bluesky" not in record.body_text and "cartographer" in record.body_text
    record = extract_page(_page("Also on the shortlist this year: The Salt Year, which I have not read."),
                          "https://tidemark.example/2026/03/05/survey.html")
    assert "shortlist" in record.body_text
