"""Two more ways of writing a score. Georgian (ka): the scale first in the ablative -დან ("from"), in words or digits
("ათიდან რვა", "5-დან 4"), after the label შეფასება with ჩემი/ჩვენი ("my", "our"), star counts with ვარსკვლავი and
the half და ნახევარი. zh/ja: a clause that is only the score, set apart by full-width commas ("总之，四星，…").
Near misses: -დან as "from" in a range of hours or years, a counted noun after the score, a score inside a longer
clause or run on to a word, a label's colon, two clauses that disagree. (Also the Arabic and Indonesian "N of M"
after a label, which readers write on shops' review lists.)"""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating

KA = "რომანი ერთი ამოსუნთქვით წავიკითხე, თუმცა შუა ნაწილი ცოტა იწელება."
ZH = "这本书我在火车上读完，前半部分有点慢。"


@pytest.mark.parametrize(
    "line, raw, value",
    [
        ("ჩემი შეფასება — ათიდან რვა.", "ათიდან რვა", 0.8),
        ("ჩვენი შეფასება: 5-დან 4.", "5-დან 4", 0.8),
        ("შეფასება: ხუთიდან სამი და ნახევარი", "ხუთიდან სამი და ნახევარი", 0.7),
        ("ჩემი შეფასება: სამი ვარსკვლავი.", "სამი ვარსკვლავი", 0.6),
        ("10-დან 7", "10-დან 7", 0.7),
    ],
)
def test_georgian_scale_first_in_the_ablative(line, raw, value):
    found = find_rating([KA, line])
    assert found is not None and found.raw == raw and found.value == value


@pytest.mark.parametrize(
    "line",
    [
        "ათიდან რვა მკითხველი ამ წიგნს სკოლაში კითხულობს.",  # eight of ten readers: a counted noun
        "კრებულში ხუთიდან სამი მოთხრობა ომზეა.",  # three of the five stories
        "ბიბლიოთეკა ღიაა 10-დან 6 საათამდე.",  # open from 10 to 6 o'clock
        "მაღაზია მუშაობს 10-დან 5-მდე.",  # from 10 until 5
        "ავტორი ოთხვარსკვლავიან სასტუმროში ცხოვრობდა.",  # a four-star hotel, one word
    ],
)
def test_georgian_near_misses(line):
    assert find_rating([KA, line]) is None


@pytest.mark.parametrize(
    "line, raw, value",
    [
        ("总之，四星，推荐给喜欢慢节奏小说的人。", "四星", 0.8),
        ("三星半，扣的分给翻译。", "三星半", 0.7),
        ("まとめると、星3つ。", "星3つ", 0.6),
    ],
)
def test_a_cjk_clause_that_is_only_the_score(line, raw, value):
    found = find_rating([ZH, line])
    assert found is not None and found.raw == raw and found.value == value


@pytest.mark.parametrize(
    "lines",
    [
        ["我们住的酒店是五星，早餐很好。"],  # a score inside a longer clause
        ["夜里天上只有三颗星，他一个人坐着。"],  # three stars in the sky
        ["广场上挂着五星红旗，很热闹。"],  # run on to a word
        ["总之，五星级的享受，推荐。"],  # a five-star (hotel-grade) treat
        ["电影：三星，小说：五星。"],  # a label's colon each: the film and the novel
        ["上部，四星，", "下部，二星，"],  # two clauses that disagree
    ],
)
def test_cjk_clause_near_misses(lines):
    assert find_rating([ZH, *lines]) is None


@pytest.mark.parametrize(
    "line, value",
    [("تقييمي: ٨ من ١٠.", 0.8), ("Nilai saya: 4 dari 5.", 0.8)],
)
def test_labelled_n_of_m_in_arabic_and_indonesian(line, value):
    found = find_rating(["A line of the review.", line])
    assert found is not None and found.value == value
