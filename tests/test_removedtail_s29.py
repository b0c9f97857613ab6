"""The credit rows closing a post, read among its last blocks even when a share bar's inline items, removed with their
bar, come after them (sitelines.mark, nodes.uncovered): the bar's spans no longer fill the tail's three slots."""

from scraper.extract import extract_page

_URL = "https://lamp.example.org/post/1"


def _page(lang: str, paragraph: str, tail: str, bar: list[str]) -> str:
    body = "".join(f"<p>{paragraph}</p>" for _ in range(3))
    spans = "".join(f"<span>{s}</span>" for s in bar)
    return (f'<html lang="{lang}"><head><title>Review</title></head><body><div class="top"><a href="/">Lampworks</a>'
            f'</div><article><h1>A review of The Keeper</h1><div class="content">{body}</div>{tail}'
            f'<div class="actions">{spans}</div></article></body></html>')


_EN = ("The novel follows a lighthouse keeper through one long winter, and the writing is patient and exact. Each "
       "chapter turns on a small repair, a lamp or a shutter, and the repairs become a way of grieving.")
_JA = "灯台守の一冬を描く小説で、文章は丁寧で正確だ。修理の場面が重なるごとに、喪失の重さが静かに伝わってくる。" * 2
_KO = "등대지기의 긴 겨울을 따라가는 소설로, 문장이 차분하고 정확하다. 수리 장면이 쌓일수록 상실의 무게가 조용히 전해진다. " * 2
_ZH = "小說跟著一位燈塔看守人度過漫長的冬天，文字耐心而精確。每一次修理都像一次哀悼，失去的重量慢慢浮現。" * 2
_HANS = "小说跟着一位灯塔看守人度过漫长的冬天，文字耐心而精确。每一次修理都像一次哀悼，失去的重量慢慢浮现。" * 2


def _text(html: str) -> str:
    return extract_page(html, _URL).body_text


def test_english_writer_credit_over_share_bar():
    text = _text(_page("en", _EN, "<p>Written by: Ann Lee</p>", ["Report", "Share", "Facebook", "X", "Email"]))
    assert "Ann Lee" not in text and "grieving" in text


def test_japanese_desk_credits_over_share_bar():
    text = _text(_page("ja", _JA, "<p>執筆：山田花子</p><p>校正：佐藤一郎</p>", ["通報", "シェア", "LINE", "X", "Facebook"]))
    assert "山田花子" not in text and "佐藤一郎" not in text and "喪失" in text


def test_korean_desk_credits_over_share_bar():
    text = _text(_page("ko", _KO, "<p>편집: 김민지</p><p>교정: 박서준</p>", ["신고", "공유", "카카오톡", "페이스북", "X"]))
    assert "김민지" not in text and "박서준" not in text and "상실" in text


def test_traditional_chinese_desk_credits_over_share_bar():
    tail = "<p>責任編輯：王小明　美編：陳大文</p><p>校對：李美玲</p>"
    text = _text(_page("zh-Hant", _ZH, tail, ["檢舉", "分享", "Facebook", "LINE", "X"]))
    assert "王小明" not in text and "李美玲" not in text and "哀悼" in text


def test_review_last_paragraph_naming_the_books_editor_stays():
    last = "<p>最后要说，本书责任编辑张晓为这部译稿付出很多心血，注释详尽，译名统一，读来几乎没有障碍。</p>"
    text = _text(_page("zh-Hans", _HANS, last, ["举报", "分享", "微信", "微博"]))
    assert "本书责任编辑张晓" in text


def test_credit_quoted_in_the_review_stays():
    quote = "<blockquote><p>责任编辑：周明</p></blockquote><p>版权页上这一行，是这本书唯一提到编辑的地方。</p>"
    text = _text(_page("zh-Hans", _HANS, quote, ["举报", "分享", "微信", "微博"]))
    assert "责任编辑：周明" in text and "唯一提到编辑" in text


def test_english_review_closing_on_a_sentence_about_its_editor_stays():
    last = "<p>Written by: the keeper himself, in a logbook, is how the last chapter opens, and it is the best one.</p>"
    text = _text(_page("en", _EN, last, ["Share", "Facebook", "X"]))
    assert "in a logbook" in text
