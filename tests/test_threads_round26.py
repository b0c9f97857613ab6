"""threads.forum_topic, round 26 (det2): more forum engines' topic addresses, by platform knowledge: the topic's number
as the query's "t" (ForumFree and ForumCommunity "/?t=…", a board's "topicdetail.php?f=…&t=…"), FUDforum's
"index.php?t=msg&th=…", Forumotion's "/t123-slug" (and its later pages "/t123p15-slug"). Near misses: a blog's
"?p=", a slug that only starts with a "t", a one-digit "t" (a tab, a time).
"""

from __future__ import annotations

import pytest

from scraper.extract.threads import forum_topic, thread_of_voices


@pytest.mark.parametrize("url", [
    "https://leggere-insieme.example.forumfree.it/?t=61230987",
    "https://lettori.example.forumcommunity.net/?t=5522100&st=15",
    "https://www.board.example.com.tw/topicdetail.php?f=12&t=4410293",
    "https://forum.example.org/index.php?t=msg&th=882&start=0&",
    "https://shelf-talk.example.forumotion.com/t457-harbour-novels",
    "https://shelf-talk.example.forumotion.com/t457p30-harbour-novels",
])
def test_forum_topic_addresses(url):
    assert forum_topic(url)


@pytest.mark.parametrize("url", [
    "https://blog.example.com/?p=4410",
    "https://blog.example.com/2025/03/t2-the-sequel-review/",  # a slug under dated folders
    "https://blog.example.com/tea-and-novels-review/",
    "https://shop.example.com/item.php?id=55&t=3",  # a one-digit "t": a tab
    "https://blog.example.com/search?q=salt&t=week",
])
def test_no_forum_topic(url):
    assert not forum_topic(url)


def test_a_thread_whose_title_asks_is_a_discussion():
    assert thread_of_voices("https://leggere-insieme.example.forumfree.it/?t=61230987", "Finito «Il sale», cosa leggo dopo?", 1)
    assert thread_of_voices("https://shelf-talk.example.forumotion.com/t457-harbour-novels", "¿Qué leer después de «La sal»?", 0)


def test_a_members_review_titled_as_one_is_no_discussion():
    # a member's review in a topic of its own, named a review, one score: one review
    assert thread_of_voices("https://leggere-insieme.example.forumfree.it/?t=61230987", "Recensione: «Il sale» di Marta Neri", 1) is None
