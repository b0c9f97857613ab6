"""What a block in a post body is *for*, read from where its links go and how it is set apart.

Bloggers splice promotion into their posts: a Ko-fi plea between two paragraphs, an affiliate disclaimer before the
first, a "follow me on Goodreads" line, a giveaway widget, a newsletter box. Their wording varies without end; what they
share is structure:

- their links go to known services (payment and membership sites, booksellers with the blogger's affiliate id, social
  profiles, giveaway widgets), or they name such a service in plain text ("buymeacoffee.com/ana");
- they are *set apart* from the review: a box with a background or border, a small font, a whole paragraph in
  italics, a theme's callout class.

A reviewer's own words rarely have either, and never both. ``promotion`` and ``self_promotion`` combine these signals
with position; ``boilerplate.clean_body`` applies them with its other rules.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .fastre import by_first_letter
from .nodes import HEADING_TAGS, any_token, hrefs_in, links_of, per_reading, text_length, text_longer, text_of
from .rating import has_score
from .tipline import label_tip
from .sitedomain import registrable
from .casefold import guarded, named_whole
from .words import count_words
from .promowrapper import post_wrapper
from .platforms import AFFILIATE_URL, JOIN_ASK, MESSENGER_NAME, MESSENGER_TEXT, MESSENGER_URL, PAYMENT_NAME, SOCIAL_NAME, CHAT_NAME, PLATFORM_ACTION, PROMO_CLASS, RETAILER_HOST, RETAILER_NAME, SOCIAL_PROFILE, UPSELL_URL, WIDGET_HOST
_SMALL_FONT = etree.XPath("boolean(@size < 3 or starts-with(@size, '-'))")  # (a <font> shrunk: set_apart)
# Payment and membership services written out as text ("ko-fi.com/ana"), not linked.
SUPPORT_TEXT = re.compile(
    r"\b(ko-fi\.com|patreon\.com|buymeacoffee\.com|paypal\.me|liberapay\.com|gofundme\.com|tipeee\.com|steadyhq\.com)/\w+",
    re.I,
)
def names_support_page(text: str) -> bool:
    """The text writes out the blog's page on a payment service ("ko-fi.com/ana")."""
    return "/" in text and SUPPORT_TEXT.search(text) is not None  # (a text without a slash is not read through)


# The word for an affiliate programme, as written in the languages we crawl (it is a loanword in most).
# (and in scripts where it is not: partners and commission in Korean, Japanese, Chinese, Russian, Arabic, Hebrew)
_AFFILIATE = (r"affiliat|afiliad|afilia[sc]|affili[ée]|affiliazion|partner-?link|partnerprogramm|파트너스|수수료|アフィリエイト|"
              r"アソシエイト|紹介料|佣金|返佣|提成|партн[её]рск\w+\s+программ|партн[её]рск\w+\s+ссылк|عمولة|תוכנית שותפים|עמלה")
AFFILIATE_WORD = guarded(re.compile("(" + by_first_letter(_AFFILIATE) + ")", re.I), f"({_AFFILIATE})")  # (casefold.Guarded: stems of the list as written, "affili", not the grouping's "fili", "ilia")
# Classes and styles that set a block apart from the running text.
SET_APART_CLASS = re.compile(
    r"(^|[-_])(has-background|has-(x-|extra-)?small-font-size|callout|box|note|notice|alert|banner|card|highlight|"
    r"promo|small|fine-?print|disclaimer)([-_]|$)",
    re.I,
)
SET_APART_STYLE = re.compile(
    r"(background|border(?!-collapse)|font-size\s*:\s*(small|x-small|smaller|[0-9]{1,2}(\.\d+)?px|0?\.\d+\s*(em|rem)|[1-8]\d\s*%))",
    re.I,
)


def _ancestors(block: HtmlElement, body: HtmlElement):
    element = block
    while element is not None and element is not body:
        yield element
        element = element.getparent()


@per_reading  # (the rules ask of the same blocks again and again: answered once while a body is read)
def set_apart(block: HtmlElement, body: HtmlElement) -> bool:
    """Boxed, shrunk or wholly emphasised: typeset as an aside to the review."""
    for element in _ancestors(block, body):
        if element is not block and count_words(text_of(element)) > 150:
            break  # a styled wrapper around the whole post sets nothing apart
        if SET_APART_STYLE.search(element.get("style") or ""):
            return True
        if any_token(SET_APART_CLASS, element.get("class")):
            return True
    text = text_of(block)
    if not text:
        return False
    # (by lxml's iteration, not an XPath union: ~10 µs a block; a <font>'s size is still read by XPath's number rules)
    small = (e for e in block.iterdescendants("em", "i", "small", "font") if e.tag != "font" or _SMALL_FONT(e))
    emphasised = max((len(text_of(e)) for e in small), default=0)
    return emphasised >= 0.9 * len(text)


def promo_class(block: HtmlElement, body: HtmlElement) -> bool:
    """The block, or a box around it inside the body, carries a theme's promotional class."""
    for element in _ancestors(block, body):
        if count_words(text_of(element)) > 150:
            return False  # a wrapper around the post (whatever a theme calls it) is not a promotional box
        ident = element.get("id")  # (the class's tokens, then the id whole)
        if any_token(PROMO_CLASS, element.get("class")) or ident and PROMO_CLASS.search(ident):
            return not post_wrapper(element, block, body)  # (the post's own box, named by the ad system: promowrapper)
    return False


def call_kind(block: HtmlElement) -> str | None:
    """What the block's links ask the reader to do, if it is one of the asks bloggers splice in."""
    hrefs = [a.get("href", "").strip() for a in links_of(block)]
    for href in hrefs:
        if UPSELL_URL.search(href):
            return "membership upsell"
        if WIDGET_HOST.search(urlsplit(href).hostname or ""):
            return "giveaway widget"
    if any(is_support_link(h) for h in hrefs) or names_support_page(text_of(block)):
        return "call to action"
    if any(SOCIAL_PROFILE.match(h) for h in hrefs):
        return "follow-me line"
    return None


def affiliate_links(block: HtmlElement, host: str = "") -> list[HtmlElement]:
    """Links that carry an affiliate id; a link within the blog ("/blog/?tag=rereads") is the blog's own."""
    out = []
    for a in links_of(block):
        href = a.get("href", "")
        if "sponsored" in (a.get("rel") or "").lower() or (AFFILIATE_URL.search(href) and not same_site(href, host)):
            out.append(a)
    return out


def retailer_links(block: HtmlElement) -> list[HtmlElement]:
    return [a for a in links_of(block) if RETAILER_HOST.search(urlsplit(a.get("href", "")).hostname or "")]


def names_retailer(block: HtmlElement) -> bool:
    return bool(RETAILER_NAME.search(text_of(block)))


def link_share(block: HtmlElement) -> float:
    text = text_of(block)
    return sum(len(text_of(a)) for a in links_of(block)) / len(text) if text else 0.0


def promo_box(block: HtmlElement, body: HtmlElement, slack: int = 200) -> HtmlElement:
    """The box a promotional block sits in: climb while the box adds only a heading or a lead-in line."""
    box = block
    while True:
        parent = box.getparent()
        if parent is None or parent is body or parent.tag in ("article", "main", "body", "html"):
            return box
        if parent.tag not in ("div", "section", "aside", "span", "center", "font", "figure", "header", "footer"):
            return box
        if text_longer(parent, text_length(box) + slack):  # (more text around the box than slack)
            return box
        # a paragraph of prose beside the block is review text, not a box's heading
        siblings = [c for c in parent if c is not box and isinstance(c.tag, str)]
        if any(count_words(text_of(c)) >= 30 for c in siblings):
            return box
        box = parent


# Services a blogger sends readers to for money or membership: platform knowledge.
SUPPORT_HOSTS = re.compile(
    r"(^|\.)(ko-fi\.com|patreon\.com|buymeacoffee\.com|paypal\.(me|com)|liberapay\.com|gofundme\.com|"
    r"opencollective\.com|venmo\.com|cash\.app|flattr\.com|steadyhq\.com|memberful\.com|tipeee\.com|"
    r"kickstarter\.com|substack\.com|buttondown\.email|mailchi\.mp|eepurl\.com|tinyletter\.com|ghost\.io|"
    r"boosty\.to|yoomoney\.ru|donationalerts\.com|afdian\.(net|com)|toss\.me|fanbox\.cc|"
    # national tipping and payment pages: Trakteer, Saweria, Monobank jars, CloudTips, Toonation, Patronite, buycoffee.to
    r"trakteer\.id|saweria\.co|sociabuzz\.com|send\.monobank\.ua|pay\.cloudtips\.ru|toon\.at|patronite\.pl|buycoffee\.to|"
    r"zrzutka\.pl|utip\.io|ofuse\.me|paypay\.ne\.jp|qr\.kaspi\.kz|picpay\.me)$",
    re.I,
)
SUPPORT_PATHS = re.compile(r"(/wishlist|/registry/|/hz/wishlist|/subscribe\b|[?&#]subscribe\b|/donate\b|/support-us\b|/membership\b|/tip\b|"
                           # a platform's pages for paying or joining: the whole path segment, not a post's slug
                           r"/(?:support|contribute|contributions?|join|upgrade|unlock|premium|checkout|pricing|plans|members?hip)(?=[/?#]|$))", re.I)

# ... and the same services by name, a label of the host under any domain ("paypal.de", "www.darujme.cz"): tip jars
# and memberships ("tip"); charities' and campaigns' fundraisers ("fund") are no ask alone: the money goes to a cause
SUPPORT_NAMES = re.compile(
    r"(?:^|\.)(?:(?P<tip>ko-?fi|kofi|patreon|buymeacoffee|buycoffee|paypal|liberapay|flattr|steadyhq|tipeee|boosty|"
    r"trakteer|saweria|sociabuzz|patronite|contribee|afdian|ofuse|utip|cloudtips|donationalerts|monobank|cafecito)|(?P<fund>gofundme|"
    r"opencollective|donorbox|givebutter|darujme|donio|pomagam|zrzutka|leetchi|helloasso|betterplace|apoia|vakinha))\.",
    re.I)


def is_support_link(href: str) -> bool:
    host = urlsplit(href).hostname or ""
    named = SUPPORT_NAMES.search(host)
    return bool(SUPPORT_HOSTS.search(host) or named and named.group("tip")) or bool(SUPPORT_PATHS.search(href))


def same_site(href: str, host: str) -> bool:
    """A relative link, or one to the page's own host (www. or not)."""
    target = (urlsplit(href).hostname or "").lower()
    strip = lambda h: h[4:] if h.startswith("www.") else h  # noqa: E731 - tiny local normaliser
    return not target or not host or strip(target) == strip(host.lower())


_HANDLE_END = re.compile(r"(?<![\w@])@[\w][\w.]{2,29}[\W]{0,3}$")


def promotion(block: HtmlElement, body: HtmlElement, index: int, count: int, host: str) -> str | None:
    """Why a block is promotion spliced into the post, or None (see scraper.extract.promo)."""
    text = text_of(block)
    words = count_words(text)
    if words > 120:
        return None
    if promo_class(block, body):
        return "promotion (theme class)"
    kind = call_kind(block)
    if kind in ("membership upsell", "giveaway widget") and words <= 80:
        return kind
    apart = set_apart(block, body)
    if not kind and words <= 80:
        # a line in a small box whose only other text is its button ("🔒 Members hear the episode" + "Join"): the button's link says what the line asks, and the box sets it apart
        box = promo_box(block, body)
        if box is not block and beside_only_links(box, block):
            kind = call_kind(box)
            apart = apart or kind is not None
    if words <= 80 and (kind or apart):
        # the ask's box: a card or page-builder module holding only it and its heading or button
        box = promo_box(block, body)
        if box is not block and count_words(text_of(box)) <= 80:
            kind = kind or (call_kind(box) if apart else None)
            # a box of its own with a heading or button beside the ask is set apart by structure
            apart = apart or len(text_of(box)) > len(text)
        if kind and apart:
            return kind
    edge = index < 2 or index >= count - 3
    last = index >= count - 2
    links = hrefs_in(block)
    # a short block naming a tipping service, anywhere in the post, when it is set off from the running text (boxed,
    # alone in a wrapper of its own, led by a pictograph): a plea (crowdfunding is also what books are made with)
    # (read only for the blocks the two rules on it can take, short ones or lists: the costliest pattern here)
    payment = PAYMENT_NAME.search(text) if words <= 30 or (index >= count / 2 and (words <= 40 or block.tag in ("ul", "ol"))) else None
    if payment and words <= 30 and payment.group(0).lower() not in ("kickstarter", "gofundme") \
            and (apart or own_wrapper(block, body) or PICTOGRAPH_LEAD.match(text)):
        return "call to action"
    # the blog's page on a tipping service written out ("patreon.com/lampandledger"): an ask, however long
    if words <= 80 and names_support_page(text):
        return "call to action"
    # an invitation to the blog's messenger group or channel: a link there (or its address written out), the messenger named in a closing line, or
    # anywhere beside an imperative to join (platforms.JOIN_ASK: "join our WhatsApp group")
    if words <= 30 and ((any(MESSENGER_URL.search(a.get("href", "")) for a in links) or MESSENGER_TEXT.search(text)) and (apart or edge)
                        or (index >= count - 2 and words <= 25 and MESSENGER_NAME.search(text))
                        or (MESSENGER_NAME.search(text) and JOIN_ASK.search(text))):
        return "follow-me line"
    # among the last lines, a network named and the blog's handle closing the line ("… on Instagram: @ana.reads")
    if words <= 30 and index >= count - 3 and _HANDLE_END.search(text) and SOCIAL_NAME.search(text):
        return "follow-me line"
    # the last block asks for money by bank transfer ("chip in for the room's rent by transfer to the account on the
    # Contact page"): a verb of giving beside a bank account, with no service to name
    if index == count - 1 and words <= 40 and BANK_ACCOUNT.search(text) and GIVING_VERB.search(text):
        return "call to action"
    # a reply asked for in the team's chat channel in the second half ("answer in #bookclub on Slack")
    if words <= 30 and index >= count / 2 and CHAT_NAME.search(text) and re.search(r"(?:^|\s)#[^\W\d_][\w-]+", text):
        return "follow-me line"
    # a pictograph-led line naming a social network, anywhere ("📘 Like our page on Facebook to hear first"): an ask
    # spliced into the post (an info line under a label, "📘 Format: Kindle · Goodreads 4.1", stays)
    if words <= 30 and PICTOGRAPH_LEAD.match(text) and SOCIAL_NAME.search(text) and not has_score(text) \
            and not re.match(r"^\W*(?:\w+\s+){0,3}\w+\s*[:：]", text) and not text.rstrip().endswith((":", "：")):
        return "follow-me line"
    # a sentence to the reader flagged with a pictograph late in the post ("☕ If you liked …", "📢 Follow us on …"): an
    # aside; an info line ("📖 Pages: 320") or a rating line stays, a labelled tip under the score goes (tipline) (a
    # lead-in ending in a colon, "👀 If you liked this, try:", opens the reviewer's own list; unspaced scripts are
    # measured in characters; late: among the last blocks, or after the review's last paragraph, _after_text)
    if PICTOGRAPH_LEAD.match(text) and (words >= 8 or (words <= 2 and len(text) >= 25)) and words <= 50 \
            and (not re.match(r"^\W*(?:\w+\s+){0,3}\w+\s*[:：]", text) or label_tip(block, text)) and not text.rstrip().endswith((":", "：")) \
            and not has_score(text) and (index >= count * 0.6 or _after_text(block, body)):
        return "aside to the reader"
    if index >= count / 2 and payment and (apart or words <= 25 or not links):
        items = block.xpath("./li") if block.tag in ("ul", "ol") else []
        # a plea; or a closing "housekeeping" list whose items are short asks, one of them for money
        if words <= 40 or (items and len(items) <= 6 and all(count_words(text_of(li)) <= 40 for li in items)):
            return "call to action"
    # a price beside a link to the site's own pages (or its sister sites): a subscription or membership offer,
    # typeset as a box of its own ("Read without ads for 39 Kč a month"); a bookseller's link is a buy line
    if words <= 40 and PRICE.search(text) and (apart or own_wrapper(block, body)) and links \
            and all(_same_organisation(a.get("href", ""), host) and not RETAILER_HOST.search(urlsplit(a.get("href", "")).hostname or "")
                    for a in links):
        return "membership upsell"
    if apart and words <= 50 and DATE_AND_TIME.search(text):
        return "event notice"
    if last and words <= 25 and apart and PLATFORM_ACTION.search(text):
        return "platform action line"
    retail = retailer_links(block)
    affiliate = affiliate_links(block, host)
    if affiliate and words <= 60 and (apart or link_share(block) >= 0.3 or (edge and words <= 35)):
        return "affiliate note"
    if words <= 80 and apart and edge and len(retail) == len(links) \
            and (names_retailer(block) or AFFILIATE_WORD.search(text)):
        from .housekeeping import a_note  # (late: housekeeping and citedrecord read this module)
        from .citedrecord import house_cited
        from .readeraside import story_commission  # (a commission the story's people own: "the painter's commission")
        if links or not (a_note(text) or house_cited(text) or story_commission(text)):  # (a free copy's note, a citation, naming its shop: no ad)
            return "affiliate note"
    # a bookseller named and the affiliate programme named in one short line: the disclosure, wherever it stands
    # (or linked, when every link goes to the bookseller: "<a>Buy it at Shopee</a> (affiliate link)")
    if (words <= 50 and not links or words <= 15 and len(retail) == len(links)) and AFFILIATE_WORD.search(text) and names_retailer(block):
        return "affiliate note"
    if retail and words <= 15 and len(retail) == len(links) and link_share(block) >= 0.5:
        return "buy links"
    if words <= 15 * max(1, len(links)) and is_read_next(block, host):
        return "related post"
    return None


# An amount of money: a currency sign or code before or after a number (platform-independent, script-independent).
PRICE = re.compile(
    r"(?:[£€$¥₹₽₩₺₫₪₦₵₱₴₸₼₾৳]|\b(?:US\$|R\$|A\$|C\$|CHF|EUR|USD|GBP|SEK|NOK|DKK|PLN|CZK|HUF|RON|kr\.?|[TKU]?Sh|[TKU]sh)\s?)\s?\d[\d.,]*|"
    r"\b\d[\d.,]*\s?(?:[£€$¥₹₽₩₺₫₪₦₵₱₴₸₼₾৳]|(?:Kč|zł|kr|Ft|lei|руб\w*|грн|EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|RON|TRY)\b|元|円|원)"
)


def _same_organisation(href: str, host: str) -> bool:
    """The link stays with the site's owner: relative, the same host, or a sister host under the same domain
    ("subscribe.paper.example" from "blog.paper.example"); not to one of its posts (a dated path, a page, a long slug),
    which is the review pointing to another post."""
    parts = urlsplit(href)
    if _POST_PATH.search(parts.path or ""):
        return False
    target = (parts.hostname or "").lower()
    if not target or not host:
        return True
    return registrable(target) == registrable(host)  # (sitedomain: two "*.co.uk" hosts are two owners)


_POST_PATH = re.compile(r"/(?:19|20)\d\d/|\.html?$|[^\W\d_]+-[^\W\d_]+-[^\W\d_]+")


def beside_only_links(box: HtmlElement, block: HtmlElement) -> bool:
    """All the box holds besides the block is link text (a button, a "join" link)."""
    extra = len(text_of(box)) - len(text_of(block))
    linked = sum(len(text_of(a)) for a in links_of(box) if a is not block and block not in a.iterancestors())
    return 0 < extra <= linked + 3


# A bank account or transfer, and a verb of giving or supporting, in our languages (a plea without a service's name).
BANK_ACCOUNT = re.compile(r"\b(iban|bank\s+(account|transfer)|účet|převod\w*|konto|przelew\w*|rekening|overboeking|überweisung|"
                          r"compte|virement|cuenta|transferencia|conto|bonifico|рахун\w*|сч[её]т|переказ\w*|חשבון|העברה)", re.I)
GIVING_VERB = re.compile(r"\b(donat\w*|contribut\w*|chip\s+in|support|přispě\w*|podpoř\w*|wesprzyj\w*|wpła\w*|steun\w*|doneer\w*|"
                         r"spende\w*|unterstütz\w*|soutien\w*|soutenez|contribuez|donar|donnez|apoy\w*|apoi\w*|sosten\w*|"
                         r"подтрим\w*|підтрим\w*|поддерж\w*|пожертв\w*|задонат\w*|תרמו|לתרום|תמכו)\b", re.I)


# A line opening with a pictograph (☕, 📚, 📌, 💌 …): how bloggers flag an aside to the reader.
PICTOGRAPH_LEAD = re.compile(r"^\W{0,2}[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def own_wrapper(block: HtmlElement, body: HtmlElement) -> bool:
    """The block sits alone in a wrapper of its own inside the post body (a theme's or the blogger's box)."""
    parent = block.getparent()
    return parent is not None and parent is not body and text_of(parent).strip() == text_of(block).strip()


# A date and a clock time near each other, a short word may join them: "Thursday 2 May, 12:30", "12 березня о 19:00"
DATE_AND_TIME = re.compile(
    r"^\W{0,3}([\w-]+\.?,?\s+)?\d{1,2}\.?\s+([^\W\d_]{1,3}\s+)?\w+\.?,?\s+(\d{4},?\s+)?(at\s+|à\s+|um\s+|alle\s+|a\s+las\s+|[^\W\d_]{1,4}\.?\s+)?\d{1,2}([:.h]\d{2}\b|\s?h\b)|"
    r"^\W{0,3}(\w+,?\s+)?\w+\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+(\d{4},?\s+)?(at\s+)?\d{1,2}(:\d{2})?\s*(am|pm|[ap]\.m\.)",
    re.I,
)
def self_promotion(block: HtmlElement, body: HtmlElement, index: int, count: int, names: tuple[str, ...]) -> str | None:
    """A line at the very start or end that names the blog or the blogger: a sign-off, a masthead, a follow-us."""
    if not (index == 0 or index >= count - 2) or block.tag in HEADING_TAGS:
        return None
    text = text_of(block)
    words = count_words(text)
    if words > 60 or not any(len(n) >= 4 and named_whole(text, n) for n in names):
        return None
    if words <= 12 or set_apart(block, body):
        return "the blog about itself"
    return None


TAXONOMY_PATH = re.compile(r"/(tags?|category|categories|categoria|kategorie|label|labels|author|authors|autor|auteur|autore|search|series|genre)/", re.I)


def _after_text(block: HtmlElement, body: HtmlElement) -> bool:
    """After the text of the review: no paragraph of 20 words follows in the body, and what follows is under a third
    of what came before (the page's short lines, a citation, its counts)."""
    def words(axis: str) -> list[int]:
        return [count_words(text_of(p)) for p in block.xpath(f"{axis}::p | {axis}::div[not(.//div|.//p)]") if body in p.iterancestors()]
    after = words("following")
    return max(after, default=0) < 20 and sum(after) < sum(words("preceding")) / 3


def is_read_next(block: HtmlElement, host: str) -> bool:
    """A label and links to other posts of the same blog, nothing else ("Read next: <a>…</a>",
    "Also here: <a>…</a> · <a>…</a>", "Also here: <a>…</a> and <a>…</a>")."""
    links = hrefs_in(block)
    if not links or len(links) > 6 or block.tag in HEADING_TAGS or block.tag in ("ul", "ol", "blockquote"):
        return False
    text = text_of(block)
    label = text.split(text_of(links[0]), 1)[0].strip() if text_of(links[0]) else ""
    rest = text[len(label):]
    for a in links:
        rest = rest.replace(text_of(a), " ", 1)
        href = a.get("href", "")
        path = urlsplit(href).path.strip("/")
        # a link to a tag, category or author page is an info line's value ("Author: <a>…</a>"), not a post (a link
        # to the page itself, "#", is the site's script: a reservation or a teaser the page opens)
        if href.strip().startswith("#"):
            continue
        if not path or TAXONOMY_PATH.search("/" + path + "/") or not same_site(href, host):
            return False
    # between and after the links only separators ("·", "|", ",") or a joining word ("and", "und", "и")
    return link_share(block) >= 0.5 and all(len(gap) <= 4 for gap in re.findall(r"\w+", rest)) and len(re.findall(r"\w+", rest)) < len(links) \
        and count_words(label) <= 4 and label.rstrip().endswith((":", "→", "»", "—", "-", "–"))
