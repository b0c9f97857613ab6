"""A Japanese content note set apart with its mark, "※性に関する描写があります" (it contains descriptions concerning sex),
names a hard thing as "性的な描写" does (s37, notewords.HARD); the same words in a sentence of the review, not set apart,
warn of nothing, nor does "性格に関する描写" (descriptions of character). Texts of our own."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ('<html lang="ja"><head><meta charset="utf-8"><title>灯台守の娘を読んで</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+09:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">灯台守の娘を読んで</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_REVIEW = [
    "北村澄子さんの『灯台守の娘』を読みました。岬の灯台で父と暮らす少女が、嵐の夜に流れ着いた青年を助けるところから物語が始まります。",
    "島の人々の会話がとても生き生きしていて、方言の響きまで聞こえてくるようでした。父と娘の距離が少しずつ変わっていく描き方が丁寧です。",
    "後半は展開が早すぎて、もう少し余白がほしかったのですが、最後の一行には思わず声が出ました。静かな小説が好きな人に勧めたい一冊です。",
]


def test_a_set_apart_note_of_sexual_scenes_is_a_content_warning():
    record = extract_page(_page(["<strong>※性に関する描写があります。</strong>", *_REVIEW]),
                          "https://yomu.example.jp/2026/11/toudai")
    assert record.content_warnings, (record.kind, record.reason)


def test_the_same_words_inside_a_review_sentence_warn_of_nothing():
    text = [_REVIEW[0], "恋愛小説ですが、性に関する描写はほとんどなく、むしろ手紙のやりとりが中心です。" + _REVIEW[1], _REVIEW[2]]
    record = extract_page(_page(text), "https://yomu.example.jp/2026/11/toudai")
    assert not record.content_warnings


def test_a_note_on_descriptions_of_character_is_no_warning():
    record = extract_page(_page(["<strong>※性格に関する描写が細かい作品です。</strong>", *_REVIEW]),
                          "https://yomu.example.jp/2026/11/toudai")
    assert not record.content_warnings
