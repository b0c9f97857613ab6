"""The site's plea for support in the shapes ``fundaside`` and ``payline`` missed: read by structure, then its words.

- boxed (``fundaside._boxed``), the bidding to become a member heading a sentence (``memberask.BECOME_MEMBER``:
  "Devenez membre …", "Hakka <Site> liikmeks …") with a reason: money named in the box (a drink, ``payline.DRINK``, a
  tip, a payment service, a sum) or the site's own name (``member_bid``). Told in the story ("his wife tells him to
  become a member of the choir") the bid heads no sentence; heading it with no reason, it stays;
- boxed, a drink stood for the writer, the line's imperative (``payline``'s "buy me one", "Buy me a canned tea from
  the machine?": ``stood_drink``); a character's "he would buy me a tea" stands after its subject;
- money as the site's costs helped with (COSTS: "help with the cost of …", a class of phrase per language), which
  ``fundaside`` reads as money given to a site named by its web kind in a box;
- in any paragraph or a quotation box (a platform's aside set as a quote), short: a drink bought for the writer
  (``tipask.COFFEE``: the first person treated) and, in that sentence, the way it is paid: a payment service
  (``payline.PAY_SERVICE``, ``tipask.MEANS``) or a service's bare web address ("na <service>.to": ADDRESS)
  (``treat_by_service``). A character's "buy me a coffee" names no service; "pays for his coffee with PayPal" treats
  nobody;
- closing (``payline.closing_pay``), the reader's wanting as the line's opening condition (``fundaside.LIKING``) whose
  clause names the site by its web kind, not another's (``payapart.web_site``), and money or its being free of ads
  (``fundaside._asks``): "If you want to keep this blog ad-free, …" (``wanting_site``). A review's "If you loved this
  blog's last pick, …" names no money in its condition.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .casefold import guarded

# the site's costs helped with (en es pt fr it de nl ca pl sv da nb fi): the verb of helping, then the costs
COSTS = guarded(re.compile(
    r"(?<!\w)(?:help\w*\s+(?:with|towards?|cover)\s+(?:the\s+)?costs?|"
    r"ayud\w*\s+(?:con|a\s+cubrir)\s+(?:los\s+)?(?:gastos|costes|costos)|ajud\w*\s+(?:com|a\s+cobrir)\s+(?:os\s+)?custos|"
    r"(?:aid\w*|particip\w*)\s+(?:à\s+couvrir\s+les|aux)\s+frais|aiut\w*\s+(?:con|a\s+coprire)\s+(?:le\s+)?spese|"
    r"kosten\s+(?:zu\s+)?(?:decken|tragen)|(?:helpen|bijdragen)\s+(?:\w+\s+)?(?:aan\s+)?de\s+kosten|"
    r"ajud\w*\s+(?:amb|a\s+cobrir)\s+(?:les\s+)?despeses|pomó\w*\s+(?:w\s+)?(?:pokryć\s+)?koszt\w*|"
    r"hjälp\w*\s+(?:till\s+)?med\s+kostnad\w*|hjælp\w*\s+med\s+udgift\w*|hjelp\w*\s+med\s+utgift\w*|kulu\w*\s+kattami\w*)(?!\w)",
    re.I))
# a service's bare web address in the text ("buycoffee.to", "tipjar.example"): a name, a dot, a short domain ending
ADDRESS = re.compile(r"(?<![\w@./-])[a-z][a-z0-9-]{2,}\.[a-z]{2,7}(?:/[\w/-]*)?(?![\w.])")
# a span quoted in the line: someone's words, not the site's ("Lola says «buy me a coffee»")
_QUOTE = re.compile(r"[«“„\"‹][^«»“”„\"‹›]{1,200}[»”\"›“]")
# a web place that is any or the reader's own, its determiner just before it ("build a website that …", "your own
# blog"): not this site (en es pt fr it de nl)
_ANY_SITE = re.compile(r"(?<!\w)(?:an?|any|your|yours|un|una|um|uma|une|tu|tua|ton|ta|votre|ein\w*|dein\w*|euer|eure\w*|"
                       r"een|je|jouw)\s+(?:own\s+|propio\s+|propia\s+|eigen\w*\s+)?(?:\w+\s+)?$", re.I)
_SENTENCES = re.compile(r"(?<=[.!?;:])\s+")
_SENTENCE_HEAD = re.compile(r"(?:^|[.!?;:。！？]\s*)[\W\d_]*$")


def member_bid(text: str, named) -> bool:
    """The bidding to become a member heads a sentence of the line, with money named (a drink, a tip, a way to pay, a
    sum) or the site named (`named`, a callable: asked last)."""
    from .memberask import BECOME_MEMBER
    if not any(_SENTENCE_HEAD.search(text[:m.start()]) for m in BECOME_MEMBER.finditer(text)):
        return False
    from . import payline
    from .tipask import MEANS, TIP
    return any(p.search(text) for p in (payline.DRINK, payline.SUM, payline.PAY_SERVICE, TIP, MEANS)) or named()


def stood_drink(block: HtmlElement, text: str) -> bool:
    """A drink stood for the writer, the line's own bid ("Buy me one?"), a drink the line's button names, or bidden as
    support (``payline``'s reading of a drink for the site)."""
    from . import payline
    if _addressed(text, payline.DRINK):
        return False  # (a character bidden by name: "Buy me a beer, Harry, and …", a pull-quote of the story)
    return bool(payline.DRINK.search(text)) and payline._drink_for_site(block, text)


def _addressed(text: str, drink: re.Pattern) -> bool:
    """Someone addressed by name beside the drink: a capitalised name set off by commas just after it ("a beer,
    Harry,")."""
    for m in drink.finditer(text):
        after = re.match(r"\s*,\s*([^\W\d_][\w'’-]*)(?:\s+[^\W\d_][\w'’-]*)?\s*[,.!?]", text[m.end():])
        if after and after.group(1)[0].isupper():
            return True
    return False


def boxed_plea(block: HtmlElement, body: HtmlElement, sites) -> bool:
    """A short line set apart in a box (``fundaside``'s box) that stands the writer a drink or bids the reader become a
    member with a reason."""
    from . import fundaside
    from .housekeeping import a_note
    from .rating import has_score
    from .reportedspeech import reported
    from .tailasks import short_line
    if block.tag not in fundaside._TAGS or not (text := short_line(block, 45)) or fundaside._QUOTED.match(text):
        return False
    if reported(text):
        return False  # (someone's words reported: the story's)
    bare = _QUOTE.sub(" ", text)  # (nor the drink or the bid inside someone's quoted words)
    if not (stood_drink(block, bare) or member_bid(bare, lambda: fundaside._site_named(text, body, sites))):
        return False
    return fundaside._boxed(block, body) and not has_score(text) and not a_note(text, block)


def _bid_head(text: str, m: re.Match) -> bool:
    """The match opens its clause, two words at most before it ("Kup mi kawę …", "…, puoi offrirmi un caffè"; not
    "the heroine goes out na kawę every morning", "she starts a blog to help cover the costs")."""
    before = text[:m.start()]
    cut = max((k.end() for k in re.finditer(r"[,.;:!?¿¡–—(]", before)), default=0)
    return len(before[cut:].split()) <= 2


def _near_means(sentence: str, m: re.Match) -> bool:
    """The way to pay within six words of the drink, either side ("offrirmi un caffè su PayPal", "via Ko-fi, buy me
    a coffee"; not the blurb's source address at the sentence's end, nor "pay you back on Venmo" told later)."""
    from . import payline
    from .tipask import MEANS
    near = " ".join(sentence[:m.start()].split()[-6:] + ["·"] + sentence[m.end():].split()[:6])  # (the drink itself
    # is no service: "buy me a coffee" is one's name too)
    return any(p.search(near) for p in (payline.PAY_SERVICE, MEANS, ADDRESS))


def treat_by_service(block: HtmlElement) -> bool:
    """A short paragraph or quotation box (45 words) buying the writer a drink by a payment service or its address, in
    the same sentence, the drink opening its clause and the service beside it (``_bid_head``, ``_near_means``), out of
    anyone's quoted or reported words; in a plain paragraph, not set apart, the site named by its web kind too (a
    coffee ask in the review's run of paragraphs names whose it is)."""
    if block.tag not in ("p", "div", "blockquote"):
        return False
    from .nodes import text_of
    text = text_of(block)
    if not text or len(text.split()) > 45:
        return False
    from .tipask import COFFEE
    if not COFFEE.search(text):
        return False
    from . import fundaside, payapart
    from .housekeeping import a_note
    from .rating import has_score
    from .reportedspeech import reported
    if fundaside._QUOTED.match(text) or has_score(text) or a_note(text, block) or reported(text):
        return False  # (a novel's excerpt, a blurb's attributed words: the story's or the critic's)
    bare = _QUOTE.sub(" ", text)
    if not any(_bid_head(s, m) and _near_means(s, m) for s in _SENTENCES.split(bare) for m in COFFEE.finditer(s)):
        return False
    return block.tag == "blockquote" or payapart.web_site(text)


class _CostsBid:
    """``COSTS`` as the reader's bid: heading its sentence (three words at most before it), or in a sentence opening on the reader's wanting ("If you
    want to help with the costs of …"); a pattern's ``search`` and ``finditer`` (``fundaside``'s money list)."""

    def finditer(self, text: str):
        from .fundaside import LIKING
        for m in COSTS.finditer(text):
            sentence = _SENTENCES.split(text[:m.start()])[-1]
            if len(sentence.split()) <= 3 or LIKING.search(sentence):  # (not "…, um die Kosten zu decken" told)
                yield m

    def search(self, text: str):
        return next(self.finditer(text), None)


COSTS_BID = _CostsBid()


def wanting_site(text: str) -> bool:
    """The line opens on the reader's wanting, and that clause names the site by its web kind and money or no ads."""
    from . import fundaside, payapart
    liking = fundaside.LIKING.match(text.lstrip(" \t*_-–—•·>"))
    if not liking:
        return False
    clause = re.split(r"[,;.!?:]\s", text.lstrip(" \t*_-–—•·>") + " ", maxsplit=1)[0]
    kinds = [m for m in payapart.WEB_KIND.finditer(clause) if not _ANY_SITE.search(clause[:m.start()])]
    return bool(kinds) and payapart.web_site(clause) and fundaside._asks(clause)


def mark(items: list[HtmlElement], body: HtmlElement, sites, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the boxed drink for the writer or joining bid, and the drink bought for the writer by a payment service,
    anywhere in the post (a funding aside), after the plea rules' own readings."""
    from .fundaside import RULE
    from .nodes import text_of
    from .promo import promo_box
    for i, block in enumerate(items):
        if i not in drop and text_of(block) and (treat_by_service(block) or boxed_plea(block, body, sites)):
            drop[i], boxes[i] = RULE, promo_box(block, body)
    from . import payhints  # (the pay lines that tell the reader where to pay: a handle, the site's page, a boxed offer)
    payhints.mark(items, body, drop, boxes)
    from . import mailfollow  # (the closing bid to receive the site's posts by e-mail or as its periodical)
    mailfollow.mark(items, body, sites, drop, boxes)
