"""More whole systems of writing a score: tr and vi number words, th stars, hi/ur/bn star words with the half before,
ja scales of steps and the topic particle after a label, nl school marks out of ten, pt marks in "valores" (out of
20), and "N over M". Each with near misses that are no score of the book."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating, has_score, parse_rating


@pytest.mark.parametrize(
    "text, value",
    [
        # tr: the scale first, in words ("on" is ten only before "üzerinden")
        ("Kitaba puanım beş üzerinden dört.", 0.8),
        ("Puan: on üzerinden yedi", 0.7),
        ("on üzerinden dokuz", 0.9),
        # vi: number words either side of "trên"
        ("Điểm: bảy trên mười", 0.7),
        ("bốn trên năm", 0.8),
        # th: digits or words run on to ดาว, the half after it
        ("ให้ 3 ดาวครึ่ง", 0.7),
        ("ห้าดาว", 1.0),
        ("คะแนน: 2 ดาว", 0.4),
        # hi, ur, bn: star words ending in a vowel sign, the half before the number
        ("रेटिंग: तीन सितारे", 0.6),
        ("साढ़े तीन सितारे", 0.7),
        ("چار ستارے", 0.8),
        ("তিন তারা", 0.6),
        # ja: on a scale of steps
        ("五段階で三", 0.6),
        ("10段階中7点", 0.7),
        ("5段階評価で4", 0.8),
        # pt (Portugal): out of 20
        ("Classificação: 14 valores", 0.7),
        # "over" as "out of"
        ("Verdict: 7 over 10", 0.7),
    ],
)
def test_worded_scales(text: str, value: float) -> None:
    rating = find_rating([text])
    assert rating is not None and rating.value == value, (text, rating)


@pytest.mark.parametrize(
    "lines",
    [
        ["We met on the first floor and talked until late."],  # en "on": no number
        ["Ik heb het boek gelezen toen ik een 8-jarige jongen was."],  # nl: an age, not a mark
        ["Mijn zoon haalde een 6 voor zijn spreekbeurt over dit boek, maar dat zegt weinig."],  # a mark with no adjective, no label
        ["評価は高いが、私には合わなかった。"],  # ja: "the rating is high", no score
        ["前回の本の満足度は 3.9 / 5 でした。今回の本はまだ誰も読み終えていません。"],  # ja: another book's poll (の, not a verb)
        ["ดาวน์โหลด 4 ครั้งแล้วยังเปิดไม่ได้"],  # th: download, not a star
        ["โหวตเฉลี่ยของกลุ่ม 3.8 จาก 5 ดาว และยังไม่มีใครอ่านจบ"],  # th: a group's average, the scale's stars
        ["Trabalhou com 3 valores fundamentais: a família, a terra e a memória da guerra civil que ainda pesa em toda a aldeia."],
        ["I read it over 5 days on a long train journey across the country with my sister."],  # no number before "over"
    ],
)
def test_near_misses(lines: list[str]) -> None:
    assert find_rating(lines) is None, lines


def test_dutch_school_mark() -> None:
    # with the adjective anywhere; bare only after a label; "cijfer" is out of ten even below 6
    assert find_rating(["Al met al geef ik deze roman een ruime zeven."]).value == 0.7
    assert find_rating(["Eindoordeel: een 9"]).value == 0.9
    assert find_rating(["Cijfer: 4"]).value == 0.4
    assert parse_rating("een krappe 6").raw == "een krappe 6"


def test_japanese_label_with_topic_particle() -> None:
    assert find_rating(["最後まで読んだ満足度は十段階で九。次の巻も買う。"]).value == 0.9
    assert find_rating(["おすすめ度は4/5"]).value == 0.8
    assert find_rating(["평점은 다섯 개 중 세 개"]).value == 0.6


def test_prose_cue_in_vietnamese() -> None:
    lines = ["Nhân vật phụ hơi mờ nhạt.", "Với tôi cuốn này đáng tám trên mười, ai thích truyện trinh thám nên đọc."]
    assert find_rating(lines).value == 0.8
    assert not has_score("Tôi đọc cuốn này trong năm ngày.")
