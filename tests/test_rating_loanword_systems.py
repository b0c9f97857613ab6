"""More ways of scoring: "my"/"personal" written on to a CJK label ("個人評分", "我的评分"), the English word "rating"
borrowed into the Indic scripts (bn "রেটিং", gu "રેટિંગ", pa "ਰੇਟਿੰਗ", ta, te), mr "गुण" (marks), the scale first with
mr "पैकी", gu "માંથી", pa "ਵਿੱਚੋਂ" (out of), mr and af number words ("पाच पैकी चार", "sewe uit tien") and the af
"I give it" ("Ek gee dit …"). Each with near misses that are no score of the book."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating, parse_rating

OPENING = "The book kept me company for a week."


@pytest.mark.parametrize(
    "line, raw, value",
    [
        # zh, ja: "personal", "my" with no space before the label
        ("个人评分：7/10，扣分是因为结尾太仓促。", "7/10", 0.7),
        ("我的評分：★★★★", "★★★★", 0.8),
        ("私の評価：5点満点中3点", "5点満点中3点", 0.6),
        # "rating" in Indic scripts, with the score after it
        ("আমার রেটিং: ১০-এ ৭।", "১০-এ ৭", 0.7),
        ("મારું રેટિંગ: 5 માંથી 3", "5 માંથી 3", 0.6),
        ("ਰੇਟਿੰਗ: 4/5", "4/5", 0.8),
        ("ரேட்டிங்: 3/5", "3/5", 0.6),
        # mr: marks, the scale first, in digits or in words
        ("माझे गुण: १० पैकी ८. पुन्हा वाचेन.", "१० पैकी ८", 0.8),
        ("गुण: पाच पैकी तीन", "पाच पैकी तीन", 0.6),
        # pa: the scale first, opening the line
        ("5 ਵਿੱਚੋਂ 4. ਜ਼ਰੂਰ ਪੜ੍ਹੋ।", "5 ਵਿੱਚੋਂ 4", 0.8),
        # af: number words, "uit" (out of), "I give it"
        ("Ek gee dit sewe uit tien, en ek lees dit weer.", "sewe uit tien", 0.7),
        ("Vir hierdie een gee ek vier uit vyf sterre.", "vier uit vyf sterre", 0.8),
    ],
)
def test_the_score_is_read(line, raw, value):
    found = find_rating([OPENING, line])
    assert found is not None and found.raw == raw and found.value == value


@pytest.mark.parametrize(
    "line",
    [
        # a count out of a group, not a score: mr "7 of 10 people came", af "read eight of ten chapters"
        "१० पैकी ७ जण कार्यक्रमाला आले होते.",
        "Sy het agt uit tien hoofstukke in een nag gelees.",
        # zh: another person's score, the label not the writer's
        "朋友给的评分是三星，我不同意。",
        # gu: "5 of the stories" with no score after the scale
        "5 માંથી વાર્તાઓ ગમી.",
        # af "ses" is French "his": no number in "ses étoiles"
        "Il a perdu ses étoiles une à une.",
    ],
)
def test_near_misses_give_no_score(line):
    assert find_rating([OPENING, line]) is None


def test_the_scale_first_needs_its_out_of_word():
    assert parse_rating("५ पैकी ४") == parse_rating("५ पैकी ४")
    assert parse_rating("५ पैकी ४").value == 0.8
    assert parse_rating("५ ४") is None
