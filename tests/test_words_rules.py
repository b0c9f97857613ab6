"""The cleaning and classifying rules count words with words.count_words: a paragraph of Chinese, Japanese or Thai
is many words, not the one or two its spaces say, and a short label in those scripts stays short.

One test per rule whose decision the count changes, on our own text, each beside the near miss that keeps its old
outcome (a short label, a real short line).
"""

from __future__ import annotations

from lxml import html

from scraper.extract.classify import _closing_list_books, _other_medium, _own_verdict
from scraper.extract.controls import _short
from scraper.extract.figures import keep_figure_text
from scraper.extract.mediumpage import thread

# our own paragraphs: thirty-five to fifty words each, one or two by their spaces
ZH = "这本小说写的是一个守塔人和女儿在海岛上度过的十年，岛上只有风、雾和一台时好时坏的收音机，日子过得很慢，可每一页都让人舍不得翻过去。"
JA = "港町の小さな図書室で最後の一年を過ごす司書と、毎日やってくる中学生の話です。大きな事件は起きませんが、場面のひとつひとつがていねいです。"
TH = "เรื่องราวของผู้ดูแลประภาคารกับลูกสาวบนเกาะเล็กๆ กลางทะเลที่มีแต่ลมและหมอกตลอดทั้งปีเป็นเวลาสิบปีเต็ม"


def test_a_verdict_line_is_a_line_not_a_paragraph():
    assert _own_verdict("推荐指数：4/5")
    # a paragraph of a forum's flattened scores after a label is not the post's own verdict
    assert not _own_verdict("推荐指数：4/5。" + ZH * 2)


def test_read_alikes_close_a_post_of_prose_in_any_script():
    lines = [ZH, ZH, ZH, ZH, ZH, "如果喜欢这本书，也可以读：", "- 《北方的河》陈默", "- 《纸船》林夕照"]
    places = {"北方的河": [6], "纸船": [7]}
    assert _closing_list_books(lines, places) == 2
    # a paragraph after the list: the list does not close the post
    assert _closing_list_books(lines + [ZH], places) == 0
    # too little prose before it
    assert _closing_list_books([ZH[:30]] + lines[5:], {"北方的河": [2], "纸船": [3]}) == 0


def test_the_opening_is_its_first_paragraphs_in_any_script():
    game = "The Lamp House is a cooperative board game from a small studio in Porto."
    assert _other_medium(f"{game}\n\n{JA}", [])
    # a Japanese post whose third paragraph quotes an English blurb opens with its own paragraphs
    assert not _other_medium(f"{JA}\n\n{JA}\n\n{game}", [])


def _post(who: str, text: str) -> str:
    return (f'<div class="message"><div class="message-user"><a href="/members/{who}.1/" class="username">{who}</a>'
            f'</div><div class="message-body"><p>{text}</p></div></div>')


def test_a_long_review_with_replies_is_not_a_thread_in_any_script():
    review = JA * 4
    page = html.fromstring('<div class="block-body">' + _post("hoshi", review) + _post("kumo", "読んでみます！")
                           + _post("sora", "私もこの本が好きです。" + JA[:40]) + "</div>")
    assert thread(page) is None


def test_three_voices_of_a_few_sentences_each_are_a_thread():
    page = html.fromstring('<div class="block-body">' + _post("hoshi", ZH) + _post("kumo", ZH[:40])
                           + _post("sora", ZH[10:60]) + "</div>")
    assert "3 people" in thread(page)


def test_a_sentence_written_in_a_div_is_a_paragraph_in_any_script():
    body = html.fromstring(f"<div><p>{ZH * 14}</p><div>{JA}</div><div>タグ</div></div>")
    keep_figure_text(body)
    assert [el.tag for el in body] == ["p", "p", "div"]  # the label stays a box


def test_a_box_of_prose_is_not_a_control_box():
    assert _short(html.fromstring("<div><button>詳しく見る</button> 前の記事</div>"))
    assert not _short(html.fromstring(f"<div><button>▼</button>{JA}</div>"))
    assert not _short(html.fromstring(f"<div><button>▼</button>{TH}</div>"))


# -- the cleaning rules (boilerplate, promo, chrome) ---------------------------------------------------------------

from scraper.extract.boilerplate import _is_label, _prose  # noqa: E402
from scraper.extract.chrome import hashtags  # noqa: E402
from scraper.extract.datelines import date_led, date_only, dateline  # noqa: E402
from scraper.extract.promo import promo_class, set_apart  # noqa: E402


def _body(inner: str):
    return html.fromstring(f"<div>{inner}</div>")


def test_a_paragraph_ending_in_a_colon_is_no_label():
    assert _is_label(html.fromstring("<p>あわせて読みたい：</p>"))
    assert not _is_label(html.fromstring(f"<p>{JA}特に印象に残ったのは次の三つの場面です：</p>"))


def test_a_paragraph_in_any_script_is_prose():
    body = _body(f"<p>{ZH}</p><p>相关文章</p>")
    assert _prose(body[0], body)
    assert not _prose(body[1], body)


def test_a_styled_wrapper_around_the_whole_post_sets_nothing_apart_in_any_script():
    post = _body(f'<div class="content-box"><p>{JA}</p><p>{JA}</p><p>{JA}</p><p>{JA}</p><p>{JA}</p></div>')
    assert not set_apart(post[0][0], post)
    note = _body(f'<p>{JA}</p><div class="content-box"><p>この記事は個人の感想です。</p></div>')
    assert set_apart(note[1][0], note)


def test_a_wrapper_around_the_whole_post_is_no_promotional_box_in_any_script():
    post = _body(f'<div class="post-support"><p>{ZH}</p><p>{ZH}</p><p>{ZH}</p><p>{ZH}</p><p>{ZH}</p></div>')
    assert not promo_class(post[0][0], post)
    box = _body(f'<p>{ZH}</p><div class="post-support"><p>喜欢的话请支持一下。</p></div>')
    assert promo_class(box[1][0], box)


def test_a_paragraph_opening_with_a_date_is_not_the_post_s_date():
    assert date_only(html.fromstring("<p>2026年11月18日</p>"), 0, 6) == "dateline"
    # one long sentence of the review (no comma: a single run of letters between the date and the full stop)
    opening = "2026年11月3日の夜に港町の小さな図書室で最後の一年を過ごす司書と毎日やってくる中学生の話を読み終えてしばらく動けなかった。"
    assert date_only(html.fromstring(f"<p>{opening}</p>"), 0, 6) is None


def test_an_emphasised_opening_paragraph_with_a_year_is_no_dateline():
    short = _body("<p><em>新潮社 2019</em></p><p>本文</p>")
    assert dateline(short[0], short, 0) == "dateline"
    long = _body(f"<p><em>村井遥（2019）。{JA}</em></p><p>本文</p>")
    assert dateline(long[0], long, 0) is None


def test_hashtags_and_date_led_lines_are_short_in_any_script():
    assert hashtags(html.fromstring("<p>#読書 #小説 #図書室</p>")) == "tags"
    assert hashtags(html.fromstring(f"<p>#読書 #小説 #図書室 {JA}{JA}</p>")) is None
    assert date_led(html.fromstring("<p>2026-11-20 ライブラリーナイト</p>"))
    assert not date_led(html.fromstring(f"<p>2026-11-20 {JA}</p>"))


# -- the review's notes (notes.py; the marked notes' tests are in test_words_notes.py) --------------------------------

from scraper.extract.notespoilers import _is_marker  # noqa: E402


def test_a_spoiler_marker_is_a_short_line():
    assert _is_marker("Spoilers below")
    assert not _is_marker("Spoilers below. " + JA)


# -- the book's opening (bookopening.py) -------------------------------------------------------------------------------

from scraper.extract.bookopening import marked_paragraphs  # noqa: E402


def test_an_opening_paragraph_in_any_script_is_read_for_its_marked_title():
    body = html.fromstring("<div><p><em>雾中灯塔</em>是王晓岚写的一本小说，写一个守塔人和女儿在海岛上度过的十年。</p><p>目录</p></div>")
    assert marked_paragraphs(body) == ["“雾中灯塔”是王晓岚写的一本小说，写一个守塔人和女儿在海岛上度过的十年。"]  # the label is not one
