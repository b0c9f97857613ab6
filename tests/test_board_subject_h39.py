"""A board's post whose <title> is "Site - Board - Subject" and whose subject stands in a heading of the engine's own
markup (a table cell's h3): the heading is the post's title (titletail.board_subject). Near misses: a two-part
<title> ("Post - Site"), a heading that reads something else, a title already the post's.

Every page here is invented for these tests (invented sites, boards, posts, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.titletail import board_subject


def tree(heading: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body><div class='top'>menu</div><table><tr><th>{heading}</th></tr></table>"
                                "<div id='post'><p>text</p></div></body></html>")


def test_the_heading_that_reads_the_titles_last_part():
    page = tree("<h3>주말에 읽은 『바람의 항구』 짧은 후기</h3>")
    assert board_subject(page, "사진동호회 - 독서방", "사진동호회 - 독서방 - 주말에 읽은 바람의 항구 짧은 후기") \
        == "주말에 읽은 『바람의 항구』 짧은 후기"
    page = tree("<h2>Finally finished “The Lantern Road” – thoughts</h2>")
    assert board_subject(page, "Gearheads Forum | Off-topic", "Gearheads Forum | Off-topic | Finally finished The Lantern Road – thoughts") \
        == "Finally finished “The Lantern Road” – thoughts"


def test_near_misses():
    page = tree("<h3>주말에 읽은 『바람의 항구』 짧은 후기</h3>")
    assert board_subject(page, "사진동호회", "사진동호회 - 주말에 읽은 바람의 항구 짧은 후기") is None  # two parts
    assert board_subject(tree("<h3>공지사항</h3>"), "사진동호회 - 독서방", "사진동호회 - 독서방 - 주말에 읽은 바람의 항구 짧은 후기") is None
    # the title read is already the post's (not the <title>'s lead)
    assert board_subject(page, "주말에 읽은 『바람의 항구』 짧은 후기", "사진동호회 - 독서방 - 주말에 읽은 바람의 항구 짧은 후기") is None
    assert board_subject(page, None, "a - b - c") is None


def test_a_board_post_gets_its_subject_as_title():
    html = ("<html><head><title>낚시클럽 - 책 이야기 - 바다 소설 한 권 추천합니다</title></head><body>"
            "<div class='gnb'><a href='/'>홈</a></div><table class='view'><tr><th class='subject'><h3>바다 소설 한 권 추천합니다</h3></th></tr></table>"
            "<div class='view_content'><p>배를 타는 사람들의 이야기를 담은 소설을 읽었습니다. 문장이 짧고 힘이 있어서 금방 읽었어요.</p>"
            "<p>후반부가 조금 급하게 끝나는 것이 아쉬웠지만 전체적으로 만족스러웠습니다.</p></div></body></html>")
    record = extract_page(html, "https://fishing-club.example.kr/bbs/view.php?id=book&no=12")
    assert record.title == "바다 소설 한 권 추천합니다"


def test_a_title_that_changes_separator_is_no_breadcrumb():
    # a product's name "T - A" and then the review's subject after a bar: the lead is no site and board
    page = tree("<h2>Dust and laughter in the museum</h2>")
    assert board_subject(page, 'Review of Book "The Lantern Road" - Ada Vance',
                         'Review of Book "The Lantern Road" - Ada Vance | Dust and laughter in the museum') is None


def test_a_title_that_is_the_posts_own_heading_keeps():
    # "Review: T – A – Blog": the title read is the post's heading; the blog's name after it is no subject
    page = lxml_html.fromstring("<html><body><h1 class='site-title'>Quiet Pages</h1>"
                                "<h1 class='entry-title'>Review: The Lantern Road – Ada Vance</h1><p>text</p></body></html>")
    assert board_subject(page, "Review: The Lantern Road – Ada Vance", "Review: The Lantern Road – Ada Vance – Quiet Pages") is None
