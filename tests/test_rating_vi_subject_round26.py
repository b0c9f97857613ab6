"""scraper.extract.ratingprose, round 26: Vietnamese "cho"/"chấm" (give, mark) is the reviewer's giving when its subject is
dropped ("nên cho 4 sao") or is "mình"/"tôi", not when someone else gives it: a person before the pronoun makes it a
possessive ("Chị tôi cho 5 sao", my sister gives), a person or people before the verb in its clause ("Nhiều độc giả cho
4,5 sao", "một bạn khác thì cho …"). Near misses (still the reviewer's): "Tóm lại, mình cho …", "… nên cho 4 sao", the
reader addressed in another clause ("Nếu bạn thích … thì mình cho 5 sao"), and the reviewer's score beside someone else's.
Other languages keep their cues (en/de checks below).
"""

from __future__ import annotations

import pytest

from tests.cleaning import line_rating as _rating



@pytest.mark.parametrize(
    "line",
    [
        "Chị tôi cho 5 sao, còn mình thấy phần giữa hơi lê thê.",
        "Nhiều độc giả cho 4,5 sao trên trang sách, nhưng mình thấy bình thường.",
        "Một người bạn khác thì cho 3 sao vì kết truyện buồn quá.",
        "Bố mình chấm 9/10 ngay sau khi đọc xong.",
    ],
)
def test_someone_elses_giving_is_no_rating(line):
    assert _rating(line) is None


@pytest.mark.parametrize(
    "line,value",
    [
        ("Tóm lại, mình cho cuốn này 4 sao.", 0.8),
        ("Phần kết hơi vội nên cho 4 sao.", 0.8),
        ("Tôi chấm 7/10.", 0.7),
        ("Nếu bạn thích truyện chậm thì mình cho 5 sao.", 1.0),
        ("Chị tôi cho 5 sao, còn mình cho 3 sao.", 0.6),
    ],
)
def test_near_miss_the_reviewers_own_giving(line, value):
    assert _rating(line) == value


def test_other_languages_keep_their_cues():
    assert _rating("All told, I'd give it four out of five stars.") == 0.8
    assert _rating("Von mir gibt es drei von fünf Sternen.") == 0.6
