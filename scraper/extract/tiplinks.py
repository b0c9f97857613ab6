"""A link labelled as a tip jar: the writer's ask for money, whatever the address it goes to.

Tipping services are many and their pages change address (a payment link of a card processor, a shop's checkout, a
country's wallet), so ``promo.is_support_link`` cannot know them all; the link's own label says what it is: "tip jar",
"buy me a coffee", "Kaffeekasse", "offrez-moi un café", "打赏". A link whose whole label (five words at most) is such
a phrase makes its line an ask (``promo.call_kind``). Lexical by nature: the table covers en, de, fr, es, pt, it, nl,
pl, ru, uk, el, tr, ja, zh, ko. A sentence of the review that says "tip" links no such label.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import links_of, text_of
from .words import count_words

TIP_LABEL = re.compile(
    r"tip\s?jar|tips?\s+jar|buy\s+me\s+a\s+(?:coffee|book|tea)|leave\s+a\s+tip|send\s+a\s+tip|kaffeekasse|trinkgeld|"
    r"spendier\w*\s+mir\s+einen\s+kaffee|spendenkasse|offre[zr]?[- ]moi\s+un\s+caf[ée]|pourboire|inv[ií]tame\s+(?:a\s+)?un\s+caf[ée]|"
    r"propina|gorjeta|pague-me\s+um\s+caf[ée]|offrimi\s+un\s+caff[èe]|mancia|fooienpot|trakteer\s+me|postaw\s+mi\s+kaw[ęe]|"
    r"napiwek|на\s+кофе|чаевые|донат|на\s+каву|κέρασέ\s+με|bahşiş|投げ銭|チップを|打赏|打賞|赞赏|贊賞|후원하기",
    re.I)


# a treat bought for the writer, whatever it is (the tip jar's idiom with the blog's own drink or snack: "Buy me a rum
# punch", "Offrez-moi une crêpe", "Invítame a un mate", "Spendier mir ein Eis"): a whole label of the bid, "me", one
# article and a word or two
TREAT_LABEL = re.compile(
    r"(?:(?:buy|get|shout)\s+(?:me|us)\s+(?:an?|one)|offre[zr]?[- ](?:moi|nous)\s+une?|inv[ií]ta(?:me|nos)\s+(?:a\s+)?una?|"
    r"pag(?:a-me|ue-me|ame)\s+uma?|offrimi\s+una?|spendier(?:t|e)?\s+(?:mir|uns)\s+(?:eine?n?|ein)|postaw\s+mi)"
    r"\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?[.!]?$", re.I)
_TREAT_LINE = 20  # words of the line that opens on the treat's link: a short ask, not a review's sentence


def tip_link(block: HtmlElement) -> bool:
    """A link of the block whose whole label is a tip jar's (see the module docstring), or a short line opening on a
    link labelled as a treat bought for the writer (TREAT_LABEL; a book titled so, linked inside the review's sentence,
    opens no line)."""
    for a in links_of(block):
        label = text_of(a).strip()
        if label and count_words(label) <= 5 and TIP_LABEL.search(label):
            return True
    # (the line's first link, with an address or none: a button the tip widget's script wires up)
    first = next(block.iter("a"), None)
    label, text = (text_of(first).strip(), text_of(block).strip()) if first is not None else ("", "")
    return bool(label) and text.startswith(label) and count_words(text) <= _TREAT_LINE and bool(TREAT_LABEL.match(label))


def tip_linked(box: HtmlElement) -> bool:
    """The box links a tip jar: a link labelled as one (``tip_link``) or going out to a tipping service
    (``promo.is_support_link``: platform knowledge, "cafecito.app", "ko-fi.com/…"), the box's button to pay the writer;
    the site's own support page ("/support") is another rule's (promo's call to action, with its sign-off sweep)."""
    from .promo import is_support_link  # (late: promo reads this module)
    hrefs = [(a.get("href") or "").strip() for a in links_of(box)]
    return tip_link(box) or any(h.startswith(("http://", "https://", "//")) and is_support_link(h) for h in hrefs)
