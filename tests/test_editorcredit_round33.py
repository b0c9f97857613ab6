"""creditlines (round 33): the desk's editor of the article credited on a line of its own at the end, as Chinese,
Japanese and Korean news pages do ("责任编辑：<name>", "編集担当：<name>", "편집: <name>"), is a credit line. In our own
words and markup (zh, ja, ko). Near misses that stay: an editors' recommendation with prose after its label, a label with
a list of many names.
"""

from __future__ import annotations

from scraper.extract.creditlines import credit_line
from tests.cleaning import cleaned, paras
from tests.test_reprintclose_round33 import ZH


def test_an_editor_credit_closing_a_chinese_review_goes():
    text, rules = cleaned(paras(*ZH) + "<div class='ed'>责任编辑：王林</div>", "hupan.example")
    assert "王林" not in text and "credit line" in rules and all(p in text for p in ZH)


def test_editor_credit_shapes_and_near_misses():
    assert credit_line("责任编辑：王林") and credit_line("編輯：陳美玲") and credit_line("編集担当：山田花子")
    assert credit_line("편집: 김하늘")
    assert not credit_line("编辑推荐：这是一本安静的好书，值得一读再读")
    assert not credit_line("责任编辑：王林 李青 赵明 钱红 孙亮 周雪")
