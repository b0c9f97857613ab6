"""The site's ask for money set among the review's own paragraphs, where ``fundaside`` sees no box around it.

A blog splices its plea between the review's paragraphs, or closes with it, in its own idiom ("This blog runs on
coffee…", "invitame un cafecito", "Spander en kaffe via Vipps", "ساعدوا المدونة …"), often with no box around it. What
sets such a line apart is still its shape and its voice, not its words:

- set apart without a box (``apart``): a pictograph leading it (``promo.PICTOGRAPH_LEAD``: "☕ …", "💛 …"), or a class
  of its own that the paragraphs beside it do not carry (``odd_class``: a theme's or the writer's "plea" paragraph among
  unclassed ones; a page builder that classes every paragraph alike sets none apart). ``fundaside`` reads such a line
  as it reads a boxed one, when it names a way to pay, a coffee stood for the writer or the site by its web kind (a
  tip or a fund alone, in a line with no box, may be the story's: "the tip jar on the harbour bar");
- the site by its web kind (``web_site``: blog, website, "المدونة", "բլոգին", "ブログ", a class of words in many
  languages and scripts), not another's ("the author's blog", "her website"), names the site where money is given in a
  line set apart: a way to pay (``tipask.MEANS``, ``payline.PAY_SERVICE``, a tip, a coffee) or a currency named with no
  figure ("chuck in a few dollars": CURRENCY);
- in no box at all (``named_pay_line``, anywhere in the post): a payment service, an account's number or a tip host's
  link, beside the site's own name, turned to the reader (a question the money answers, a bid, the reader's liking).

What stays: a review's paragraph on a blog or a coffee with no money given ("I first read of it on a blog, over
coffee"); a pictograph-led line on the book's price; a payment service in the story with no site named ("the
heroine pays by Vipps"); another's blog asking for money ("the author's blog takes donations") in a review's line.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .casefold import guarded
from .nodes import text_of
from .promo import PICTOGRAPH_LEAD

# a currency named with no figure ("a few dollars", "unos pesos", "ein paar Euro"): ``pleas``' sum less its figure
_CURRENCY_TAIL = r"[€$£¥₹₽₴₺]|(?<!\w)(?:euros?|evr[oa]|eur|євро|евро|dollars?|bucks|quid|долар\w*|доллар\w*|pounds?|"
CURRENCY = re.compile(_CURRENCY_TAIL + r"złot\w*|korun\w*|kron\w*|forint\w*|lei|francs?|rubl\w*|рубл\w*|гривн\w*|"
                      r"dinar\w*|динар\w*|ringgit|rupiah|rupees?|peso\w*|reais|shillings?|naira|cedis?|rand|dram\w*|"
                      r"драм\w*|درهم|دينار|ريال|تومان|שקל\w*|रुपये|রুপি|円|元|원)(?!\w)", re.I)
# the site by its web kind, in many languages and scripts (a web place only: not a club, a journal or a shop, which
# the book's story may hold); Hebrew and Arabic glue the article or a preposition to it
WEB_KIND = guarded(re.compile(
    r"(?<!\w)(?:(?:we)?blog\w*|website\w*|webb?plats\w*|webseite\w*|nettsted\w*|sitio\s+web|site\w*|sajt\w*|"
    r"g?wefan\w*|ιστολόγιο\w*|ιστοσελίδ\w*|блог\w*|сайт\w*|բլոգ\w*|կայք\w*|ბლოგ\w*|საიტ\w*|وبلاگ\w*|سایت\w*|"
    r"ब्लॉग\w*|वेबसाइट|ব্লগ\w*|ওয়েবসাইট|ብሎግ\w*|ድረ\s?ገጽ\w*|ബ്ലോഗ്\w*|வலைப்பதிவு\w*|บล็อก|เว็บไซต์|trang\s+web)"
    r"|(?<!\w)(?:[ובלהמשכ]{1,2}(?:בלוג|אתר)|בלוג|(?:ال|[وفبل]|[وفب]?ال|لل)(?:مدون|موقع)|مدونت)\w*"
    r"|ブログ|サイト|博客|部落格|网站|網站|블로그|사이트",
    re.I))
# another's web place: a possessive of a third party just before the kind ("the author's blog", "her website", "su
# blog de autora" stays ambiguous and is not read)
_ANOTHERS = re.compile(r"(?:['’]s|\b(?:his|her|their|its|sein\w*|ihr\w*|son|sa|ses|leur)\b)\s+(?:own\s+)?$", re.I)
_NOT_LINES = ("h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td", "th", "pre")


def web_site(text: str) -> bool:
    """The text names a web place by its kind, not as another's (see the module docstring)."""
    return any(not _ANOTHERS.search(text[:m.start()]) for m in WEB_KIND.finditer(text))


_CLAUSE_CUT = re.compile(r"[,;.!?،。，；！？]\s")


def web_beside(text: str, money) -> bool:
    """The site by its web kind and the money given in one clause of the line ("keep the blog lit with the tip jar";
    not "how mobile money changed the island, and on this blog I have read three more")."""
    return any(web_site(clause) and any(p.search(clause) for p in money) for clause in _CLAUSE_CUT.split(text + " "))


def bare_currency(text: str) -> bool:
    """A currency named with no figure beside it ("a handful of pounds", "some quid"; not a price, "$16.99", "20 €")."""
    return any(not re.search(r"\d[\d.,]*\s*$", text[:m.start()]) and not re.match(r"\s*\d", text[m.end():])
               for m in CURRENCY.finditer(text))


# the story told: the novel, a chapter (one: a serial's follow line offers "new chapters"), the author's, the heroine
# named in the line (en de fr es pt it nl): a review's sentence classed apart by its theme (an alignment, a quote style)
# telling a character's plea or follow line, which the site's own plea, about the site, never does (rev-bpplea39 s39)
_STORY = re.compile(r"(?<!\w)(?:novel(?:'s|’s|s)?|chapter|heroine|protagonist|narrator|roman(?:s|e)?|kapitel|"
                    r"chapitre|héroïne|novelas?|capítulo|romanzo|capitolo|hoofdstuk|author's|author’s)(?!\w)", re.I)


def story_line(text: str) -> bool:
    """The line tells the story or the book (``_STORY``) or reports someone's words (``reportedspeech.reported``)."""
    from .reportedspeech import reported  # (late)
    return bool(_STORY.search(text)) or reported(text)


def odd_class(block: HtmlElement) -> bool:
    """The block carries a class that none of the paragraphs of its tag beside it (two at least) carries."""
    parent = block.getparent()
    own = set((block.get("class") or "").split())
    if parent is None or not own:
        return False
    beside = [el for el in parent if el is not block and el.tag == block.tag and len(text_of(el).split()) >= 12]
    return len(beside) >= 2 and all(not own & set((el.get("class") or "").split()) for el in beside)


def apart(block: HtmlElement) -> bool:
    """Set apart with no box: a pictograph leading the line, or a class of its own among its sibling paragraphs."""
    return block.tag not in _NOT_LINES and (bool(PICTOGRAPH_LEAD.match(text_of(block))) or odd_class(block))


def named_pay_line(block: HtmlElement, body: HtmlElement, sites) -> bool:
    """A short line in no box naming a payment service, an account's number or a tip host's link, beside the site's
    own name, and turned to the reader (a question the money answers, a bid, the reader's liking)."""
    from . import fundaside, payline  # (late: fundaside reads this module)
    from .housekeeping import a_note
    from .rating import has_score
    from .tailasks import short_line
    from .tipask import COFFEE, MEANS
    if block.tag not in ("p", "div") or not (text := short_line(block, 45)) or fundaside._QUOTED.match(text):
        return False
    means = [p for p in (payline.PAY_SERVICE, MEANS) if p.search(text)]
    if not (means or payline.pay_link(block)) or has_score(text) or a_note(text, block):
        return False
    if not fundaside._site_named(text, body, sites):
        return False
    given = means + [COFFEE, fundaside.DRINK, payline.DRINK]
    return bool(fundaside._question_answered(text, given) or fundaside._bid_for(text)
                or fundaside.LIKING.search(text) and fundaside._opens_clause(text, given))


def mark(items: list[HtmlElement], body: HtmlElement, sites, drop: dict[int, str],
         boxes: dict[int, HtmlElement]) -> None:
    """Mark the named pay line in no box, anywhere in the post (read as ``fundaside``'s funding aside)."""
    from .fundaside import RULE
    from .promo import promo_box
    for i, block in enumerate(items):
        if i not in drop and text_of(block) and named_pay_line(block, body, sites):
            drop[i], boxes[i] = RULE, promo_box(block, body)
