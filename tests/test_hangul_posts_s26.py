"""Short Korean posts found as post bodies (scraper.extract.words.reading_size, bodyfind's text-container), round s26.

A Hangul block writes a whole syllable (two or three letters): measured as one letter, a short Korean post on a page
no engine's selector fits (200 syllables, three paragraphs) fell under the fallback's post size and the whole page went
to trafilatura uncleaned, its breadcrumb, its byline row with the count of views and its readers' comments kept. What
stays: a Korean page of short captions and menu links is no post.

Every page, post, book and person here is invented for these tests, in our own words and markup.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page, find_body
from scraper.extract.words import reading_size

_KO_POST = [
    "지난주에 도서관에서 빌린 윤하림의 『겨울 정원사』를 이틀 만에 다 읽었다. 산골 마을의 오래된 온실을 지키는 노인과 "
    "방학 동안 그곳에 맡겨진 손자의 이야기다.",
    "사건은 거의 없다. 아침마다 유리창의 성에를 닦고, 낮에는 화분을 옮기고, 밤에는 난로에 장작을 넣는다. 그 반복 속에서 "
    "두 사람이 조금씩 말을 트는 과정이 차분하게 그려진다.",
    "할아버지가 젊은 시절의 실수를 털어놓는 장면에서는 버스 안인데도 눈물이 났다. 조용한 책을 좋아하는 분께 권하고 싶다.",
]


def _page(title: str, paragraphs: list[str], head_lines: list[str], aside: list[str]) -> str:
    """A hand-made site: no engine's classes; the headline's box (a trail, a byline row) over the post's own box."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    head = "".join(f"<p>{line}</p>" for line in head_lines)
    side = "".join(f"<p>{line}</p>" for line in aside)
    return (f'<html lang="ko"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div id="gnb"><a href="/">책마루</a> <a href="/list">목록</a></div>'
            f'<div id="view"><div id="view-head">{head}<h2>{title}</h2></div><div id="view-text">{text}</div>'
            f'<div id="view-replies">{side}</div></div></body></html>')


def test_reading_size_weighs_hangul_syllables_as_kana():
    assert reading_size("소설을 읽었다") == len("소설을 읽었다") + 6  # six syllables: two letters' worth each
    assert reading_size("Ein Büchlein über Äpfel") == len("Ein Büchlein über Äpfel")
    assert reading_size("หนังสือเล่มนี้") == len("หนังสือเล่มนี้")


def test_a_short_korean_post_is_found_and_its_header_and_replies_are_not_its_text():
    assert sum(map(len, _KO_POST)) < 400  # fewer characters than the fallback asks of Latin text
    html = _page("『겨울 정원사』 읽고", _KO_POST, ["책 이야기 > 소설", "글쓴이 박도윤 2026.10.04 조회 517"],
                 ["좋은 글 감사합니다 저도 읽어볼게요", "온실 장면이 궁금하네요"])
    body, posts = find_body(lxml_html.fromstring(html))
    assert posts == 1 and body is not None and body.get("id") == "view-text"
    record = extract_page(html, "https://chaekmaru.example/board/view/4471")
    assert all(p in record.body_text for p in _KO_POST)
    for line in ("책 이야기 > 소설", "조회 517", "저도 읽어볼게요"):
        assert line not in record.body_text, line


def test_a_korean_page_of_captions_and_menus_is_no_post():
    captions = ["새벽의 항구", "비 온 뒤 골목", "할머니 댁 마당", "가을 은행나무", "동지 팥죽", "하굣길", "옛 거리의 등불",
                "강가의 노을"]
    html = _page("사진첩", captions * 2, ["사진 > 일상"], ["첫 페이지", "방명록", "소개"])
    assert find_body(lxml_html.fromstring(html)) == (None, 0)
