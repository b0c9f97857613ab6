"""readeractions' tl and sw follow narrowed (review rev32e), in our own words.

Following is bidden with the blog or a network as its object: tl "sundan kami", "sundan ang aming page", "sundan ang
… sa Facebook", sw "tufuate kwenye Instagram", "nifuate pia kwenye …"; "sundan ang yapak ng kanyang ina" (to follow
her mother's steps) and "tufuate njia ya mto" (let us follow the river path) are the story's.
"""

from __future__ import annotations

import pytest

from scraper.extract.platforms import READER_ACTIONS

FOLLOW = READER_ACTIONS["follow"]


@pytest.mark.parametrize("text", [
    "Sundan kami para sa iba pang rebyu.", "Sundan mo kami sa Instagram.", "Sundan ang aming page para sa balita.",
    "Sundan ang Pahinang Aklat sa Facebook.", "Tufuate kwenye Instagram kwa habari zaidi.",
    "Nifuate pia kwenye TikTok.", "Follow us for more reviews.",
])
def test_following_the_blog_is_bidden(text):
    assert FOLLOW.search(text)


@pytest.mark.parametrize("text", [
    "Sa huli, pinili ni Mila na sundan ang yapak ng kanyang ama.", "Gusto niyang sundan ang ilog pauwi.",
    "Mzee anawaambia vijana: tufuate njia ya mto hadi kijijini.", "Mama anasema: nifuate sokoni kesho.",
])
def test_the_storys_following_is_no_ask(text):
    assert not FOLLOW.search(text)
