"""A book card whose record lines are set apart by <br> in one paragraph ("<p><b>T</b><br>A | Publisher</p>"): its buy
link closing the card goes, its record lines stay (scraper.extract.cardbuy._line_count)."""

from lxml import html as lxml_html

from scraper.extract.cardbuy import card_buttons


def _buttons(card: str) -> list[str]:
    body = lxml_html.fromstring(f"<article><p>The review's own paragraph, long enough to be prose here.</p>{card}</article>")
    return [b.text_content() for b in card_buttons(body, "mag.example.org")]


def test_card_with_br_lines_loses_its_buy_link_ko():
    assert _buttons("<div class='book'><img src='/c.jpg' alt='표지'><p><b>바다의 정원</b><br>윤서아 저 | 물결출판</p>"
                    "<a class='buy' href='https://shop.example.kr/b/1'>서점에서 구매하기</a></div>") == ["서점에서 구매하기"]


def test_card_with_br_lines_loses_its_buy_link_en():
    assert _buttons("<div class='book'><img src='/c.jpg' alt='cover'><p><strong>The Salt Orchard</strong><br>Mirren Calder"
                    "<br>Harbour Press, 2026</p><a href='#'>Buy it here</a></div>") == ["Buy it here"]


def test_near_misses():
    # one line only (a <br> with nothing after it is no second line); the author's linked name closing the card
    assert _buttons("<div class='book'><img src='/c.jpg' alt='cover'><p><b>The Salt Orchard</b><br></p>"
                    "<a href='#'>Buy it here</a></div>") == []
    assert _buttons("<div class='book'><img src='/c.jpg' alt='cover'><p><b>The Salt Orchard</b><br>Harbour Press</p>"
                    "<a href='https://other.example.com/authors/mc'>Mirren Calder</a></div>") == []
