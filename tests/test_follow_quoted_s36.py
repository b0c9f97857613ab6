"""Follow pleas set as a blockquote (``quotedplea``), and a bidding to follow the site's own channel named by the
site's kind ("the blog's channel": ``followpleas.interjected_plea``), bpfollow36."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A retired ferryman spends one summer teaching his granddaughter to read the river, and the novel lets every "
    "lesson carry a memory he would rather not tell her, so the book is half manual and half confession.",
    "The writer is patient with silence and with weather, and the dialogue is so sparing that each line lands; the "
    "middle drags a little when the family quarrel takes over, but the last chapter is superb.",
    "I would give it to anyone who grew up near water, and to anyone who never learned how to ask an old man a question.",
]
_URL = "https://riverpages.example.org/2026/12/the-ferrymans-summer/"


def _text(middle="", end=""):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = ("<html lang='en'><head><meta charset='utf-8'><title>Review: The Ferryman's Summer</title></head><body>"
            "<article class='post'><h1 class='entry-title'>Review: The Ferryman's Summer</h1><div class='entry-content'>"
            f"{ps[0]}{middle}{ps[1]}{ps[2]}{end}</div></article></body></html>")
    return extract_page(page, _URL).body_text


def test_a_closing_blockquote_sign_off_with_a_handle_goes():
    end = ("<blockquote class='wp-block-quote'><p>Warm regards from the harbour ✍️ Follow me on Instagram as @ferry.reads "
           "and tell me what you are reading.</p></blockquote>")
    text = _text(end=end)
    assert "@ferry.reads" not in text and "ask an old man a question" in text


def test_a_boxed_plug_for_my_channel_between_paragraphs_goes():
    middle = ("<blockquote class='plug'><p>Subscribe to my Telegram channel “River Notes”: short notes on every chapter "
              "and a vote on the next book.</p></blockquote>")
    text = _text(middle=middle)
    assert "River Notes" not in text and "last chapter is superb" in text


@pytest.mark.parametrize("middle", [
    "<p>📢 تابعوا قناة الموقع على تليغرام لقراءة المراجعات قبل غيركم.</p>",
    "<p>📌 Suivez la chaîne du blog sur Telegram pour lire les critiques en premier.</p>",
])
def test_a_bidding_to_follow_the_blogs_channel_goes(middle):
    text = _text(middle=middle)
    assert "Telegram" not in text and "تليغرام" not in text and "last chapter is superb" in text


def test_a_quoted_characters_post_between_paragraphs_stays():
    # a character's own post quoted mid-review, the review going on after it
    middle = ("<blockquote><p>Follow me on Instagram @river.girl for more sunsets from the ferry deck.</p></blockquote>")
    text = _text(middle=middle)
    assert "@river.girl" in text


def test_a_closing_quotation_from_the_book_stays():
    end = "<blockquote><p>“Follow the current, not the map,” the old man says on the last page.</p></blockquote>"
    text = _text(end=end)
    assert "Follow the current" in text


def test_a_character_following_a_sites_channel_in_arabic_stays():
    # the past tense opening the line: the heroine followed the site's channel (a sentence of the story)
    middle = "<p>تابعت البطلة قناة الموقع على تليغرام كل ليلة، تنتظر أخبار الفيضان في أعلى النهر.</p>"
    text = _text(middle=middle)
    assert "أخبار الفيضان" in text


def test_a_character_following_a_sites_channel_stays():
    middle = ("<p>The granddaughter follows the site's channel on Telegram every night, waiting for news of the "
              "flood upstream.</p>")
    text = _text(middle=middle)
    assert "flood upstream" in text


def test_a_closing_cited_quotation_with_a_network_stays():
    end = ("<blockquote><p>Follow us on Instagram, the keeper's daughter wrote on the lighthouse door.</p>"
           "<cite>— from the last chapter</cite></blockquote>")
    assert "lighthouse door" in _text(end=end)
