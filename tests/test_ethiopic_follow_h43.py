"""A news site's follow line in Amharic or Tigrinya (Ethiopic script, the verb last): a network named (glued to
"on") and the polite imperative of following or joining closing the clause. A story's "they follow him on Facebook"
is no bidding."""

from scraper.extract.followlines import opening_follow


def test_amharic_follow_on_telegram():
    assert opening_follow("የባህል ዴስካችንን በቴሌግራም ይከተሉ፤ አዳዲስ ዳሰሳዎችን ቀድመው ያግኙ።")


def test_amharic_follow_us_on_facebook():
    assert opening_follow("በፌስቡክ ገጻችን ተከተሉን።")


def test_amharic_join_on_youtube():
    assert opening_follow("የመጽሐፍ ውይይታችንን በዩቲዩብ ይቀላቀሉ")


def test_tigrinya_follow_us():
    assert opening_follow("ኣብ ቴሌግራም ስዓቡና።")


def test_near_miss_story_follows_him():
    # "the young men follow him on Facebook": third person, the story's
    assert not opening_follow("ወጣቶቹ በፌስቡክ ይከተሉታል፤ እሱ ግን አያውቃቸውም።")


def test_near_miss_imperative_without_network():
    # "follow the story closely." names no network
    assert not opening_follow("ታሪኩን በጥንቃቄ ይከታተሉ።")


def test_near_miss_long_paragraph():
    text = " ".join(["ደራሲው ስለ ከተማዋ ሕይወት በሰፊው ይጽፋል፤"] * 6) + " በቴሌግራም ይከተሉ።"
    assert not opening_follow(text)
