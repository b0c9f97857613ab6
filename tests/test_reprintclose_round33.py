"""spliced.mark with reprintnote (round 33): the post's terms of reuse closing the review go even when the page's
chrome (a follow line, share links, the editor's name, tags) stands after them, beyond the last three blocks. In our own
words and markup (zh, en). Near misses that stay: a review that speaks of a book's reprint, the same terms with the
review's prose after them.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

ZH = [
    "小说写一位在湖边摆渡的女人，某个冬天她发现一个陌生人每天早上都搭她的船过湖，傍晚却从不回来，于是她开始偷偷在本子上记下关于他的一切，"
    "而这本小小的笔记慢慢把整个镇子不愿提起的旧事都牵了出来。",
    "作者极有耐心，用两百页让怀疑一点点变成确信，从头到尾没有人提高嗓门；湖上的天气讲了一半的故事，雾、雨和一场让船停了一周的霜冻。",
    "最后一章搬到城里，水的气息没了，有些可惜，但这仍是一本安静而聪明的书，我已经推荐给了三个朋友。",
]
CHROME = ("<p class='follow'>点击关注湖畔书评，每周推荐好书。</p><div class='share'>分享到：<a href='#'>微信</a> "
          "<a href='#'>微博</a></div><div class='ed'>责任编辑：王林</div><p class='tags'>标签：<a href='#'>小说</a></p>")


def test_a_chinese_reprint_ban_closing_the_review_goes_with_chrome_after_it():
    notice = "<p class='note'>本文为湖畔书评原创。撰文：李青；编辑：王林。未经书面授权不得转载。</p>"
    text, rules = cleaned(paras(*ZH) + notice + CHROME, "hupan.example")
    assert "不得转载" not in text and all(p in text for p in ZH)


def test_an_english_reprint_request_closing_the_review_goes_with_chrome_after_it():
    en = ["The novel follows a ferry pilot on a northern lake who notices that a stranger crosses with her every morning "
          "and never comes back in the evening, and who starts to keep a notebook about him.",
          "What carries it is patience: the author lets a suspicion harden over two hundred pages without a single "
          "raised voice, and the lake weather does half of the storytelling.",
          "The last chapter moves to the city and loses the water, but it is still a quiet, clever book."]
    notice = "<p>Reproduction without permission is prohibited.</p>"
    chrome = ("<p>Share this:</p><div class='share'><a href='#'>X</a> <a href='#'>Mastodon</a></div>"
              "<p class='tags'>Tags: <a href='#'>fiction</a></p><p class='cat'>Filed under <a href='#'>Reviews</a></p>")
    text, rules = cleaned(paras(*en) + notice + chrome, "lake.example")
    assert "without permission" not in text and all(p in text for p in en)


def test_a_review_speaking_of_a_reprint_and_the_terms_before_prose_stay():
    reprint = "<p>这本书1998年的重印本比新版好，译文更贴近原作，注释也更完整，值得去旧书店找一找。</p>"
    text, rules = cleaned(paras(*ZH) + reprint + CHROME, "hupan.example")
    assert "重印本" in text
    notice = "<p>未经书面授权不得转载。</p>"
    text, rules = cleaned(paras(ZH[0]) + notice + paras(ZH[1], ZH[2]) + CHROME, "hupan.example")
    assert "不得转载" in text
