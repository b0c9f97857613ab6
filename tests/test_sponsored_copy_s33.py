"""A Korean blog's free-copy disclosure worded as sponsorship ("도서를 협찬받아": the book given by the publisher) is
the reviewer's note and stays; the advertising notice that names advertising, a partner programme or a commission
goes (the s33 round; own words and markup)."""

import pytest
from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.adnotice import ad_notice

_PARAS = [
    "바닷가 작은 마을에 사는 두 자매의 이야기예요. 언니는 배를 몰고 동생은 학교에서 아이들을 가르치는데, 마을이 "
    "변하면서 두 사람의 사이도 조금씩 달라져요. 잔잔하지만 마지막 장에서는 한참 울었어요.",
    "문장이 담백하고 대화가 살아 있어서 금방 읽혀요. 다만 중반부의 회상 장면은 조금 길게 느껴졌어요. 그래도 "
    "가족 이야기를 좋아하는 분들께 꼭 권하고 싶은 책이에요.",
]


def _text(first: str) -> str:
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    html = ("<html><head><title>바다의 자매</title></head><body><article><h1>바다의 자매</h1>"
            f"<div class='se-main-container'><p>{first}</p>{ps}<p>별점: ★★★★☆</p></div></article></body></html>")
    return extract_page(html, "https://blog.example.com/seashelf/2231").body_text


def test_free_copy_worded_as_sponsorship_stays():
    line = "※ 이 리뷰는 출판사에서 책을 협찬받아 썼지만, 감상은 제 솔직한 생각이에요."
    assert not ad_notice(lhtml.fromstring(f"<p>{line}</p>"))
    assert line in _text(line)


@pytest.mark.parametrize("line", [
    "이 포스팅은 협찬과 광고를 포함하고 있습니다.",
    "이 글에는 제휴 링크가 있어 구매 시 소정의 수수료를 받을 수 있습니다.",
])
def test_advertising_notices_go(line):
    assert ad_notice(lhtml.fromstring(f"<p>{line}</p>"))
    assert line not in _text(line)
