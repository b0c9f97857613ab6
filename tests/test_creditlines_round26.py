"""The reviewer credited as such over the review (creditlines.credit_line), on posts of our own words.

"評者：<name>（<role>）", "평자: <name>", "Reviewer: <name> (editor)": the credit line goes, the writer's role in brackets
after the name allowed; a sentence of the review that speaks of the reviewer, or a long line, stays.
"""

from __future__ import annotations

from scraper.extract.creditlines import credit_line
from tests.cleaning import cleaned, paras

JA = ["港町の古い旅館を舞台に、女将と住み込みの少女がひと冬を過ごす物語で、大きな事件は起きないが、台所や帳場の細かな描写が積み重なって、町の暮らしが目の前に立ち上がってくる。",
      "会話の多くは土地の言葉で書かれていて、最初は読みにくいが、慣れるとその響きが心地よくなる。女将の観察の細やかさは、映像ではなかなか写しきれないものだろう。",
      "派手な筋を求める人には向かないが、静かな小説が好きな人には勧めたい。"]
KO = ["바닷가 작은 여관을 무대로 여주인과 견습생 소녀가 한겨울을 함께 보내는 이야기로, 큰 사건은 없지만 부엌과 계산대의 세세한 묘사가 쌓여 마을의 삶이 눈앞에 펼쳐진다.",
      "대화의 대부분이 사투리로 쓰여 처음에는 읽기 어렵지만 익숙해지면 그 울림이 오히려 편안하다.",
      "화려한 줄거리를 원하는 사람에게는 맞지 않지만 조용한 소설을 좋아하는 사람에게는 권하고 싶다."]


def test_a_reviewer_credit_over_the_review_goes():
    for review, line in ((JA, "評者：森川 ゆかり（翻訳家）"), (KO, "평자: 한소영 (문학평론가)"), (JA, "書評人：林 小雨")):
        text, rules = cleaned(f"<p>{line}</p>" + paras(*review), "shohyo.example")
        assert line not in text, rules
        assert all(t in text for t in review)
    assert credit_line("Reviewer: Ann Lee (editor and essayist)")


def test_lines_about_the_reviewer_stay():
    assert not credit_line("評者の好みで言えば、前半のほうが面白かった。")
    assert not credit_line("Reviewer: the one of us who loved it most, and who read it twice in one winter week")
    assert not credit_line("Text: Ana (2026)")  # (a year in the brackets is no role)
    line = "評者としては、この小説の台所の場面をもっと読みたかったというのが正直なところである。"
    text, rules = cleaned(paras(JA[0], line, *JA[1:]), "shohyo.example")
    assert line in text, rules
