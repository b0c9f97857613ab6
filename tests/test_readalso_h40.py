"""edges.READ_ALSO: the CJK pointers to another article of the site spliced into a post ("【続きを読む】<a>another
headline</a>", "相关文章：<a>…</a>", "관련 기사: <a>…</a>"), each a label and then only a link.

Invented posts in Japanese, Chinese and Korean, with near misses: a paragraph of the review that opens on the same
words ("続きを読むのが怖くなった…"), and a label with a sentence of the review after its link.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

JA = ["雪の降る港町を舞台に、三世代の女たちの暮らしを静かに描いた長篇である。派手な事件は起きないが、台所の湯気や方言の手触りがいつまでも残る。",
      "後半はやや駆け足で、母と娘の和解が唐突に感じられた。それでも最後の一章を読み終えたとき、しばらく窓の外を眺めていた。"]
ZH = ["这部长篇写一座北方小城三代人的冬天，没有大事件，却把厨房的热气和方言的质感写得很细。",
      "后半部分略显仓促，母女和解来得太突然。但读完最后一章，我还是在窗前坐了很久。"]
KO = ["눈 내리는 항구 도시를 배경으로 삼대에 걸친 여성들의 삶을 조용히 그린 장편이다. 큰 사건은 없지만 부엌의 김과 사투리의 결이 오래 남는다.",
      "후반부는 다소 서두르는 느낌이고 모녀의 화해가 갑작스럽다. 그래도 마지막 장을 덮고 한참 창밖을 바라보았다."]


def test_japanese_continue_label_before_another_headline_goes():
    line = "<p>【続きを読む】<a href='/articles/-/1234'>「年末に読みたい」書店員が選んだ十冊</a></p>"
    text, rules = cleaned(paras(JA[0]) + line + paras(JA[1]), "bunko.example.jp")
    assert "書店員が選んだ十冊" not in text and "related link" in rules
    assert JA[0] in text and JA[1] in text


def test_chinese_related_article_line_goes():
    line = "<p>相关文章：<a href='/a/5678'>十部适合冬天读的小说</a></p>"
    text, rules = cleaned(paras(ZH[0]) + line + paras(ZH[1]), "dushu.example.cn")
    assert "十部适合冬天读的小说" not in text and ZH[1] in text


def test_korean_related_article_line_goes():
    line = "<p>관련 기사: <a href='/news/9012'>겨울에 읽기 좋은 소설 열 권</a></p>"
    text, rules = cleaned(paras(KO[0]) + line + paras(KO[1]), "books.example.kr")
    assert "겨울에 읽기 좋은 소설" not in text and KO[1] in text


def test_review_paragraph_opening_on_the_words_stays():
    # near miss: the reviewer's own sentence, no link
    own = "続きを読むのが怖くなって、一晩だけ本を閉じた。翌朝、結末まで一気に読んだ。"
    text, rules = cleaned(paras(JA[0], own, JA[1]), "bunko.example.jp")
    assert own in text


def test_label_with_a_sentence_after_its_link_stays():
    # near miss: the link is a word of the reviewer's sentence, which goes on after it
    own = "<p>相关文章里我提到过<a href='/a/1'>作者的第一部小说</a>，这一部在结构上走得更远，也更冒险。</p>"
    text, rules = cleaned(paras(ZH[0]) + own + paras(ZH[1]), "dushu.example.cn")
    assert "这一部在结构上走得更远" in text
