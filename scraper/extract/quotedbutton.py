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
- a verb of pressing beside it (``_PRESS_BEFORE``, ``_PRESS_AFTER``) and a bidding of the reader (``ifhelped.ASK``
  outside the verb, or the verb opening its clause).

What stays: a story's "she clicks “Like” on his photo" (no bidding), a quoted word that is no button of the page
("press “Useful Idiots” into the hands of …" when the page has no such button), a bidding to press a button the page
lacks (``readeractions`` and ``closingask`` judge those at the post's end).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .ifhelped import ASK
from .nodes import HEADING_TAGS, NOT_LINES, text_of
from .rating import has_score
from .readeractions import _PRESS
from .words import count_words

RULE = "ask naming the page's button"
# a quoted span, short: the button's label as written
_QUOTED = re.compile(r"[「『“\"«„‘'](?P<label>[^「」『』“”\"«»„‘’'\n]{1,20})[」』”\"»“’']")
# the verbs of pressing before the quoted label: zh, and ``readeractions``' (en de fr es pt it nl sv da/nb pl ru),
# a preposition or article after them ("click on the", "klickt auf")
_PRESS_BEFORE = re.compile(rf"(?:点击|點擊|点一下|點一下|点|點|按下?|(?<!\w){_PRESS}(?:\s+(?:on|the|auf|den|sur|le|en|el|"
                           r"no|o|sul|il|op|de|på|na|в|на))*)\s*$", re.I)
# the verbs of pressing after it: ja "を押して", "をクリック", ko "을 눌러", "를 클릭"
_PRESS_AFTER = re.compile(r"^\s*(?:を|の)?\s*(?:ボタン\s*を?\s*)?(?:押|クリック|タップ)|^\s*(?:버튼\s*)?(?:을|를)?\s*(?:눌러|누르|클릭)")
_CLAUSE_START = re.compile(r"(?:^|[.!?。！？~～])\W*$")  # (a sentence's start: the line's or after a stop)
_STOP = re.compile(r"[.!?。！？~～]")
_CLAUSE = re.compile(r"[.!?;:,，。！？；：、~～]")
_ASK_WORDS = 12  # (the bidding sentence short: "Click “Helpful” if this review helped you!")


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
        before, after = text[:m.start()], text[m.end():]
        verb, pressed = _PRESS_BEFORE.search(before[-20:]), _PRESS_AFTER.match(after)
        lead = before[:len(before) - len(verb.group())] if verb else before
        # (the reader bidden: ``ifhelped.ASK``'s polite words in the verb's own clause, before it or after the label,
        # or the verb opening a short sentence; a story's "又请邻居们也去点" further on, or its "规定很荒唐：点击…才能下班"
        # and its long "Tap “Like”, scroll, tap again: that is …", bid no reader: rev-bpchrome37)
        tail = after[pressed.end():] if pressed and not verb else after
        if ASK.search(_CLAUSE.split(lead)[-1] + " " + _CLAUSE.split(tail, maxsplit=1)[0]) \
                or verb is not None and _CLAUSE_START.search(lead) \
                and count_words(verb.group() + m.group() + _STOP.split(after, maxsplit=1)[0]) <= _ASK_WORDS:
            return True, labels
    return False, labels
