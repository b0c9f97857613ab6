"""A book's record line parted by bars written without spaces, or by full-width bars and slashes, as Korean, Chinese
and Japanese papers set the box over a review ("T｜A 지음｜P｜312쪽｜16,000원", "T｜A 著｜P｜2025年"): each bar parts the
record as a spaced bar does. Near misses: a bar-parted line with no pages, price or year (a menu, a headline's site
name), and a bar inside a sentence.

Every line here is invented for these tests (invented books, people and houses, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography

KO_TEXT = ("봄날의 부엌은 할머니가 남긴 요리 공책을 따라가는 이야기다. 한소율은 음식 냄새로 기억을 불러낸다. "
           "한소율의 문장은 담백하지만 마지막 장에서 오래 머물게 된다.")
ZH_TEXT = "这本书写一个小镇邮局的三十年。周以宁的笔调很克制，周以宁从不替人物下结论。"


def test_a_full_width_bar_parts_a_korean_record():
    lines = ["봄날의 부엌｜한소율 지음｜바람숲｜312쪽｜16,000원", KO_TEXT]
    assert from_bibliography(lines, Context("\n".join(lines))) == ("봄날의 부엌", "한소율")


def test_an_unspaced_bar_or_a_full_width_slash_parts_a_record_too():
    lines = ["봄날의 부엌|한소율 지음|바람숲|312쪽|16,000원", KO_TEXT]
    assert from_bibliography(lines, Context("\n".join(lines))) == ("봄날의 부엌", "한소율")
    lines = ["《小镇邮局》／周以宁 著／青石出版社／2025年", ZH_TEXT]
    assert from_bibliography(lines, Context("\n".join(lines))) == ("小镇邮局", "周以宁")


def test_the_spaced_bar_still_parts_a_record():
    lines = ["봄날의 부엌 | 한소율 지음 | 바람숲 | 312쪽 | 16,000원", KO_TEXT]
    assert from_bibliography(lines, Context("\n".join(lines))) == ("봄날의 부엌", "한소율")


def test_bars_without_a_record_s_details_are_no_record():
    # a menu or a site's sections: no pages, no price, no year
    lines = ["홈｜소설｜에세이｜인문", KO_TEXT]
    assert from_bibliography(lines, Context("\n".join(lines))) is None
    lines = ["首页|读书|随笔|关于", ZH_TEXT]
    assert from_bibliography(lines, Context("\n".join(lines))) is None


def test_a_bar_parted_line_without_a_name_gives_no_author():
    # the parts are a section, a headline and a date: no role word after a name, no name the text repeats
    lines = ["문화｜올해 읽은 책들｜2025년 12월", KO_TEXT]
    found = from_bibliography(lines, Context("\n".join(lines)))
    assert found is None or found[1] not in ("올해 읽은 책들", "문화")
