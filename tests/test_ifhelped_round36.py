"""Round 36, in our own words and markup.

ifhelped: a closing line that asks the reader to act on the condition that the post pleased or helped them ("もしこの
感想がお役に立ったら、ハートを押してください", "覺得這篇有幫助的話，歡迎按讚", "이 서평이 도움이 되셨다면 하트 눌러 주세요",
"If you enjoyed this review, please pass it on"), or to sign up for the blog's update notices, goes from the post's
tail. Near misses: the same line in the middle of the review, a reader's suggestion on the condition the *book*
pleased ("この小説が気に入ったら続編も読んでください"), a line of the review that says the book helped, a score line.
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract import extract_page
from scraper.extract.ifhelped import conditional_ask


def _p(text: str):
    return lxml.html.fromstring(f"<p>{text}</p>")


@pytest.mark.parametrize("line", [
    "今回の感想がお役に立ちましたら、ハートを押していただけると嬉しいです。",
    "参考になったら、ブックマークをお願いします。",
    "この記事が面白かったら、読書仲間にも教えてください。",
    "覺得這篇有幫助的話，歡迎按讚收藏。",
    "如果这篇书评对你有用，请转给身边爱读书的朋友。",
    "이 서평이 도움이 되셨다면 하트 한 번 눌러 주세요.",
    "도움이 되셨다면 이웃 친구에게도 공유 부탁드려요.",
    "If you enjoyed this review, please pass it on to a friend who reads.",
    "新しい書評の更新通知がほしい方は、メール登録をお願いします。",
    "想收到新文更新提醒的朋友，请加入读者群。",
])
def test_a_conditional_ask(line):
    assert conditional_ask(_p(line))


@pytest.mark.parametrize("line", [
    "この小説が気に入ったら、続編の『冬の港』もぜひ読んでください。",  # the book pleased, not the post
    "この本が参考になったら、次は同じ著者の随筆をどうぞ読んでください。",
    "这本书对你有用的话，请先读第三章。",
    "If you liked this book, please try her first novel too.",
    "作者の言葉は、私の仕事の役に立ちました。",
    "気に入ったら、次は文庫版のあとがきも読んでみてね。",  # pleasure without the post named: may be the book's
    "마음에 드셨다면 같은 작가의 단편집도 읽어 보세요.",  # the review's own words: no condition, no ask
    "참고로 이 책은 두 번 읽어야 제맛이다.",
    "参考になったら嬉しい。評価：★★★★☆ 4/5 ください",  # a score line
    "<h3>参考になったら押してください</h3>",
])
def test_near_misses(line):
    block = lxml.html.fromstring(line) if line.startswith("<") else _p(line)
    assert not conditional_ask(block)


PARAS_JA = [
    "港町の古い写真館を継いだ青年が、客の残したネガを一枚ずつ焼き直していく話で、章ごとに一人の客の人生が浮かび上がる構成になっている。"
    "派手な事件は起きないが、現像液の匂いまで伝わってくるような細部の書き込みが続き、読んでいるうちに自分の家のアルバムを開きたくなった。",
    "後半、青年が自分の父親の写ったネガを見つける場面は、説明を削ぎ落とした数行だけで終わる。そこで泣かせにこないのがこの作者らしく、"
    "読み終えてから何日も、あの暗室の赤い灯りのことを考えていた。写真に興味がなくても、家族の話として十分に届く一冊だと思う。",
]
PARAS_KO = [
    "바닷가 마을의 낡은 사진관을 물려받은 청년이 손님들이 맡기고 찾아가지 않은 필름을 한 장씩 다시 인화하는 이야기다. "
    "장마다 한 사람의 인생이 떠오르는 구성이라 천천히 읽게 되고, 현상액 냄새까지 느껴질 만큼 세부 묘사가 촘촘하다.",
    "후반부에 청년이 아버지가 찍힌 필름을 발견하는 장면은 몇 줄로 조용히 끝난다. 억지로 울리지 않는 그 절제가 좋았고, "
    "책을 덮은 뒤에도 며칠 동안 암실의 붉은 불빛이 떠올랐다. 사진에 관심이 없어도 가족 이야기로 충분히 와닿는 책이다.",
]


def _page(paras, tail):
    return ("<html><head><title>写真館の夜 - 本の棚</title></head><body><main><article><h1>写真館の夜</h1>"
            + "".join(f"<p>{t}</p>" for t in paras) + tail + "</article></main></body></html>")


def test_the_ask_goes_from_the_tail_ja():
    ask = "この書評が参考になったら、しおりボタンをお願いします。"
    body = extract_page(_page(PARAS_JA, f"<p>{ask}</p>"), "https://books.example.jp/entry/42").body_text
    assert "しおりボタン" not in body and "暗室の赤い灯り" in body


def test_the_ask_goes_from_the_tail_ko():
    ask = "이 리뷰가 도움이 되셨다면 공감 버튼 눌러 주세요."
    body = extract_page(_page(PARAS_KO, f"<p>{ask}</p>"), "https://books.example.kr/post/42").body_text
    assert "공감 버튼" not in body and "암실의 붉은 불빛" in body


def test_the_same_line_mid_review_stays():
    ask = "この記事が面白かったら、ぜひ友だちにも教えてください。"
    page = _page([PARAS_JA[0], ask, PARAS_JA[1]], "")
    body = extract_page(page, "https://books.example.jp/entry/43").body_text
    assert "友だちにも教えて" in body


def test_a_suggestion_about_the_book_stays_at_the_end():
    tip = "この小説が気に入ったら、同じ作者の短編集も読んでみてください。"
    body = extract_page(_page(PARAS_JA, f"<p>{tip}</p>"), "https://books.example.jp/entry/44").body_text
    assert "短編集も読んで" in body


@pytest.mark.parametrize("line", ["頂いたサポートは、古本屋での次の一冊に使わせていただきます。", "收到的打赏会用来买下一本书。",
                                  "보내주신 후원은 다음 책을 사는 데 쓰겠습니다.", "Tips go towards buying more books for this shelf."])
def test_what_support_pays_for(line):
    assert conditional_ask(_p(line))


@pytest.mark.parametrize("line", ["家族のサポートがあって、主人公はようやく店を開く。", "他把朋友的赞助都用在了赌桌上，这一段写得很狠。",
                                  "The tips she earns at the diner go to her brother's school fees."])
def test_support_near_misses(line):
    assert not conditional_ask(_p(line))
