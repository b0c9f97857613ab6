"""A cover revealed "for the first time" in the scripts without spaces (classify.ANNOUNCE_TITLE): ko "표지 첫 공개",
"표지 최초 공개"; ja "表紙を初公開"; zh "封面首次公开", "封面首度曝光". A publisher's or a paper's reveal names the book in
its text as a review does, and reviews it not. Near misses: a review whose title speaks of the cover's beauty, a
review that praises the cover in its text."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.classify import ANNOUNCE_TITLE


def _post(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="news"><h1>{title}</h1><div class="news-body">{body}</div></div></body></html>')


def test_first_reveals_of_a_cover_are_announcements():
    for title in ("한지우 장편 ‘바람의 지도’ 표지 최초 공개", "신작 표지 첫공개", "新作『冬の港』の表紙を初公開",
                  "《海边的灯塔》封面首次公开", "新书封面首度曝光"):
        assert ANNOUNCE_TITLE.search(title), title


def test_a_reviews_title_about_its_cover_is_no_reveal():
    for title in ("표지가 예쁜 책, ‘바람의 지도’ 리뷰", "表紙に惹かれて読んだ『冬の港』", "封面很美，内容一般"):
        assert not ANNOUNCE_TITLE.search(title), title


def test_a_korean_cover_reveal_news_item_is_no_review():
    paragraphs = [
        "소설가 한지우의 두 번째 장편소설 ‘바람의 지도’ 표지가 2일 처음 공개됐다. 출판사 서해는 이날 누리집을 통해 "
        "붉은 등대와 철새 떼를 그린 표지를 선보였다.",
        "표지 그림은 판화가 오세린이 맡았다. 출판사 측은 “‘바람의 지도’의 바다 풍경을 한 장에 담고 싶었다”고 말했다.",
        "‘바람의 지도’는 다음 달 20일 출간되며, 온라인 서점에서 예약 판매가 시작된다. 한지우는 첫 장편 ‘겨울 항구’로 "
        "주목받았다.",
        "출판사에 따르면 ‘바람의 지도’는 서해안의 작은 섬에서 등대를 지키는 아버지와 딸이 보내는 마지막 일 년을 그린다. "
        "작가는 지난 3년 동안 섬을 오가며 주민들을 인터뷰했고, 그 이야기들이 소설의 바탕이 됐다고 밝혔다.",
        "예약 구매자에게는 작가의 친필 메시지가 담긴 책갈피가 함께 제공되며, 출간 뒤에는 서울과 부산에서 "
        "독자와의 만남도 열릴 예정이다. 출판사는 표지 원화를 전시하는 작은 전시회도 준비하고 있다고 전했다."]
    record = extract_page(_post("ko", "한지우 장편 ‘바람의 지도’ 표지 최초 공개", paragraphs),
                          "https://news.example.co.kr/article/20261202001")
    assert not record.is_review, record.reason


def test_a_rated_review_praising_its_cover_stays_a_review():
    paragraphs = [
        "I picked up The Salt Year by Jonas Feld because of its cover, a white saltpan under a red sky, and stayed for "
        "the sisters. Feld writes the summer without rain as slowly as it must have felt.",
        "The middle drags, and the youngest sister is more idea than person. But the last chapter, when the sea does "
        "not come back, is superb, and the cover turns out to be a spoiler of the kindest sort.",
        "Rating: 4/5"]
    record = extract_page(_post("en", "The Salt Year by Jonas Feld: the cover reveals it all", paragraphs),
                          "https://blog.example.com/2026/12/salt-year/")
    assert record.is_review, record.reason
