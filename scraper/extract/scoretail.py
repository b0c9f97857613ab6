"""The shop's clause spliced onto the score's line: "Rating: 3.5/5 <span>— or buy it from our shop, by the till</span>",
tr "Puanım: 5 üzerinden 4 <span>(Kitabı bu linkten alırsanız bloga küçük bir katkı …)</span>", "★★★★ <span>Bought at
<shop>, which keeps this blog going.</span>".

A theme or the blogger sets the buy-here or affiliate clause in a span of its own after the score, on the same line:
the score stays, the clause goes. Its shape, in any language:

- the block's last element is an inline one (span, small, em, i) with nothing after it, and the line's text before
  it holds the score (``rating.has_score``);
- the span's text, a dash, a bracket or "or" before it at most, is the buy line (``buyline.BUY_OPEN``'s bid with a
  shop, a link or a retailer in its clause), or names the blog (``partnerline.VOICE``'s blog) together with the
  buying (``_BUYING``), the link or a shop.

What stays: a span after the score that names the blog but no buying ("the best book on this blog this year"); one
that tells the reviewer's own buying, in the first person or with no blog named ("I bought it at the airport"); a span
before the score.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .buyline import BUY_OPEN, SHOP
from .nodes import text_of
from .partnerline import PARTNER_LINK, VOICE
from .platforms import RETAILER_NAME
from .rating import has_score
from .reviewed import FIRST_PERSON
from .words import count_words

RULE = "shop clause after the score"
_INLINE = ("span", "small", "em", "i")
_MAX_WORDS = 30
# the buying said in any form (stems): en fr es/pt/it de nl sv/da/nb pl ru tr
# (pt/es/it "compr-" in its verb's forms, not en "comprehensive", "compromise": rev-bpaffil35)
_BUYING = re.compile(r"(?<!\w)(?:buy\w*|bought|purchas\w*|achat\w*|achet\w*|"
                     r"compr(?:a\w*|[oó]u?|e[imns]?|é)|acquist\w*|kauf\w*|gekauft|"
                     r"koop\w*|gekocht|köp\w*|kjøp\w*|køb\w*|kup\w*|купи\w*|купл\w*|satın)(?!\w)", re.I)
# the link's word with a case ending (tr "linkten", fi "linkin", hu "linken")
_LINK_STEM = re.compile(r"(?<!\w)link\w*", re.I)
_LEAD = re.compile(r"^[\s\-–—(\[|·,;:]*(?:(?:or|ou|o|oder|of|eller|lub|или|ya\s+da)\s+)?", re.I)


def trim_score_tail(block: HtmlElement) -> list[tuple[str, str]]:
    """Remove the shop's clause spliced after the score on its line (module docstring); (rule, text) of what went."""
    children = [c for c in block if isinstance(c.tag, str)]
    if not children or (span := children[-1]).tag not in _INLINE or (span.tail or "").strip():
        return []
    text, whole = text_of(span), text_of(block)
    if not text or count_words(text) > _MAX_WORDS or not has_score(whole[:max(0, len(whole) - len(text))]) \
            or has_score(text) or not _shop_clause(_LEAD.sub("", text)):
        return []
    span.drop_tree()
    return [(RULE, text)]


def _shop_clause(text: str) -> bool:
    """The bid to buy with where, or the blog named with the buying, the link or a shop."""
    where = SHOP.search(text) or PARTNER_LINK.search(text) or _LINK_STEM.search(text) or RETAILER_NAME.search(text)
    if BUY_OPEN.match(text) and where:
        return True
    # (the reviewer's own buying is the review's, blog named or not: "the best thing I've bought since starting this
    # blog": rev-bpaffil35)
    return any(found.group("named") for found in VOICE.finditer(text)) and bool(where or _BUYING.search(text)) \
        and not FIRST_PERSON.search(text)
