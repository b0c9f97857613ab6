"""A short line asking the reader to act on the platform: subscribe, follow, like, vote, comment, share.

Platforms and their bloggers close a post on such a line ("Like and subscribe! 🙏", "구독과 공감 부탁드려요 ㅎㅎ"):
two kinds of action in one line are an ask wherever it stands; one kind is after the review, when the line turns to
the reader (a pictograph, an exclamation, shouting, a smiley). The actions are platform knowledge
(``platforms.READER_ACTIONS``). ``closing_ask`` reads a block for ``chrome.mark_platform_lines``; ``ask_line`` reads
a line of text (a caption's last line: ``chrome.trim_caption_tail``); ``ask_box`` says what goes with the line;
``any_action``, ``ANY_ACTION``, ``PICTOGRAPH``
and ``EMOTICON`` are read by pleas, housekeeping and spliced too. Moved out of chrome as one rule with its word looks.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .casefold import by_first_char, fold, stems
from .nodes import HEADING_TAGS
from .platforms import READER_ACTIONS, SOCIAL_NAME
from .promo import PICTOGRAPH_LEAD, promo_box, text_of
from .rating import has_score
from .words import count_words

# every kind at once, to pass over the many lines that ask nothing in one search
ANY_ACTION = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in READER_ACTIONS.values()), re.I)
PICTOGRAPH = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")
# a smiley typed as text, the way a line turns to the reader: ":)", ";-)", ":D", "^^", "^_^", "ㅎㅎ", "(*^^*)"
EMOTICON = re.compile(r"(?<![\w:])[:;]-?[)D](?!\w)|\^_?\^|ㅎㅎ|ㅋㅋ")

# pieces of text, folded, one of which every match of each holds (casefold.stems): a line holding none is passed over
# without the case-insensitive alternations of a few hundred words, which cost ~60 µs a short line
_ACTION_STEMS, _SOCIAL_STEMS = stems(ANY_ACTION.pattern), stems(SOCIAL_NAME.pattern)
_ACTION_LOOK = re.compile(by_first_char(_ACTION_STEMS))  # (~160 stems: one scan of the line, not ~160 ``in`` tests)
# each kind's pattern behind its own stems' look: a line holding a stem of one kind ("press" of a publisher's name) is
# asked only the patterns whose stems it holds, not the alternation of every kind (~70 µs a line); ANY_ACTION matches
# where one of them does (the same patterns, each case-insensitive as it is)
_KIND_LOOKS = tuple((re.compile(by_first_char(stems(pattern.pattern, pattern.flags))), pattern)
                    for pattern in READER_ACTIONS.values())


def any_action(text: str, low: str):
    return _ACTION_LOOK.search(low) is not None and any(look.search(low) is not None and pattern.search(text)
                                                        for look, pattern in _KIND_LOOKS)


def _social(text: str, low: str):
    return any(map(low.__contains__, _SOCIAL_STEMS)) and SOCIAL_NAME.search(text)


# a code printed for the reader's phone to scan: en, de, es/pt, fr, ru/uk, ar, zh, ja, ko
_QR_CODE = re.compile(r"\bQR[\s-]?(?:code|kode|kód|код)|\bc[óo]digo\s+QR|\bcode\s+QR|رمز\s+QR|扫码|掃碼|扫一扫|掃一掃|"
                      r"二维码|二維碼|QRコード|QR\s?코드", re.I)
# a page, channel or group on a network, what a like is asked for ("like our page", "polub nasz fanpage", "ಪುಟವನ್ನು
# ಲೈಕ್ ಮಾಡಿ"): en, de, fr, es/pt/it, nl, pl, cs, ru/uk, tr, id/ms, vi, tl, sw, ar, fa, hi, bn, kn, te, ta, ml, gu,
# zh, ja, ko
_PAGE = re.compile(r"\b(?:(?:fan)?page|channel|seite|kanal|cha[îi]ne|p[áa]gina|canale?|strona|stron[ęk]\w*|fanpage\w*|"
                   r"kanał\w*|stránk\w*|kanál\w*|страниц\w*|сторінк\w*|канал\w*|паблик\w*|sayfa\w*|halaman|trang|"
                   r"pahina|ukurasa)\b|صفح|پیج|पेज|पृष्ठ|পেজ|পাতা|চ্যানেল|ಪುಟ|ಪೇಜ್|పేజీ|பக்க|പേജ്|પેજ|页面|主页|主頁|公众号|"
                   r"粉丝页|粉絲頁|ページ|페이지|채널", re.I)
_SHOUT = re.compile(r"\b[^\W\d_a-z]{3,}\s+[^\W\d_a-z]{2,}\b")  # two words in capitals: "VOTE AND COMMENT"
# the platform's own button for passing a post on, opening a line: Tumblr's reblog, Substack's restack, a repost
_BUTTON_SHARE = re.compile(r"(?:reblog|restack|repost|retweet|реблог|репост)", re.I)


def closing_ask(block: HtmlElement, at_end: bool) -> str | None:
    """A short line asking the reader to act on the platform: subscribe, follow, like, vote, comment, share.

    Two kinds of action in one line ("subscribe and put a like") is an ask wherever it stands; one kind is, after the
    review's last paragraph, when the line turns to the reader (a pictograph, an exclamation, shouting), or anywhere
    when a pictograph leads it and it names a network or messenger ("📣 Follow our channel on <messenger>").
    A rating line, a heading or a quotation is never one."""
    if block.tag in HEADING_TAGS or block.tag in ("blockquote", "table", "pre", "ul", "ol"):
        return None
    return ask_line(text_of(block), at_end, block.find(".//a") is not None)


def ask_line(text: str, at_end: bool, linked: bool = False) -> str | None:
    # (a closing line signed with a pictograph or naming a network may run longer: unspaced scripts are counted in
    # estimated words)
    if not text:
        return None
    low = fold(text)
    if count_words(text) > (45 if at_end and (PICTOGRAPH.search(text[-3:]) or _social(text, low)) else 35) \
            or not any_action(text, low):
        return None
    kinds = [kind for kind, pattern in READER_ACTIONS.items() if pattern.search(text)]
    if not kinds or has_score(text):
        return None
    if len(kinds) >= 2 or (PICTOGRAPH_LEAD.match(text) and _social(text, low)):
        return "platform ask"
    # after the review, an ask to follow the blog on a network it names ("find my page on Facebook and follow it",
    # "like our Facebook page"), or by the code it prints ("扫码关注…", "scan the QR code and subscribe"); a like only
    # bidden opening the line or given to a page or channel ("polub mnie … konto na Facebooku" is the story's plea)
    if at_end and kinds in (["follow"], ["subscribe"], ["like"]) and (_social(text, low) or _QR_CODE.search(text)) \
            and (kinds != ["like"] or _PAGE.search(text) or READER_ACTIONS["like"].match(text.lstrip(" •·-–—*>»"))):
        return "platform ask"
    if at_end and (PICTOGRAPH.search(text) or "!" in text or "！" in text or _SHOUT.search(text)
                   or EMOTICON.search(text)):
        return "platform ask"
    # (after the review, a line that opens on the bidding to press "Like" or to subscribe: "ចុច Like ទំព័រ …", "Hit
    # the like on our page …", "Subscribe to our letter and get …"; a review's sentence opens on its subject; a linked
    # line is tailasks' subscription ask)
    # ... or on the platform's own button for passing the post on (reblog, restack, repost: "reblog if you …")
    return "platform ask" if at_end and not linked and (kinds in (["like"], ["subscribe"]) or kinds == ["share"]
        and _BUTTON_SHARE.match(text.lstrip(" •·-–—*>»"))) and READER_ACTIONS[kinds[0]].match(text.lstrip(" •·-–—*>»")) else None


def ask_box(block: HtmlElement, body: HtmlElement) -> HtmlElement:
    """What goes with an ask: the box it sits in (``promo.promo_box``), unless a line before it in its own parent (a
    paragraph of its own) holds a score: the review's verdict, the ask written in the same box as the review's last
    lines ("… a gift for my niece." / "My rating: 4.5/5" / "If this helped, press the like button 💛"); then the ask
    alone. (A reader's starred comment in a comment list, a level below the box's prompt, is no verdict beside it.)"""
    box = promo_box(block, body)
    if box is block:
        return box
    return block if any(line.tag in ("p", "div") and not line.xpath(".//p | .//div | .//li")
                        and has_score(text_of(line)) for line in block.itersiblings(preceding=True)) else box
