"""A shop's label over a reader's follow-up review: "[追评 after N days]", set alone on its line.

Shops let a buyer add to their review later, and print the addition under the first review with a label of their own
that says how long after the purchase or the first review it came: zh "[购买3天后追评]", "用户15天后追评", "收货30天后追加评论",
ja "【購入1ヶ月後の追記】", ko "[한 달 사용 후 추가 후기]", en "[Updated 2 weeks after purchase]", de "[Nachtrag nach 3
Wochen]". The addition is the reviewer's words and stays; the label is the shop's. Its shape: a short line (a label,
no sentence) that is wholly that label, bracketed or not, naming a span of time (a number or a word for one and a unit:
days, weeks, months) and the follow-up (an addition, an update, a later review), in brackets (unbracketed, only the
shops' own word, 追评). A reviewer's sentence that says they
came back to the book after a month has more than the label, or no word of a follow-up.
"""

from __future__ import annotations

import re

from .nodes import text_of
from .rating import has_score

_SPAN = (r"(?:\d+|[一二两兩三四五六七八九十半]+|한|두|세|a|one|two|three|four|six|ein(?:er|em)?|zwei|drei|vier|un[ea]?|deux|trois|dos|tres)\s*"
         r"(?:天|日|周|週|週間|个月|個月|ヶ月|か月|カ月|ケ月|年|일|주|달|개월|days?|weeks?|months?|tag(?:en)?|wochen?|monat(?:en)?|"
         r"jours?|semaines?|mois|días?|semanas?|mes(?:es)?)")
_FOLLOW_UP = (r"(?:追评|追評|追加评论|追加評論|追加评价|追加評價|追加レビュー|追記|추가\s*(?:후기|리뷰)|후기\s*추가|"
              r"update[ds]?|follow[- ]up|addendum|nachtrag|ergänzung|mise\s+à\s+jour|ajout|actualización|añadido)")
# the elements a label opening a block is set in
_LABEL_TAGS = ("dt", "span", "strong", "b", "em", "i", "small", "div", "p", "label")
_SHOP_WORD = re.compile(r"追评|追評|追加评[论价]|追加評[論價]")
_LABEL = re.compile(rf"^[\[【［(（〔<《]?\s*(?=.{{0,40}}{_SPAN})(?=.{{0,40}}{_FOLLOW_UP}).{{2,40}}?\s*[\]】］)）〕>》]?$", re.I | re.S)


def followup_label(text: str) -> bool:
    """A short line that is only a shop's follow-up label: a span of time and the follow-up word (module docstring)."""
    text = text.strip()
    # (one label: no clause after a comma or a colon, no bracket closed before the line's end)
    if not text or len(text) > 42 or has_score(text) or re.search(r"[。.!?！？]\s*\S|[，,：:；;]|[\]】］)）〕>》]\s*\S", text):
        return False
    # (unbracketed, only the shops' own word: a blogger's "Update after two weeks" heads their own words)
    return bool(_LABEL.match(text)) and (text[0] in "[【［(（〔<《" or bool(_SHOP_WORD.search(text)))


def mark(items: list, drop: dict[int, str], boxes: dict) -> None:
    """Mark each follow-up label among the body's blocks (a line of its own: anywhere), or the label that opens a block
    in an element of its own, the addition after it ("<dl><dt>[label]</dt><dd>…</dd></dl>"): only the label goes."""
    for i, block in enumerate(items):
        if i in drop or block.tag in ("h1", "h2", "h3", "blockquote", "pre", "table", "ul", "ol"):
            continue
        if followup_label(text_of(block)):
            drop[i], boxes[i] = "follow-up label", block
            continue
        first = next((e for e in block.iterdescendants() if isinstance(e.tag, str)), None)
        if first is not None and first.tag in _LABEL_TAGS and not (block.text or "").strip() \
                and followup_label(text_of(first)) and text_of(block).startswith(text_of(first)):
            drop[i], boxes[i] = "follow-up label", first
