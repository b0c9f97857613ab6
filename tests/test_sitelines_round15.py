"""scraper.extract.sitelines, round 15: a follow plea closing the review that names no network: the site's own name as
its home link writes it ("Follow Saltmarsh Reads for more", hi "नमकघाट को फ़ॉलो करें"), or a verb of following and
the writer's own account ("follow my page", fr "abonnez-vous à ma chaîne", th "ติดตามเพจ…"). Near misses: the story
following a group, a home link that is only "Home", the site's name in the review without a bidding.
"""

from __future__ import annotations

import pytest

from scraper.extract.followpleas import follow_plea, follow_site
from tests.cleaning import cleaned, paras

HOST = "saltmarshreads.example"

REVIEW = [
    "Ilse Maren's third novel follows a ferry captain's widow who takes over the crossing for one hard winter.",
    "The chapters alternate between the harbour office and the open water, and the water chapters are the better ones.",
    "The ending rushes a reconciliation that the book had not earned, but the storm chapter is tremendous.",
    "My score: 4 out of 5, and I will read whatever she writes next.",
]


def post(home: str, *closing: str) -> str:
    return (f"<nav><a href='/'>{home}</a> <a href='/books'>Books</a></nav><div class='review'>{paras(*REVIEW)}"
            f"{''.join(closing)}</div><div class='actions'>Was this useful?</div>")


@pytest.mark.parametrize("home, plea", [
    ("Saltmarsh Reads", "<p>For more reviews like this one, follow Saltmarsh on every network.</p>"),  # en
    ("दी नमकघाट", "<p>किताबों की और बातें पढ़ने के लिए नमकघाट को फ़ॉलो करें.</p>"),  # hi
    ("Home", "<p>If you liked this, follow my page for a review every Sunday!</p>"),  # en, own account
    ("Accueil", "<p>Abonnez-vous à ma chaîne pour d'autres lectures.</p>"),  # fr, own account
    ("หน้าแรก", "<p>ฝากกดติดตามเพจบ้านหนังสือริมน้ำด้วยนะคะ</p>"),  # th, follow-page as one word
    ("Home", "<p>More of my reading on the blog “Lamplit Pages”, link in bio!</p>"),  # en, link in bio
    ("Start", "<p>Więcej recenzji na moim blogu „Lampka nocna” – link w profilu.</p>"),  # pl
])
def test_a_follow_plea_without_a_network_closing_the_review_goes(home, plea):
    text, rules = cleaned(post(home, plea), HOST)
    assert "follow-me line" in rules or "platform ask" in rules  # (an English bidding is read before: chrome)
    assert not any(word in text for word in ("follow Saltmarsh", "फ़ॉलो", "my page", "chaîne", "ติดตาม", "bio", "profilu"))
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("home, line_", [
    ("Saltmarsh Reads", "<p>I found this one on the Saltmarsh shelf at my library, and I am glad I did.</p>"),  # name, no bidding
    ("Home", "<p>The widow follows the harbour home at last, and the book closes there.</p>"),  # "Home" is no name
    ("Accueil", "<p>La historia sigue al grupo de pilotos hasta el último capítulo.</p>"),  # es: the story follows a group
    ("Saltmarsh Reads", "<p>The novel follows my favourite group of misfits to the end.</p>"),  # en: the story
    ("Home", "<p>Her bio of the porter on the back cover gives away the ending, so skip it.</p>"),  # a bio, no link
])
def test_a_closing_line_of_the_review_stays(home, line_):
    text, rules = cleaned(post(home, line_), HOST)
    assert "follow-me line" not in rules


def test_the_site_name_needs_the_bidding_and_the_line_its_name():
    assert follow_site("Follow Saltmarsh for more", ("Saltmarsh",))
    assert not follow_site("Saltmarsh has a new look this month", ("Saltmarsh",))
    assert not follow_site("Follow us for more", ("Saltmarsh",))
    assert follow_plea("Подпишитесь на мой канал, там я пишу о книгах.")
    assert not follow_plea("Она подписала мой экземпляр на встрече.")
