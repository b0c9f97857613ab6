"""Naver's SmartEditor ONE sets a post's heading in a "se-title-text" module, no h1, while the blog's name sits in an
h2 above it: the post's title is that module's (metadata._HEADING_TOKENS), and a post's own title-classed heading is
no "Site - Board" lead for titletail.board_subject. A cover reveal so titled is an announcement. Near misses: a review
so titled stays a review with its own heading as its title, and a review whose text mentions its cover's reveal.
Pages of our own invention."""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://blog.naver.example.com/haneulbooks/223300112233"


def _naver(heading: str, paragraphs: list[str], page_title: str | None = None) -> str:
    body = "".join(f'<div class="se-component se-text"><p class="se-text-paragraph"><span>{p}</span></p></div>'
                   for p in paragraphs)
    return f"""<html lang="ko"><head><title>{page_title or heading + " : 네이버 블로그"}</title></head>
<body class="se_body"><div id="blog-header"><h2 class="blog_title">하늘의 책장</h2><p>읽고 쓰는 기록</p></div>
<div id="postListBody"><div class="se-viewer"><div class="se-component se-documentTitle">
<div class="se-module se-module-text se-title-text"><span>{heading}</span></div>
<div class="blog2_container"><span class="nick">하늘</span> <span class="se_publishDate">2026. 12. 1. 21:10</span></div></div>
<div class="se-main-container">{body}</div></div></div><div id="footer"><p>© NAVER Corp.</p></div></body></html>"""


def test_cover_reveal_titled_in_the_editor_module_is_an_announcement():
    page = extract_page(_naver("[표지 공개] 『등대지기의 겨울』 표지가 나왔어요!", [
        "드디어 제가 처음 편집을 맡은 소설 『등대지기의 겨울』의 표지가 공개되었습니다. 정말 오래 기다렸어요.",
        "작가는 제주 출신의 신인 작가 고은별이고, 겨울마다 등대에 혼자 남는 노인과 그를 찾아오는 우체부의 이야기를 담은 장편이에요. 2월 초 출간 예정입니다.",
        "표지 그림은 바다를 닮은 파란색으로 가득한데, 직접 보시면 더 예뻐요. 예약 판매는 다음 주부터 시작됩니다.",
        "일러스트는 그림책 작가 윤새벽 님이 맡아 주셨어요. 등대 불빛이 눈 덮인 바위 위로 번지는 장면인데, 처음 시안을 받았을 때 편집부 모두가 한참 말을 잃었답니다. 출간 기념 북토크 일정도 정해지는 대로 이 블로그에서 알려 드릴게요.",
    ]), URL)
    assert page.title.startswith("[표지 공개]"), page.title
    assert not page.is_review and page.kind == "announcement", page.reason


REVIEW = [
    "고은별의 『등대지기의 겨울』은 올해 읽은 소설 중에서 가장 조용하고, 가장 오래 남는 책이었다. 겨울 내내 등대를 지키는 노인의 하루가 천천히 흘러간다.",
    "우체부가 편지를 들고 올 때마다 노인의 과거가 조금씩 드러나는데, 작가는 그 과정을 서두르지 않는다. 그래서 마지막 장의 고백이 더 크게 울린다.",
    "중반부가 다소 느리게 느껴질 수 있지만, 나는 그 느림이 이 소설의 미덕이라고 생각한다. 바다와 바람을 묘사하는 문장은 필사하고 싶을 만큼 아름답다.",
    "겨울밤에 혼자 읽기 좋은 책을 찾는 사람에게 자신 있게 추천한다. 표지가 공개되었을 때부터 기다린 보람이 있었다.",
]


def test_near_miss_review_titled_in_the_editor_module():
    page = extract_page(_naver("[서평] 『등대지기의 겨울』 고은별 : 겨울 바다의 편지", REVIEW,
                               "[서평] 『등대지기의 겨울』 고은별 : 겨울 바다의 편지 : 하늘의 책장"), URL)
    assert page.title == "[서평] 『등대지기의 겨울』 고은별 : 겨울 바다의 편지", page.title
    assert page.is_review, page.reason


def test_near_miss_review_mentioning_its_covers_reveal():
    page = extract_page(_naver("『등대지기의 겨울』을 읽고", REVIEW), URL)
    assert page.is_review, page.reason
