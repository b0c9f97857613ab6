"""A line bidding the reader press one of the page's own buttons, the button named in quotation marks, wherever it
stands in the body: "欢迎点击“有用”支持一下～", "Please hit “Helpful” if this was of use", "「参考になった」を押してください".

The platform (a review catalogue, a forum, a shop) prints its vote buttons beside the post ("有用 126", "Helpful (9)");
the cleaning drops them and notes their labels (``spliced.button_labels``). A line of the body that names one of those
labels in quotation marks, right after a verb of pressing (or right before it, as Japanese and Korean put it), and
bids the reader (a polite bidding word, or the verb opening its clause) is the platform's ask, not the review's, even
between the review's paragraphs. Its shape:

- short (40 words at most; 80 as the unspaced scripts count), not a heading, list, quotation or table, no score;
- a quoted span of one to four words (``_QUOTED``) that is, as written, a label of the page's buttons (read only when
  such a span is there: the labels are the page's, read once);
- a verb of pressing beside it (``_PRESS_BEFORE``, ``_PRESS_AFTER``) and a bidding of the reader (``_BID``).

What stays: a story's "she clicks “Like” on his photo" (no bidding), a quoted word that is no button of the page
("press “Useful Idiots” into the hands of …" when the page has no such button), a bidding to press a button the page
lacks (``readeractions`` and ``closingask`` judge those at the post's end).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import HEADING_TAGS, NOT_LINES, text_of
from .rating import has_score
from .words import count_words

RULE = "ask naming the page's button"
# a quoted span, short: the button's label as written
_QUOTED = re.compile(r"[「『“\"«„‘'](?P<label>[^「」『』“”\"«»„‘’'\n]{1,20})[」』”\"»“’']")
# the verbs of pressing before the quoted label: zh, en, fr, es, pt, it, de, nl, ru, pl, id, vi, tr
_PRESS_BEFORE = re.compile(
    r"(?:点击|點擊|点一下|點一下|点个|點個|点|點|按下?|轻触|輕觸|"
    r"(?<!\w)(?:click(?:ing)?|press(?:ing)?|hit(?:ting)?|tap(?:ping)?|cliquez|cliquer|appuyez|pulsa|haz\s+clic|clique|"
    r"toque|clicca|premi|klick(?:t|en)?|drück(?:t|en)?|klik|druk|нажмите|нажать|кликните|kliknij|naciśnij|tekan|"
    r"bấm|nhấn|tıkla(?:yın)?)(?:\s+(?:on|the|sur|le|en|el|em|no|o|su|sul|auf|den|op|de|на|vào|nút))*)\s*$", re.I)
# the verbs of pressing after it: ja "を押して", "をクリック", ko "을 눌러", "를 클릭"
_PRESS_AFTER = re.compile(r"^\s*(?:を|の)?\s*(?:ボタン\s*を?\s*)?(?:押|クリック|タップ)|^\s*(?:버튼\s*)?(?:을|를)?\s*(?:눌러|누르|클릭)")
# the reader bidden: a polite word of asking or welcoming, in zh, ja, ko, en, fr, es, pt, it, de, nl, ru, pl, id, vi,
# tr (or the verb opening its clause: ``_opens_clause``)
_BID = re.compile(
    r"欢迎|歡迎|请|請|麻烦|麻煩|记得|記得|帮忙|幫忙|支持一下|ください|下さい|お願い|주세요|부탁|"
    r"(?<!\w)(?:please|pls|s['’]il\s+(?:vous|te)\s+pla[iî]t|por\s+favor|per\s+favore|bitte|alsjeblieft|graag|"
    r"пожалуйста|proszę|tolong|hãy|nhé|lütfen)(?!\w)", re.I)
_CLAUSE_START = re.compile(r"(?:^|[.!?;:,，。！？；：、~～])\W*$")


def quoted_button_ask(block: HtmlElement, labels: list[str] | None, read_labels) -> tuple[bool, list[str] | None]:
    """Whether the block bids the reader press a page's button named in quotes; and the page's labels, read now if
    they had to be (``read_labels()``: the page's button labels)."""
    if block.tag in HEADING_TAGS or block.tag in NOT_LINES:
        return False, labels
    text = text_of(block)
    spans = [m for m in _QUOTED.finditer(text)] if text else []
    # (the cheapest test first: a quoted short span beside a verb of pressing)
    spans = [m for m in spans if count_words(m.group("label")) <= 4
             and (_PRESS_BEFORE.search(text[max(0, m.start() - 20):m.start()]) or _PRESS_AFTER.match(text[m.end():]))]
    if not spans or count_words(text) > 80 or len(text.split()) > 40 or has_score(text):
        return False, labels
    if labels is None:
        labels = read_labels()
    names = {label.casefold() for label in labels}
    for m in spans:
        if m.group("label").strip().casefold() not in names:
            continue
        before = text[:m.start()]
        verb = _PRESS_BEFORE.search(before[-20:])
        if _BID.search(text) or verb is not None and _CLAUSE_START.search(before[:len(before) - len(verb.group())]):
            return True, labels
    return False, labels
