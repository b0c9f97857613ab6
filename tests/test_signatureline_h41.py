"""signatureline (helper body41b, holdout41 round): a board's signature after a bare "--" line in a pre-formatted post,
each line a <span> and the breaks newlines; in our own words (zh, en), with near misses."""

from __future__ import annotations

from tests.cleaning import clean_in, text_of

ZH = ["這本小說寫一對姊妹在海邊小鎮經營舊書店的十年，節奏很慢，但每一章都有讓人停下來的句子。",
      "我最喜歡的是她們整理過世客人藏書的那一段，寫得很克制，卻讓人鼻酸。",
      "缺點是後半有點拖，不過整體還是很推薦給喜歡安靜故事的人。"]
EN = ["The novel follows two sisters who run a second-hand bookshop in a seaside town for ten slow years.",
      "The best chapter is the one where they sort a dead customer's library, quietly and without fuss.",
      "The second half drags, but I would still recommend it to anyone who likes quiet stories."]


def _post(lines: list[str], tail: str) -> str:
    spans = "\n\n".join(f"<span>{line}</span>" for line in lines)
    return f"<html><body><div id='main-content' class='bbs-screen'>{spans}{tail}</div></body></html>"


def test_signature_after_a_bare_delimiter_goes_zh_en():
    for lines, sig in ((ZH, "海邊書櫃 ｜ 更多讀書筆記在 notes.example/u/seaside"), (EN, "Seaside Shelf | more notes at notes.example/seaside")):
        body, report = clean_in(_post(lines, f"\n\n--\n<span class='f6'>{sig}\n</span>"), "#main-content", "board.example")
        assert sig.split()[0] not in text_of(body), sig
        assert lines[-1][:12] in text_of(body)
        assert "signature" in [r.rule for r in report.removed]


def test_delimiter_inside_a_line_or_long_lines_after_stay():
    # near misses: "--" within a line of the review; the review going on at length after a "--" line
    body, _ = clean_in(_post(EN, "\n\nA pause -- then the last line.\n<span>Seaside Shelf</span>"), "#main-content", "board.example")
    assert "Seaside Shelf" in text_of(body)
    long_after = "".join(f"\n<span>{line}</span>" for line in EN)
    body, _ = clean_in(_post(EN, f"\n\n--\n{long_after}"), "#main-content", "board.example")
    assert "second-hand bookshop" in text_of(body) and text_of(body).count("seaside town") == 2


def test_short_post_keeps_its_lines():
    # near miss: too little text before the delimiter to be a post with a signature
    body, _ = clean_in(_post(["好書。"], "\n\n--\n<span>海邊書櫃</span>"), "#main-content", "board.example")
    assert "海邊書櫃" in text_of(body)
