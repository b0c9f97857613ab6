"""An advertising slot a newsletter or a plain-text page sets between the paragraphs of a post, told by its frame:

- the opening line is a rule of dashes, bars or equals signs with a short advertising label set in it
  ("――― PR ―――", "━━━ 広告 ━━━", "===== ANZEIGE =====", "-- Publicidad --"): the label is one of a small table of
  the words publishers print over a paid slot (PR, AD, advertisement, sponsored, and their words in our languages);
- the slot runs from it to the next line that is only a rule, at most a few lines down, and goes whole; with no
  closing rule in reach, only the opening line goes, with the lines right after it that open with the same label.

A rule line with any other words in it (a section heading set in rules: "――― 今週の一冊 ―――") is the post's own.
``edges.mark`` applies it.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of

_RULE = r"[-‐‑‒–—―─━═=~〜～_*＊・•·◆◇■□]"
# the words printed over a paid slot, in our languages
AD_LABEL = (r"PR|AD|ADS|ADV|advert(?:isement|orial)?|sponsored|sponsor|anzeige|werbung|publicidad|publicidade|pubblicità|"
             r"publicité|reclame|advertentie|reklam[aą]?|реклама|διαφήμιση|hirdetés|mainos|annonse|annons|iklan|quảng\s+cáo|"
             r"โฆษณา|विज्ञापन|বিজ্ঞাপন|إعلان|פרסומת|広告|スポンサー|广告|廣告|赞助|贊助|광고|스폰서")
_OPENING = re.compile(rf"^\s*{_RULE}{{2,}}\s*[\[【(（〔<]?\s*(?P<label>{AD_LABEL})\s*[\]】)）〕>]?\s*{_RULE}{{2,}}\s*$", re.I)
_CLOSING = re.compile(rf"^\s*{_RULE}{{4,}}\s*$")
_LABEL_LED = re.compile(rf"^\s*(?:{AD_LABEL})(?:\s|[:：|｜]|$)", re.I)
REACH = 6  # lines of a slot at most, its frame included


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the framed advertising slots among a post body's blocks (module docstring)."""
    texts = [text_of(block) for block in items]
    for i, text in enumerate(texts):
        if i in drop or not _OPENING.match(text):
            continue
        close = next((k for k in range(i + 1, min(len(items), i + REACH)) if _CLOSING.match(texts[k])), None)
        if close is not None:
            slot = range(i, close + 1)
        else:
            end = i + 1
            while end < len(items) and _LABEL_LED.match(texts[end]):
                end += 1
            slot = range(i, end)
        for k in slot:
            if k not in drop:
                drop[k], boxes[k] = "advertising slot", items[k]
