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


def tip_link(block: HtmlElement) -> bool:
    """A link of the block whose whole label is a tip jar's (see the module docstring)."""
    for a in links_of(block):
        label = text_of(a).strip()
        if label and count_words(label) <= 5 and TIP_LABEL.search(label):
            return True
    return False


def tip_linked(box: HtmlElement) -> bool:
    """The box links a tip jar: a link labelled as one (``tip_link``) or going out to a tipping service
    (``promo.is_support_link``: platform knowledge, "cafecito.app", "ko-fi.com/…"), the box's button to pay the writer;
    the site's own support page ("/support") is another rule's (promo's call to action, with its sign-off sweep)."""
    from .promo import is_support_link  # (late: promo reads this module)
    hrefs = [(a.get("href") or "").strip() for a in links_of(box)]
    return tip_link(box) or any(h.startswith(("http://", "https://", "//")) and is_support_link(h) for h in hrefs)
