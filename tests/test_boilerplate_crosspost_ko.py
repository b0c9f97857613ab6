"""A Korean provenance line at the post's end (scraper.extract.edges.CROSSPOST): the article "was also carried" on the
writer's blog ("…블로그에도 실렸습니다", "…에도 게재됩니다"), as the Japanese "…にも掲載". Near misses: the novel itself
serialised in a magazine (no venue of the post), and the words inside the review's own paragraph.

Every page here is invented for these tests (invented sites, books and people, in our own words and markup).
"""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = [
    "겨울 등대는 섬에 혼자 남은 등대지기의 아내가 한 철을 버티는 이야기다. 이웃들이 부엌에 드나들며 소문과 국과 나쁜 소식을 "
    "전하고, 그녀는 매일 밤 불을 켠다. 사건이라 할 만한 것은 거의 없는데도 끝까지 손에서 놓을 수가 없었다.",
    "날씨 묘사가 너무 좋아서 읽는 동안 담요를 덮었다. 중간에 요리 이야기가 길어 조금 늘어지지만, 마지막 장면은 며칠 동안 "
    "머릿속에 남았다. 천천히, 겨울밤에 읽기를 권한다.",
]


def page(tail: str, paras: list[str] = PARAS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>[서평] 겨울 등대</title></head><body>
<article><h1>[서평] 겨울 등대</h1><div class="article_body">{body}</div>{tail}</article></body></html>"""


def test_a_line_saying_the_article_was_also_carried_on_the_writers_blog_goes():
    for line in ("덧붙이는 글 | 이 기사는 기자의 개인 블로그에도 실렸습니다.", "이 글은 제 블로그에도 게재됩니다."):
        record = extract_page(page(f'<div class="note"><p>{line}</p></div>'), "https://news.example.kr/view/123")
        assert "겨울밤에 읽기를 권한다" in record.body_text
        assert "블로그에도" not in record.body_text, line


def test_a_japanese_line_of_the_same_shape_still_goes():
    html = page('<div class="note"><p>この記事は私のブログにも掲載しています。</p></div>')
    record = extract_page(html, "https://news.example.kr/view/124")
    assert "ブログ" not in record.body_text


def test_near_misses_the_novel_serialised_in_a_magazine_and_the_words_inside_a_paragraph_stay():
    record = extract_page(page('<div class="note"><p>이 소설은 1971년 문예지에도 실렸다.</p></div>'), "https://news.example.kr/view/125")
    assert "문예지에도 실렸다" in record.body_text
    prose = PARAS + ["친구가 쓴 짧은 감상이 그의 블로그에도 실렸는데, 그 글을 읽고 나서야 나는 마지막 장면의 등불이 누구를 "
                     "위한 것이었는지 알게 되었다. 그래서 두 번째로 읽을 때는 훨씬 더 천천히, 한 장씩 아껴 가며 읽었다."]
    record = extract_page(page("", prose), "https://news.example.kr/view/126")
    assert "블로그에도 실렸는데" in record.body_text
