"""followpleas.follow_plea (round 33): the writer's account named by its book community ("my bookstagram", "mon
booktok") is an account one follows, and "link on my profile" points to the writer's own page, so a closing line
bidding the reader to follow it goes. In our own words and markup (en, fr). Near misses that stay: a review that
found the book on bookstagram, a profile link in the story, someone else's booktok.
"""

from __future__ import annotations

from scraper.extract.followpleas import follow_plea
from tests.cleaning import cleaned, paras

EN = [
    "The novel follows a ferry pilot on a northern lake who notices that a stranger crosses with her every morning and "
    "never comes back in the evening, and who starts, against her better judgement, to keep a notebook about him.",
    "What carries it is patience: the author lets a suspicion harden over two hundred pages without a single raised "
    "voice, and the lake weather does half of the storytelling, fog and sleet and one hard frost.",
    "The last chapter moves to the city and loses the water, which I minded, but it is still a quiet, clever book that "
    "I have already pressed on three friends.",
]


def test_a_closing_line_bidding_to_follow_my_bookstagram_goes():
    line = "<p>byeee ~ go follow my bookstagram @lake.pages and peek at my sticker shop (link on my profile!) 🌙</p>"
    text, rules = cleaned(paras(*EN) + line, "space.example")
    assert "sticker shop" not in text and "follow-me line" in rules and all(p in text for p in EN)


def test_follow_plea_shapes_and_near_misses():
    assert follow_plea("Suivez mon booktok pour d'autres lectures d'hiver !")
    assert follow_plea("the shop link on my profile, as always")
    assert follow_plea("go follow my booktube for the unboxing")
    assert not follow_plea("I only found this book because half of bookstagram was reading it in October.")
    assert not follow_plea("Her booktok made her famous overnight, and the novel is about what that costs her.")
    assert not follow_plea("In the story the link on his profile leads the detective to the ferry company.")
