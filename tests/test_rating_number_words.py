"""scraper.extract.rating: scores written in words in more languages (el, hu, hi, ur, ko particles, ru/uk star words),
the scale written first or in brackets in Chinese and Japanese ("满分十分", "10点満点中7点"), a half written before its
number (hi/ur "साढ़े"), first-person sentences in those languages; a rating widget that says its one score three ways;
and the near misses that count things rather than rate ("two of five stories", "drei von zehn Kapiteln").
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract.rating import find_rating, parse_rating, rating_blocks


@pytest.mark.parametrize(
    "line, raw, value",
    [
        ("Βαθμολογία: τρία αστέρια στα πέντε", "τρία αστέρια στα πέντε", 0.6),
        ("Értékelés: három és fél csillag", "három és fél csillag", 0.7),
        ("मेरी रेटिंग: दस में से साढ़े सात", "दस में से साढ़े सात", 0.75),
        ("रेटिंग: पांच में से तीन", "पांच में से तीन", 0.6),
        ("تقييم: پانچ میں سے چار", "پانچ میں سے چار", 0.8),
        ("Оцінка: 3 зірки з 5", "3 зірки з 5", 0.6),
        ("Оценка: 2 звезды из 5", "2 звезды из 5", 0.4),
        ("评分：七分（满分十分）", "七分（满分十分）", 0.7),
        ("我的打分：满分五分，三分半", "满分五分，三分半", 0.7),
        ("評価：10点満点中7点", "10点満点中7点", 0.7),
    ],
)
def test_a_labelled_score_in_words_and_scales_of_more_languages(line, raw, value):
    rating = find_rating(["Some text before the verdict.", line])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize(
    "sentence, raw, value",
    [
        # ru: a conditional "I would give" (дал бы / поставила бы), inside a sentence that runs on
        ("Честно говоря, я поставила бы роману семь из десяти, хотя финал меня разочаровал.", "семь из десяти", 0.7),
        ("Τελικά του δίνω δύο αστέρια στα πέντε, γιατί το τέλος βιάζεται.", "δύο αστέρια στα πέντε", 0.4),
        # ko: the number word with its particle ("셋을"), then "I give"
        ("마지막 장은 조금 늘어졌다. 그래서 별 다섯 개 중 셋을 준다.", "별 다섯 개 중 셋", 0.6),
        # ur: "from my side", the sentence ended by the Urdu full stop
        ("کہانی کمزور ہے۔ میری طرف سے پانچ میں سے تین، بس اتنا ہی۔", "پانچ میں سے تین", 0.6),
        # zh: the half between the number and its star ("三顆半星")
        ("整體來說，我會給它三顆半星，結尾略顯倉促。", "三顆半星", 0.7),
    ],
)
def test_a_first_person_sentence_in_words(sentence, raw, value):
    rating = find_rating(["An opening paragraph about the plot.", sentence])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize(
    "line",
    [
        "For me, one of the five stories stands out above the rest.",
        "I liked it best in four of ten chapters, the quiet ones.",
        "Ich gebe ihm drei von zehn Kapiteln zu lesen, dann entscheidet er.",
        "Für mich: 80 % gelesen, der Rest folgt im Urlaub.",
        "第4章 我给这个角色打了电话。",
        "我十分喜欢这本书，满分是我的心愿。",
        "読了：100ページ中85ページ",
        "Δύο από τα πέντε διηγήματα μου άρεσαν, τους δίνω χρόνο.",
        "मेरी ओर से दो शब्द: पाँच में से दो कहानियाँ अच्छी हैं",
        "별 다섯 개 중 하나도 아깝다고 말하는 친구도 있다.",
        "Я дала бы книге шанс, но из десяти глав прочла три.",
        "Gelesen am 4/5, für mich ein Wochenende.",
    ],
)
def test_counting_chapters_stories_pages_and_dates_is_no_rating(line):
    assert find_rating(["An opening paragraph about the plot.", line]) is None


def test_a_unit_noun_after_a_worded_score_keeps_it_a_score():
    assert find_rating(["Ich gebe ihm acht von zehn Punkten für den Stil."]).value == 0.8
    assert find_rating(["Ставлю 9 из 10 баллов за язык."]).value == 0.9
    assert parse_rating("neun von zehn Punkten").value == 0.9


def _blocks(markup: str):
    return rating_blocks(lxml_html.fragment_fromstring(markup, create_parent="div"))


def test_one_widget_saying_its_score_three_ways_is_one_rating_not_a_list():
    # its aria-label, a row of icons and text for screen readers: one score, said three times side by side
    widget = ('<p>The review.</p><span class="review-stars" role="img" aria-label="Scored 3 out of 5 stars">'
              '<b class="star on"></b><b class="star on"></b><b class="star on"></b><b class="star off"></b>'
              '<b class="star off"></b><em class="sr-only">3 out of 5 stars</em></span>')
    rating = find_rating(["The review."], None, _blocks(widget))
    assert rating is not None and rating.value == 0.6
    # three rows of stars for three books, apart from each other, are still a list
    listing = "".join(f'<p>Book {n}</p><p><img src="s.png" alt="{n} out of 5 stars"></p>' for n in (2, 3, 4))
    assert find_rating(["Book 2", "Book 3", "Book 4"], None, _blocks(listing)) is None


def test_words_grouped_by_first_char_match_as_the_plain_alternation():
    import re

    from scraper.extract.casefold import by_first_char

    words = ["sei", "sieben", "sechs", "six", "s", "ten", "tien", "t", "열", "넷"]
    grouped = re.compile(rf"(?:{by_first_char(words)})\b", re.I)
    plain = re.compile(rf"(?:{'|'.join(sorted(words, key=len, reverse=True))})\b", re.I)
    for text in ["Sieben von zehn", "six sei sechs seis", "t ten tien tens", "별 열 개 중 넷", "s, S; sx"]:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert grouped.search("SIEBEN").group(0) == "SIEBEN"


def _body_of(markup: str):
    return lxml_html.fromstring(markup).find_class("entry-content")[0]


def test_a_rating_widget_in_the_post_header_between_title_and_body():
    page = ('<html><body><div class="post"><header class="entry-header"><h1>Salt and Iron</h1>'
            '<div class="entry-meta"><span class="book-stars" title="3,5 von 5 Sternen">&#9733;&#9733;&#9733;</span></div>'
            '</header><div class="entry-content"><p>Ein Roman über eine Insel.</p></div></div></body></html>')
    rating = find_rating(["Ein Roman über eine Insel."], None, rating_blocks(_body_of(page)))
    assert rating is not None and rating.value == 0.7


def test_a_widget_before_the_body_with_no_title_between_is_not_the_posts():
    # a sidebar's rated book, a box before the body, no heading of the post in between
    page = ('<html><body><div class="wrap"><aside class="widget"><img class="rating-stars" alt="5 out of 5 stars"></aside>'
            '<div class="entry-content"><p>Ein Roman über eine Insel.</p></div></div></body></html>')
    assert find_rating(["Ein Roman über eine Insel."], None, rating_blocks(_body_of(page))) is None
    # and an image in the header that is no rating widget (a cover) says nothing
    page = ('<html><body><div class="post"><h2>Salt and Iron</h2><p><img class="cover" alt="4 out of 5"></p>'
            '<div class="entry-content"><p>Ein Roman über eine Insel.</p></div></div></body></html>')
    assert find_rating(["Ein Roman über eine Insel."], None, rating_blocks(_body_of(page))) is None
