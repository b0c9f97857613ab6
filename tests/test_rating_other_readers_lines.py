"""Round s12: whose is the score? On a page of readers' review boxes whose lines the body kept together, the
review is the box of the longest line; a score in another reader's box is theirs (reviewbox.own_lines). And in
languages that drop the subject, the verb "give" framing the score is a first-person rating sentence: zh "給四顆半星。"
(the verb before), ja "星4つをつけます。", ko "별 네 개 줍니다." (after). Near misses: a post outside any box, the same
verb giving something else, a star hotel.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.rating import find_rating
from scraper.extract.ratingprose import prose_rating
from scraper.extract.reviewbox import listed_boxes, own_lines

ZH_OWN = "這本散文集我在通勤的地鐵上讀完，每篇都很短，寫母親老去的幾篇最動人，後面寫旅行的比較鬆散。給四顆星。"
ZH_OTHER = "送給媽媽的生日禮物，她很喜歡。五顆星！"
EN_OWN = "I read it over two evenings. The letters between the sisters carry the book; the frame story around them is thin."
EN_OTHER = "Great gift, arrived on time. 5/5"


def _boxes(*texts: str, cls: str = "review-item") -> list[tuple[str, bool]]:
    items = "".join(f"<div class='{cls}'><div class='user'>reader{n} 2026/11/0{n}</div><div class='text'><p>{t}</p></div></div>" for n, t in enumerate(texts, 1))
    return listed_boxes(lxml_html.fromstring(f"<main><div class='review-list'>{items}</div></main>"))


def test_another_readers_score_is_not_this_reviews():
    boxes = _boxes(ZH_OWN, ZH_OTHER)
    assert own_lines([ZH_OWN, ZH_OTHER], boxes) == [ZH_OWN]
    assert find_rating(own_lines([ZH_OWN, ZH_OTHER], boxes)).value == 0.8
    boxes = _boxes(EN_OWN, EN_OTHER, cls="comment-card")
    assert find_rating(own_lines([EN_OWN, EN_OTHER], boxes)) is None  # (the own review gives none: none, not the other's)
    assert find_rating([EN_OWN, EN_OTHER]).value == 1.0  # (without the boxes: the other's, the wrong score)


def test_near_misses_lines_outside_a_list_of_boxes_stay():
    # the longest line is the post's, outside the boxes: the readers' comments are not told apart here
    post = "A long post of the blogger's own, longer than any comment under it, about the letters between the sisters."
    assert own_lines([post, EN_OTHER], _boxes(EN_OWN, EN_OTHER)) == [post, EN_OTHER]
    # one box alone is no list
    one = listed_boxes(lxml_html.fromstring(f"<main><div class='review-item'><p>{EN_OWN}</p></div><div class='footer'><p>{EN_OTHER}</p></div></main>"))
    assert own_lines([EN_OWN, EN_OTHER], one) == [EN_OWN, EN_OTHER]
    # the reviewer's own head line inside their box stays
    boxes = _boxes(ZH_OWN, ZH_OTHER)
    assert own_lines(["reader1 2026/11/01", ZH_OWN, ZH_OTHER], boxes) == ["reader1 2026/11/01", ZH_OWN]


def test_the_verb_give_framing_a_score_where_the_subject_is_dropped():
    assert prose_rating(["後半比較鬆散，給四顆半星。"]).value == 0.9
    assert prose_rating(["后半本比较散。给它4.5星。"]).value == 0.9
    assert prose_rating(["後半はやや冗長だった。星4つをつけます。"]).value == 0.8
    assert prose_rating(["후반부는 조금 늘어졌다. 별 네 개 줍니다."]).value == 0.8


def test_near_misses_the_verb_give_and_stars_of_something_else():
    assert prose_rating(["那晚天上只有三颗星，给人寂寞的感觉。"]) is None
    assert prose_rating(["給三個孩子講故事，住在五星酒店。"]) is None
    assert prose_rating(["後半はやや冗長だった。星4つの評価が多い。"]) is None
    assert prose_rating(["별 다섯 개짜리 호텔에 묵었다."]) is None


def test_the_verb_give_beside_the_score_in_vietnamese_and_nepali():
    assert prose_rating(["Sách hay nhưng bìa hơi móp nên cho 3 sao, nội dung thì đáng hơn."]).value == 0.6
    assert prose_rating(["अन्त्य अलि लामो भयो। मैले पाँचमा तीन तारा दिएँ।"]).value == 0.6


def test_near_misses_the_verb_give_beside_other_numbers():
    assert prose_rating(["Tôi đặt phòng 5 sao cho 4 người."]) is None
    assert prose_rating(["मैले साथीलाई किताब दिएँ, उसले पाँचमा चार भन्यो।"]) is None
