"""A headline the blog's review label opens, then "T - A", perhaps with a remark after a slash or a bar: "[서평] T - A
/ a tagline", "【読書感想】T – A｜remark", "[리뷰] T - A" (``bookcjkslash.labelled_dash``, asked after the owner's
headlines in ``pagebook.read_book``). A dash also opens a subtitle ("T - 봄날의 기억"), so the name must be one the
post's tags name whole or the text says with a writer's role word after it. Near misses: a subtitle after the dash, a
name neither tagged nor called a writer, no label.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcjkslash import labelled_dash


def _ctx(text: str, language: str = "ko") -> Context:
    return Context(text, (), language)


def test_label_title_dash_author():
    assert labelled_dash("[서평] 바다로 가는 버스 - 한서윤 / 가을에 읽기 좋은 소설", _ctx("짧은 소설이다."), ["#한서윤", "#소설"]) \
        == ("바다로 가는 버스", "한서윤")
    assert labelled_dash("[리뷰] 바다로 가는 버스 - 한서윤", _ctx("한서윤 작가의 두 번째 책이다."), []) \
        == ("바다로 가는 버스", "한서윤")
    assert labelled_dash("【読書感想】灯台のある町 – 森川一郎｜秋の一冊", _ctx("森川一郎氏の新作。", "ja"), []) \
        == ("灯台のある町", "森川一郎")


def test_near_misses():
    # a subtitle after the dash (its words in the text, but no tag and no writer's role)
    assert labelled_dash("[서평] 바다로 가는 버스 - 이별 / 추천", _ctx("이별 이야기다. 이별은 슬프다."), ["#소설"]) is None
    assert labelled_dash("[서평] 바다로 가는 버스 - 봄날의 기억", _ctx("봄날의 기억이 떠올랐다."), ["#봄날"]) is None
    # no label before the headline
    assert labelled_dash("바다로 가는 버스 - 한서윤", _ctx("한서윤 작가의 책."), ["한서윤"]) is None


_PAGE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>[책리뷰] 바다로 가는 버스 - 한서윤 / 가을에 읽기 좋은 소설 : 블로그</title></head><body>
<div class="post-title"><h2>[책리뷰] 바다로 가는 버스 - 한서윤 / 가을에 읽기 좋은 소설</h2></div>
<div class="post-body">
<p>버스 운전사인 아버지와 그 버스를 매일 타는 딸이 일 년 동안 나누지 못한 이야기를 다룬 장편이다. 처음에는 조용한 가족 소설처럼
보이지만, 중반부터는 오래된 사고의 진실을 따라가는 추리 소설의 모양을 갖는다.</p>
<p>문장이 담백하고 장면 전환이 빨라서 이틀 만에 다 읽었다. 바닷가 마을의 풍경 묘사가 특히 좋았고, 아버지의 침묵이 이해되는 순간에는
조금 울었다. 다만 결말에서 모든 인물이 한꺼번에 화해하는 부분은 조금 서둘렀다는 느낌이 들었다.</p>
<p>가을에 혼자 읽기 좋은 책이다. 가족에게 하지 못한 말이 있는 사람이라면 더 오래 남을 것 같다.</p>
<p>별점 : 4/5</p></div>
<div class="post-tags"><a href="/tag/a">#바다로가는버스</a> <a href="/tag/b">#한서윤</a> <a href="/tag/c">#장편소설</a></div>
</body></html>"""


def test_the_page_reads_the_book():
    record = extract_page(_PAGE, "https://blog.example.kr/shelf/2026-10")
    assert (record.book_title, record.book_author) == ("바다로 가는 버스", "한서윤")
