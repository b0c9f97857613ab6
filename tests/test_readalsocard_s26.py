"""A related post's title under its 'read together' label in a link's preview card, the editor's embed of another page
("<div class='se-oglink'><p class='se-oglink-title'>함께 보면 좋은 글 : T</p></div>", "<div class='link-card'>Read also: T
</div>"): ``readalsoline.unlinked_pointer`` reads a link card's class as a box set apart for pointers, and
``edges.READ_ALSO`` knows the Korean 'good to read/see together' label ("함께 보면 좋은 글", "같이 읽으면 좋은 기사"). Near
misses: the same words in the reviewer's own sentence, a label alone, a link card holding no 'read also' label.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.readalsoline import unlinked_pointer


def _card(cls: str, line: str):
    return fragment_fromstring(f"<div class='{cls}-info'><p class='{cls}-title'>{line}</p></div>").find("p")


def test_the_label_in_a_link_card():
    for cls, line in (("se-oglink", "함께 보면 좋은 글 : 가을에 읽는 시집 다섯 권"),
                      ("se-oglink", "같이 읽으면 좋은 기사: 올해의 청소년 소설"),
                      ("link-card", "Read also: Five quiet novels for a long winter"),
                      ("og-link", "Lesen Sie auch: Fünf leise Romane für den Winter"),
                      ("link-preview", "Leia também: Cinco romances para o inverno")):
        assert unlinked_pointer(_card(cls, line)), line


def test_near_misses():
    # the reviewer's own sentence: no label opening it, or a sentence after it
    assert not unlinked_pointer(_card("se-oglink", "이 책은 친구와 함께 보면 좋은 글이 많아서 좋았다. 특히 마지막 장이 그렇다."))
    assert not unlinked_pointer(fragment_fromstring("<p>함께 보면 좋은 글 : 가을에 읽는 시집 다섯 권</p>"))  # not set apart
    # a card with no 'read also' label
    assert not unlinked_pointer(_card("link-card", "The publisher's page for the novel"))
    # a label alone
    assert not unlinked_pointer(_card("se-oglink", "함께 보면 좋은 글"))


def test_extract_page_drops_the_card():
    prose = ("<div class='se-component se-text'><div class='se-module se-module-text'>"
             "<p class='se-text-paragraph'><span>바닷가 마을의 소금밭을 지키는 할머니와 떠나고 싶은 손녀의 일 년을 그린 소설이다. 문장이 "
             "짧고 단단해서 한 장씩 아껴 읽었다. 계절마다 달라지는 바람과 소금의 냄새가 책 전체에 배어 있다.</span></p>"
             "<p class='se-text-paragraph'><span>설명하지 않고 보여 주는 방식이 좋았고, 마지막 장에서 손녀가 내리는 결정은 "
             "오래 마음에 남았다. 조용한 책을 좋아하는 사람에게 권하고 싶다.</span></p></div></div>")
    card = ("<div class='se-component se-oglink'><div class='se-oglink-info'><p class='se-oglink-title'>"
            "함께 보면 좋은 글 : 가을에 읽는 시집 다섯 권</p></div></div>")
    html = (f"<html lang='ko'><head><title>[서평] 소금밭의 일 년 - 한바다</title></head><body><div class='se-viewer'>"
            f"<div class='se-main-container'>{prose}{card}{prose.replace('바닷가', '그리고 바닷가')}</div></div></body></html>")
    record = extract_page(html, "https://blog.example.kr/salt/1")
    assert "함께 보면 좋은 글" not in record.body_text
    assert "마지막 장에서 손녀가" in record.body_text
