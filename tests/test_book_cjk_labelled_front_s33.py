"""A Japanese, Chinese or Korean bibliographic record line under its label that names the author first, then the
book's bracketed title and its house ("書誌：A『T』文庫", "书目信息：A《T》，出版社") (bookcjkline.labelled_front).
Near misses: the same shape in a sentence with no record label, a 「」 quotation after the name, the label over a
chapter's title with no house or year, and a record label on an event notice that stays no review."""

from __future__ import annotations

from scraper.extract import extract_page

_JA = [
    "駅前の古書店で見つけた一冊。港町の灯台守の一家を、三代にわたって描いた長い小説だ。",
    "嵐の夜の場面がとくに印象に残った。文章は淡々としているのに、読んでいるこちらの呼吸まで浅くなる。",
    "祖父、母、そして末の娘と、語り手が章ごとに入れ替わる。同じ出来事が別の目で語り直されるたびに、家族の秘密が少しずつ見えてくる。",
    "灯台の仕事そのものの描写も細かい。レンズを磨く手順、霧の夜に鳴らす信号、冬の補給船を待つ日々。知らない世界なのに、手ざわりまで伝わってくる。",
    "いちばん好きなのは、母が一人で灯台を守った冬の章だ。誰にも頼れない数か月を、彼女は帳面に短い記録だけを残して乗り切る。その記録が後半で娘の手に渡る場面には泣かされた。",
    "終盤はやや駆け足に感じたが、最後の一行で全部が報われる。秋の夜長にすすめたい。",
]


def _book(last: str, paragraphs: list[str] = _JA, headline: str = "週末に読んだ本のこと", lang: str = "ja"):
    body = "".join(f"<p>{p}</p>" for p in [*paragraphs, last])
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} - 港の本棚</title></head><body>'
            f'<article class="entry"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            f'</article></body></html>')
    return extract_page(html, "https://minato-hondana.example.jp/entry/2025/03/01/120000")


def test_labelled_record_names_author_then_title():
    record = _book("書誌：森川沙織『灯台の三代記』潮風文庫")
    assert (record.book_title, record.book_author) == ("灯台の三代記", "森川沙織")


def test_chinese_labelled_record_with_house_in_brackets():
    paragraphs = ["这是一部写海边小镇三代人的长篇小说，叙述缓慢，细节很多。", "风暴那一章写得最好，读完久久不能平静。",
                  "祖父、母亲和小女儿轮流讲述，同一件事换一个人讲，家里的秘密就露出一点。", "灯塔的日常写得很细：擦镜片、雾夜的信号、冬天等补给船的日子。",
                  "我最喜欢母亲独自守灯塔的那个冬天，她只在本子上留下短短的记录，后来这本子传到了女儿手里。", "结尾略显仓促，但整体值得一读。", "评分：4/5"]
    record = _book("书目信息：周海宁《灯塔人家》（海潮出版社，2021）", paragraphs, "周末读书笔记", "zh")
    assert (record.book_title, record.book_author) == ("灯塔人家", "周海宁")


def test_same_shape_in_a_sentence_is_no_record():
    # no label: a sentence that mentions a name and a bracketed title is not the book's record line
    record = _book("友人の森川沙織『灯台の三代記』をすすめられたのがきっかけだった")
    assert record.book_author != "森川沙織"


def test_a_quotation_in_corner_brackets_is_no_title():
    record = _book("書誌：森川沙織「灯りは消さないで」と母は言った")
    assert record.book_title != "灯りは消さないで"


def test_label_without_house_or_year_is_no_record():
    record = _book("書誌：森川沙織『第三章　嵐の夜』")
    assert record.book_title != "第三章　嵐の夜"


def test_record_label_on_an_event_notice_keeps_it_no_review():
    notice = ["来月の読書会のお知らせです。日時は四月十二日（土）午後二時から、会場は駅前の公民館二階です。",
              "参加費は無料、定員は二十名。申し込みはこちらのフォームからお願いします。"]
    record = _book("書誌：森川沙織『灯台の三代記』潮風文庫", notice, "四月の読書会のお知らせ")
    assert not record.is_review
