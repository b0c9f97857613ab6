"""The blog's own affiliate statement, inside the post body, with no link in it: "Panel Notes is a member of the
Bookfarm affiliate programme; buying through our links sends a little our way", ca "Enllaç afiliat: si compres …, el
blog rep una petita comissió", hr "Ovaj tekst sadrži partnerske poveznice; …", ja "※Amazonのアソシエイトとして、…は
適格販売により収入を得ています".

``adnotice`` takes the notice that names the post as what contains the links, and the buy link declared an affiliate
one; this is the sentence that speaks for the blog about the programme, the link named in words only. Its shape, in any
language:

- it names the affiliate or partner programme or link (``adnotice.PROGRAMME``);
- it speaks in the blog's voice, not the reviewer's: the blog or site named, the first person plural ("our
  links", "našeho partnera"), or, in a note typeset apart or opened by a note mark (※), the commission or
  earning it brings (``VOICE``; in the review's plain prose a character's scheme earns a commission too, so there the
  earning speaks for the blog only with "we"/"our" a few words before it: "we may earn a small commission");
  or, typeset apart, the programme as the note's label in any voice (``_labelled``: cy "Cysylltiadau cyswllt: os
  prynwch …");
- a short line (40 words at most; 80 typeset apart, as the unspaced scripts count), not a heading, quotation, list or
  table, no score, no free copy's note;
- among the first or the last three lines left in the body, or after the review's last paragraph (no line of
  30 words or more after it), or anywhere when typeset apart (small print, wholly in
  italics, a box of its own: ``promo.set_apart``, ``promo.own_wrapper``).

The advertising label (``adnotice.ad_label``: sv "Annonslänk: …") goes anywhere too when typeset apart so.

What stays: a review's sentence about buying the book ("I bought my copy at the little shop on the square") names no
programme; a character's affiliate scheme in the review's prose is neither in the blog's voice nor set apart; a
reviewer's "partner" (a spouse) is no partner link.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .adnotice import _BLOCKED, _EDGE, EARNED_TH, PROGRAMME, ad_label  # (the same blocks passed over, the same edges)
from .nodes import text_of
from .notewords import NOTE_MARK
from .promo import own_wrapper, promo_box, set_apart
from .rating import has_score
from .words import count_words

RULE = "affiliate statement"
_MAX_WORDS, _APART_WORDS = 40, 80
_PROSE = 30
_NEAR = 4  # words between the blog's "we" and the earning it brings
# the blog's voice (see the module docstring): the blog or site named ("the blog gets", "bloggen får", 当ブログ); the
# first person plural of the blog's team, not the reviewer's "I" (en de nl sv da/nb fr es/ca it pt cs/sk pl sl/hr/bs/sr
# ru/uk); and apart, the commission or earning the link brings (the same, and tr ja zh ko)
VOICE = re.compile(
    r"(?P<named>(?<!\w)(?:blog\w*|blogg\w*|weblog|(?:this|the|our)\s+site|webbplats\w*|nettsted\w*|hjemmeside\w*|"
    r"блог\w*)(?!\w)|ブログ|サイト|博客|部落格|網誌|블로그|บล็อก|ব্লগ|ब्लॉग)|"
    r"(?<!\w)(?:our|we|us|unser\w*|onze|ons|vår|vårt|våra|vores|notre|nos|nuestr[oa]s?|nostr[eaio]s?|noss[oa]s?|naš\w*|"
    r"nasz\w*|наш\w*)(?!\w)|(?P<earning>(?<!\w)(?:commissions?|earns?|earnings|"
    r"provision\w*|provisie|commissie|comissi[óo]|comisi[óo]n|comiss[ãa]o|commissione|proviz\w*|prowizj\w*|комисси\w*|"
    r"комісі\w*|komisyon\w*|hoa\s+hồng)(?!\w)|収入|報酬|紹介料|手数料|佣金|返佣|分[潤润]|수수료)", re.I)

# the link the programme puts in the post, in the languages of PROGRAMME
PARTNER_LINK = re.compile(
    r"(?<!\w)(?:links?|linkit\w*|länk\w*|lenke\w*|liens?|enlaces?|enllaç\w*|v[ií]nculos?|odkaz\w*|povezav\w*|"
    r"poveznic\w*|linko?v\w*|ссылк\w*|посилан\w*|линк\w*|tautan)(?!\w)|リンク|链接|連結|링크|קישור|رابط|लिंक", re.I)


def partner_statement(block: HtmlElement, apart: bool = False, edge: bool = True) -> bool:
    """A short line naming the affiliate programme in the blog's voice (see the module docstring); the earning alone
    speaks for the blog in a note typeset `apart` or opened by a note mark (※), not in the review's plain prose."""
    if block.tag in _BLOCKED:
        return False
    text = text_of(block)
    # (a note typeset apart may run longer: two or three clauses of the unspaced scripts, counted about two letters a word by
    # ``count_words``, pass 40, "ถ้าอยากอ่าน… สั่งซื้อผ่านลิงก์นี้ … บล็อกจะได้ค่าคอมมิชชัน…")
    # (the spaced scripts' words stay at 40 however set apart: an italic passage of the review's, 60 words on a
    # character's partner program and "our sympathy", is no note: rev-bpaffil)
    if not text or count_words(text) > (_APART_WORDS if apart else _MAX_WORDS) or len(text.split()) > _MAX_WORDS or has_score(text):
        return False
    voices, noted = list(VOICE.finditer(text)), apart or bool(NOTE_MARK.match(text))
    # (th names the programme by the commission it pays: an earning, which in plain prose is a character's as often,
    # "the father's commission on the fish never covers the boat", whoever names the blog: rev-bpaffil)
    if not any(noted or not _EARNED.fullmatch(found.group()) for found in PROGRAMME.finditer(text)):
        return False
    if noted and edge and _labelled(text):
        voices = [_LABEL_VOICE]  # (the note's label names the programme: "Affiliate links: …", cy "Cysylltiadau cyswllt: …")
    if not any(not found.group("earning") or noted for found in voices):
        return False
    # (in plain prose, "we" or "our" alone is a group blog's or a couple's review as often: "we both laughed at the
    # startup's partner program"; the blog's statement names the blog, or says what the programme does for it, the
    # links it puts in the post or the earning they bring)
    if not noted and not any(found.group("named") for found in voices) \
            and not (PARTNER_LINK.search(text) or _earns(text, voices)):
        return False
    from .housekeeping import a_note  # (late: housekeeping reads promo, as adnotice does)
    return not a_note(text)


_EARNED = re.compile(EARNED_TH)  # (adnotice.PROGRAMME's th commission)
# the programme named as a note's label: opening the line (a mark or a bracket before it at most), a colon closing it
_LABEL_END = re.compile(r"\s*[)\]]?\s*[:：]")
_LABEL_VOICE = VOICE.match("blog")


def _labelled(text: str) -> bool:
    """A note opening on the programme as its label ("Affiliate links: if you buy …", ro "Link de afiliere: …", cy
    "Cysylltiadau cyswllt: …"): the blog's notice in any voice, when it is typeset apart at the body's edges (its
    first or last lines: ``mark``'s edges); a review's sentence naming a character's programme runs on from its subject,
    no label, and an italic passage of the review's in mid-body ("*Partner programme: that is what the bank calls
    it …*") is the review's however it opens (rev-bpaffil)."""
    found = PROGRAMME.search(text)
    return bool(found) and not re.sub(r"[\W_]", "", text[:found.start()]) and bool(_LABEL_END.match(text, found.end()))


def _earns(text: str, voices: list[re.Match[str]]) -> bool:
    """The first plural is the earner: it stands at most _NEAR words before the earning or the programme ("we may earn
    a small commission", "we are part of an affiliate programme and earn …"); "our favourite chapter, where her brother's scheme promises commission" ties the earning to no one
    of the blog (mend5)."""
    earnings = [found.start() for found in voices if found.group("earning")]
    earnings += [found.start() for found in PROGRAMME.finditer(text)] if earnings else []
    return any(len(text[found.end():at].split()) <= _NEAR for found in voices if not found.group("earning")
               for at in earnings if at > found.start())


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement],
         host: str = "") -> None:
    """Mark the blog's affiliate statement at the edges of the body, or typeset apart anywhere in it, the
    advertising label typeset apart, and the buy-here line (``buyline``) at the body's tail or typeset apart."""
    from .buyline import RULE as BUY_RULE, buy_line  # (late: it reads this module's link words)
    from .commissionline import RULE as COMMISSION_RULE, bid_with_commission, commission_line, site_earns  # (late: the same)
    from .sponsorline import RULE as SPONSOR_RULE, sponsor_label, sponsor_line
    from .shopavail import RULE as AVAIL_RULE, shop_availability
    from .orderphone import order_line
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    tail, longest_after = set(), 0
    for i in reversed(live):  # (after the review's last paragraph: no line of _PROSE words or more after it)
        if longest_after < _PROSE:
            tail.add(i)
        longest_after = max(longest_after, count_words(text_of(items[i])))
    edges, scored, last = tail | set(live[:_EDGE] + live[-_EDGE:]), False, set(live[-_EDGE:])
    for i in live:
        block = items[i]
        apart = set_apart(block, body) or own_wrapper(block, body)
        if (i in edges or apart) and partner_statement(block, apart, i in edges) or apart and ad_label(block):
            drop[i], boxes[i] = RULE, promo_box(block, body)
        # (the shop's buy-here line: typeset apart, or in plain type at the tail once the review's score is given, or
        # as the body's last line; a short review's plain closing advice, "buy it at the shop round the corner", stays;
        # in plain type among the body's last three lines too: a review of short paragraphs under a score at its head
        # is all tail, its advice in mid-body the review's: rev-bpaffil)
        elif (apart or i in tail and i in last and (scored or i == live[-1])) and buy_line(block, host) \
                or order_line(block):  # (or, anywhere, the shop's order line with its phone number: orderphone)
            drop[i], boxes[i] = BUY_RULE, promo_box(block, body)
        # (the link and the commission it brings, in any language: apart or at the tail; or the bid with its
        # commission anywhere: commissionline)
        elif (apart and i in edges or i in tail and i in last and scored) and commission_line(block) \
                or bid_with_commission(block, host) or site_earns(block, body):
            drop[i], boxes[i] = COMMISSION_RULE, promo_box(block, body)
        # (the post's sponsor: sponsorline; in italics in mid-body, the review's line)
        elif (apart and (i in edges or own_wrapper(block, body)) or i in tail and i in last and scored) \
                and sponsor_line(block) or i in (live[0], live[-1]) and sponsor_label(block):
            drop[i], boxes[i] = SPONSOR_RULE, promo_box(block, body)
        elif i in tail and i in last and scored and shop_availability(block):  # (in the shop, at a price: shopavail)
            drop[i], boxes[i] = AVAIL_RULE, promo_box(block, body)
        scored = scored or has_score(text_of(block))
