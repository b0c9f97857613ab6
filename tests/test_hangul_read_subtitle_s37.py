"""A Korean platform's subtitle under the headline, "A 『T』를 다시 읽다" (rereading A's 『T』), names the book read (s37,
bookhangulread, read by bookstandfirst; bookpageclues.headline_subtitle takes a paragraph classed as the subtitle, and
ten Hangul or Han characters are long enough). Only where the text speaks of the writer by role ("작가는") and the name
is no reader's: without that, or with a particle on the name ("친구와"), or with no verb of reading, nothing is read.
Texts of our own."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(subtitle: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ('<html lang="ko"><head><meta charset="utf-8"><title>바다 밑 도서관의 밤</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+09:00"></head><body>'
            '<article class="post"><div class="cover"><h1 class="cover_title">바다 밑 도서관의 밤</h1>'
            f'<p class="cover_sub_title">{subtitle}</p></div><div class="entry-content">{body}</div>'
            '</article></body></html>')


_TEXT = [
    "해저 도시의 마지막 사서가 무너지는 도서관을 지키는 이야기다. 산소 배급표와 대출 카드가 같은 서랍에 들어 있는 세계, "
    "그 설정만으로도 처음 읽었을 때 한참을 웃었다.",
    "작가는 재난을 크게 그리지 않는다. 오히려 매일 반납되지 않는 책 목록, 습기 먹은 종이 냄새 같은 작은 것들로 무너짐을 "
    "보여준다. 다시 읽으니 그 쓸쓸함이 더 잘 보였다.",
    "중반부에 설명이 길어지는 대목은 여전히 아쉽다. 그래도 누가 한국 SF를 한 권만 추천해 달라고 하면 나는 아직 이 책을 "
    "건넨다. 마지막 장면은 몇 번을 읽어도 좋다.",
    "십 년 전 처음 읽었을 때는 설정이 재미있었고, 이번에는 문장이 재미있었다. 사서가 혼잣말처럼 대출 기록을 읽어 내려가는 "
    "장면에서는 책장을 덮고 한동안 창밖을 보았다. 도서관을 좋아하는 사람이라면 한 번쯤 꼭 읽어 보기를 권한다.",
]


def test_a_subtitle_naming_the_book_reread_gives_title_and_author():
    record = extract_page(_page("한서윤 『심해 열람실』을 다시 읽다", _TEXT), "https://brunch.example.kr/@reader/41")
    assert record.book_title == "심해 열람실" and record.book_author == "한서윤", (record.kind, record.reason)
    assert record.kind == "review", (record.kind, record.reason)


def test_without_the_text_speaking_of_the_writer_the_name_is_not_read():
    text = [p.replace("작가는", "이 소설은") for p in _TEXT]
    record = extract_page(_page("한서윤 『심해 열람실』을 다시 읽다", text), "https://brunch.example.kr/@reader/41")
    assert record.book_author != "한서윤"


def test_a_name_with_its_own_particle_is_a_companion_not_the_author():
    record = extract_page(_page("한서윤과 『심해 열람실』을 다시 읽다", _TEXT), "https://brunch.example.kr/@reader/41")
    assert record.book_author != "한서윤"


def test_a_line_with_no_verb_of_reading_names_no_book_read():
    record = extract_page(_page("한서윤 『심해 열람실』을 선물하다", _TEXT), "https://brunch.example.kr/@reader/41")
    assert record.book_author != "한서윤"
