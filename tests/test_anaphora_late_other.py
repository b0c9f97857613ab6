"""anaphora.references, holdout23 round: a review in Chinese, Japanese or Korean that names its book first and, late in
the text, one other work once (a comparison in passing) still comes back to its book before that; "in the book"
(书里, 書裡) and "the author" (作者, 著者, 저자, ผู้เขียน) are references too. Near misses: two works named at the start (a
comparison), the other work named again, three others (a club's month: this book, the next, the last), a film post.
Our own sentences, not a holdout's."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.anaphora import references


def _page(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f"<article><h1>{title}</h1>{body}</article></body></html>")


ZH_REVIEW = [
    "寒假重讀了林秋的《河口》，第一次讀是十年前，那時只覺得悶，讀到一半就放下了。這次從頭讀到尾，才發現作者的用心。",
    "故事寫一個漁村的三代女人，書裡沒有大事，只有潮水、補網和一封封沒有寄出的信。作者把時間切得很碎，要讀者自己拼起來。",
    "我最喜歡的是祖母那一章，作者只用了幾頁，卻把她一生的委屈寫得清清楚楚。母親這個角色比較單薄，像是為了連接前後兩代而存在。",
    "整體來說節奏偏慢，中段有幾節我承認是跳著讀的，但結尾那場颱風寫得非常好，前面的慢都有了意義。",
    "和同一年出版的《潮間帶》相比，它沒有那麼好讀，但留下的東西更多。",
]
JA_REVIEW = [
    "夏休みに森川凪の『遠い灯台』を読みました。灯台守の父と娘が、閉鎖の決まった灯台で最後の一年を過ごす話です。",
    "著者は大きな出来事を書かず、天気と食事と手紙のことばかりを書きます。最初は退屈でしたが、途中から一日一日の重さが伝わってきました。",
    "特に娘が父の古い日誌を読む場面は、著者の抑えた文章がよく効いていて、何度も読み返しました。一方で、町の人々の描き方はやや類型的です。",
    "終盤の嵐の夜はそれまでの静けさがあるからこそ生きる場面で、読み終えてしばらく何もできませんでした。",
    "同じ年に出た『岬の家』と比べると地味ですが、私はこちらのほうが長く残ると思います。",
]


def test_zh_review_with_one_late_comparison_is_a_review():
    record = extract_page(_page("zh-Hant", "重讀一本十年前放下的書", ZH_REVIEW), "https://example.net/blog/2026/12/hekou")
    assert record.kind == "review", record.reason


def test_ja_review_with_one_late_comparison_is_a_review():
    record = extract_page(_page("ja", "夏に読んだ静かな一冊", JA_REVIEW), "https://example.jp/diary/2026/08/toudai")
    assert record.kind == "review", record.reason


def test_references_before_one_late_other_work():
    text = "读了《河口》。书里没有大事，作者写得很慢，小说的结尾很好。" + "我很喜欢祖母那一章，写得清清楚楚。" * 2 + "和《潮间带》比，它更耐读。"
    assert references(text, "河口") == 3
    # the other work named early (a comparison), named again, or beside two more (a club's month): none the book's
    assert references("读了《河口》和《潮间带》。" + text[6:], "河口") == 0
    assert references(text + "《潮间带》也不错。", "河口") == 0
    assert references(text + "下个月读《海边》，上个月是《山路》。", "河口") == 0


def test_author_and_in_the_book_in_ko_and_th():
    assert references("『겨울 정원』을 읽었다. 저자는 계절을 따라간다. 이 책은 조용하다.", "겨울 정원") == 2
    assert references("อ่านเรื่องนี้จบแล้ว ผู้เขียนเล่าช้า ๆ แต่หนังสือเล่มนี้ดีมาก", "") == 2


def test_club_month_with_three_other_works_stays_no_review():
    paragraphs = [
        "上週六在社區圖書館舉行了十一月的讀書會，這個月讀的是林秋的《河口》，一共來了十二位書友。",
        "大家先聊了書裡三代女人的關係，有人覺得作者寫得太慢，也有人說正是這種慢才讓人相信。",
        "接著讀了幾段祖母的獨白，幾位年長的書友說起了自己的母親，氣氛很好。",
        "有幾位書友順便讀了續篇《潮間帶》，說比這一本更暗，下次再另外約。上個月的《山路》大家反應平平。",
        "十二月要讀的是《海邊的信》，時間改到二十日下午兩點，地點不變，歡迎新朋友。",
    ]
    record = extract_page(_page("zh-Hant", "讀書會紀錄", paragraphs), "https://example.net/club/2026/11/meeting")
    assert record.kind != "review", record.reason
