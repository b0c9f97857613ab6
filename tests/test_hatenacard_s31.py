"""Hatena Blog's own pieces in a post (the s31 round; own words and markup): the shop item card its editor embeds
("hatena-asin-detail": the item's name, an "author / publisher / shop" row), a platform widget (``platforms``), read
for the book before it goes; and the polite ask to press the platform's follow button ("読者になる", "読者登録") as
what keeps the writer going (``ifhelped.VOTE_FUELS``).

Near misses: the review's own record line of the book in a plain paragraph; the book's readers ("この本の読者になる")
in a sentence; a follow button named without the ask."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "雪国の小さな駅で働く青年の一年を描いた連作短編集です。どの話も短いのに、読み終えるたびに駅の待合室の匂いが残ります。",
    "特に好きなのは、終電を逃した旅人と青年がストーブの前で夜を明かす話でした。会話は少ないのに、二人の距離が少しずつ縮まっていくのがわかります。",
    "後半はやや駆け足ですが、最後の春の場面で全部が報われる気がしました。寒い夜にゆっくり読みたい一冊です。",
]
_URL = "https://yukiguni-hon.hatenablog.com/entry/2026/12/02/210000"


def _page(tail: str) -> str:
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    return ("<html><head><title>雪の駅 - 夜の本棚</title></head><body class='page-entry'><article class='entry'>"
            "<h1 class='entry-title'>雪の駅</h1><div class='entry-content hatenablog-entry'>"
            f"{ps}<p>評価：★★★★☆</p>{tail}</div></article></body></html>")


def _text(tail: str) -> str:
    return extract_page(_page(tail), _URL).body_text


def test_item_card_goes():
    card = ("<div class='hatena-asin-detail'><p class='hatena-asin-detail-title'><a href='#'>雪の駅 (光文社文庫)</a></p>"
            "<p class='hatena-asin-detail-info'>作者:森 春香 / 光文社 / Amazon</p></div>")
    text = _text(card)
    assert "作者:森 春香" not in text and "ストーブの前" in text


@pytest.mark.parametrize("line", [
    "気に入っていただけたら、読者になるボタンをポチッと押していただけると更新の励みになります。",
    "読者登録ボタンをクリックしてもらえると励みになります！",
])
def test_ask_to_press_the_follow_button_goes(line):
    text = _text(f"<p>{line}</p>")
    assert line not in text and "春の場面" in text


def test_own_record_line_stays():
    line = "作者：森 春香 / 光文社 / 二〇二五年"
    assert line in _text(f"<p>{line}</p>")


@pytest.mark.parametrize("line", [
    "この本の読者になる人は、きっと押し付けがましくない優しさに励まされると思います。",
    "ブログの読者になるボタンがどこにあるのか、主人公の青年なら絶対に知らないでしょう。",
])
def test_book_readers_and_a_named_button_stay(line):
    assert line in _text(f"<p>{line}</p>")
