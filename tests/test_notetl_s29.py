"""A Tagalog free-copy note at the review's edge (round s29), in our own words: the actor-focus "nakatanggap"
(received) and "para sa tapat na pagsusuri" (for an honest review) read as the giving and the trade
(notewords.PROVIDED, notegift._FOR_REVIEW). Near misses: a character who receives a letter from a publisher, a
reviewer's "for an honest review" with no copy received.
"""

from __future__ import annotations

from scraper.extract.notegift import edge_gift


def test_the_copy_received_for_an_honest_review():
    for note in ("Nakatanggap ako ng kopya mula sa publisher para sa tapat na pagsusuri.",
                 "Nakatanggap ang sumulat ng rebyung ito ng libreng kopya mula sa publisher para sa tapat na rebyu.",
                 "Nakatanggap kami ng kopya mula sa publisher para sa isang tapat na pagsusuri."):
        assert edge_gift(note, 4, 5) == note, note


def test_a_story_or_a_plain_honest_review_is_no_note():
    for line in ("Nakatanggap si Lara ng liham mula sa publisher at umiyak siya buong gabi.",
                 "Para sa tapat na pagsusuri, aaminin kong nabagot ako sa gitna ng nobela."):
        assert edge_gift(line, 4, 5) is None, line
