"""A Korean headline "[label] A 『T』" (``bookcjkslash.hangul_owner``; review rev33d).

A publisher, a subject or a remark stands before the title as a name would ("[리뷰] 민음사 『T』", "[북리뷰] 심리학 『T』",
"[리뷰] 문제작 『T』"): A is the author where the post calls A a writer (a role word, a hashtag, "A의 문장"), or the label
files the post under a literary kind ("[소설]") and A is no imprint. A label naming another medium (a film, a stage
show, a drama, an exhibition) files no book. A given name ending like a particle ("황정은", "윤고은") is read where the
text calls the person a writer. Every headline and text here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcjkslash import hangul_owner


def test_fires_where_the_text_calls_the_name_a_writer():
    assert hangul_owner("[리뷰] 황정은 『디디의 우산』", Context("황정은 작가의 문장은 조용하다.")) == ("디디의 우산", "황정은")
    assert hangul_owner("[북리뷰] 윤고은 「밤의 여행자들」", Context("윤고은의 소설은 늘 이상하다.")) == ("밤의 여행자들", "윤고은")
    assert hangul_owner("【독후감】 김연수 『파도가 바다의 일이라면』", Context("#김연수 #소설")) == ("파도가 바다의 일이라면", "김연수")
    assert hangul_owner("박서준 『겨울 정원』 후기", Context("작가 박서준은 이번에도 정원을 쓴다.")) == ("겨울 정원", "박서준")
    # a literary label, the label cut off before (bookheadline passes the whole headline)
    assert hangul_owner("구서하 『물의 집』", Context("물 이야기다."), "[소설] 구서하 『물의 집』") == ("물의 집", "구서하")


def test_publisher_subject_remark_are_no_author():
    text = "『데미안』은 헤르만 헤세가 1919년에 발표한 소설이다. 민음사 판으로 읽었다. 심리학 책은 아니다. 문제작이라 불린다."
    for headline in ("[리뷰] 민음사 『데미안』", "[북리뷰] 심리학 『데미안』", "[리뷰] 문제작 『데미안』", "[소설] 민음사 『데미안』"):
        assert hangul_owner(headline, Context(text)) is None


def test_other_medium_labels_file_no_book():
    text = "기생충은 다시 봐도 좋다. 오페라 무대가 화려했다. 이태원 거리가 나온다."
    for headline in ("[영화] 기생충 「반지하」", "[공연] 오페라 「마술피리」", "[드라마] 이태원 「클라쓰」",
                     "[전시] 박수근 「빨래터」"):
        assert hangul_owner(headline, Context(text + " 박수근 작가")) is None


def test_extract_page_publisher_headline():
    html = ("<html lang='ko'><head><title>[리뷰] 민음사 『데미안』 - 책방 일기</title></head><body><article>"
            "<h2 class='title-article'>[리뷰] 민음사 『데미안』</h2><div class='entry-content'>"
            "<p>『데미안』은 헤르만 헤세가 1919년에 발표한 소설이다. 민음사 세계문학전집 판으로 다시 읽었다.</p>"
            "<p>싱클레어가 자기 안의 목소리를 따라가는 이야기가 스무 살 때와는 전혀 다르게 읽혔다. 문장이 단단하다.</p>"
            "<p>알을 깨고 나오는 새의 이미지는 여전히 강렬하다. 다만 중반부의 설교 같은 대목은 조금 지루했다.</p>"
            "</div></article></body></html>")
    record = extract_page(html, "https://chaekbang.example.kr/entry/demian")
    assert record.book_author != "민음사"
