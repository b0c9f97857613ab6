"""scraper.extract.announce.entry_steps: a giveaway's entry steps (a short list whose items ask the reader to follow,
share, comment, tag or subscribe) are one of a promotion's sections, so a post that holds them and gives no verdict is
an announcement, in any script (classify.body_signals counts them with the schedules)."""

import pytest

from scraper.extract.announce import entry_steps
from scraper.extract.classify import Evidence, body_signals, classify


@pytest.mark.parametrize("lines", [
    ["1. Follow @lanternshop on Instagram", "2. Comment with the book that made you cry", "3. Share this post"],
    ["- Sigue a la librería en sus redes", "- Comenta qué libro regalarías", "- Comparte la publicación"],
    ["1. フォローしてください", "2. この投稿をリポスト", "3. コメントで好きな本を教えてね"],
    ["1. กดติดตามร้านของเรา", "2. คอมเมนต์บอกเล่มที่อยากอ่าน", "3. แชร์โพสต์นี้"],
    ["1. تابع صفحة المكتبة", "2. شارك المنشور مع أصدقائك"],
])
def test_a_giveaways_entry_steps(lines):
    assert entry_steps(["Three copies to win this month!", *lines, "The draw is on Friday."])


@pytest.mark.parametrize("lines", [
    # a review's list of what worked: no step asks the reader for anything
    ["- The pacing of the middle part", "- The letters between the sisters", "- The ending"],
    # a review's likes and dislikes ("like" is no entry step: "I like the ending")
    ["- I like the ending", "- I like the letters", "- I did not like the middle"],
    # one item that asks ("share your thoughts") among a review's read-alikes
    ["1. The Glass Road by Ines Marlow", "2. Salt Houses by Mira Hale", "3. Share your own picks below"],
    # a long list item is prose, not a step
    ["- I like how the novel follows the sisters across three decades and shares their letters with us, one by one, "
     "until the reader knows them better than they know each other, and that is the book's quiet achievement here.",
     "- Comment on the ending I will not, for fear of spoiling it for anyone who has not reached the last chapter yet."],
])
def test_lists_that_are_no_entry_steps(lines):
    assert not entry_steps(lines)


def _evidence(markdown: str, **overrides) -> Evidence:
    lines = [line for line in markdown.splitlines() if line.strip()]
    values = dict(url="https://shop.example.com/blogs/journal/year-end", title="Year-end surprise for our readers", words=300,
                  post_bodies=1, articles=1, body_classes=[], og_type=None, categories=[], tags=[], book_source=None,
                  book_has_author=False, rating=False, jsonld_review=False, source_hint=False)
    values.update(body_signals(lines, markdown))
    values.update(overrides)
    return Evidence(**values)


_POST = ("This month we are sending five copies of a much-loved novel with a bookmark to five of you. " * 6 + "\n\n"
         "### How to enter\n\n1. Follow our page\n2. Comment with the book that reminds you of home\n3. Share the post\n\n"
         "Entries close on 20 December.")


def test_a_post_with_entry_steps_and_no_verdict_is_an_announcement():
    kind, reason = classify(_evidence(_POST))
    assert kind == "announcement"


def test_a_rated_review_with_the_same_steps_keeps_its_verdict():
    kind, _ = classify(_evidence(_POST, rating=True, book_source="title", book_has_author=True))
    assert kind == "review"
