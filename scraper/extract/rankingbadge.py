"""A blog-ranking badge, or a mailing platform's own links, inside a post body: the platform's, not the review's.

Blogs in Japan, Korea and elsewhere close a post on a banner of a ranking portal ("a click helps my ranking"), and a
newsletter copied to the web keeps its platform's links ("view in your browser", "unsubscribe"). What marks them is
the link's host or the portal's name (platform knowledge: ``platforms.RANKING_HOST``, ``RANKING_NAME``,
``NEWSLETTER_CHROME_HOST``); after the review, a short line naming a ranking whose banner the copy lost is one too,
and so is, anywhere, a platform's ranking card whose own label names the ranking over a link to the category it ranks
in (a blog-group card: "ranking: <category>"), in the card's shape: the label, little else, the link closing it.
Read by ``chrome.mark_platform_lines``; moved out of chrome, which keeps the shapes of meta rows and comments.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .nodes import HEADING_TAGS
from .platforms import NEWSLETTER_CHROME_HOST, RANKING_HOST, RANKING_NAME
from .promo import links_of, text_of
from .rating import has_score
from .words import count_words


def ranking_badge(block: HtmlElement, at_end: bool = False) -> str | None:
    """A short block linking to a blog-ranking portal (by its address, or the portal's name on its badge: RANKING_NAME)
    or to a mailing platform's own pages ("view in your browser", "unsubscribe"); after the review's last paragraph, a
    short line naming a ranking over a banner the copy lost ("I take part in the blog ranking, a click helps")."""
    links = links_of(block)
    if not links:  # (the banner lost, or the banner beside the line in their own box: a linked image has no text of its own)
        loose = block.tag not in HEADING_TAGS | {"blockquote", "table", "pre"}
        # (the ranking named first, the cheapest and rarest test; the line's place after it)
        text = text_of(block) if loose else ""
        if not text or count_words(text) >= 31 or not RANKING_NAME.search(text) or has_score(text):
            return None
        return "ranking badge" if at_end or _beside_badge(block) or _banner_box(block, text) else None
    if block.tag in HEADING_TAGS or count_words(text_of(block)) > 60:
        return None
    if _badge_links(links):
        return "ranking badge"
    if _own_label(block, links):
        return "ranking badge"
    if count_words(text_of(block)) <= 30 and any(NEWSLETTER_CHROME_HOST.search(urlsplit(a.get("href", "")).hostname or "")
                                                 for a in links):
        return "newsletter chrome"
    return None


def _badge_links(links: list[HtmlElement]) -> bool:
    """One of the links goes to a ranking portal, or its label or its image's alt text names one."""
    return any(RANKING_HOST.search(urlsplit(a.get("href", "")).hostname or "")
               or RANKING_NAME.search(text_of(a) + " ".join(a.xpath(".//img/@alt"))) for a in links)


def _beside_badge(block: HtmlElement) -> bool:
    """The line shares a small box (30 words at most) with a ranking portal's badge, its banner link: "<div><a><img
    alt='…ranking'></a><span>a click helps my rank</span></div>" anywhere in the post, the badge's own caption."""
    box = block.getparent()
    return box is not None and box.tag in ("div", "p", "aside", "section", "figure", "center") \
        and count_words(text_of(box)) < 31 and _badge_links(links_of(box))


# (the banner's caption opens on the ranking's name, after at most a pictograph or a bullet, not a quotation mark)
_OPENS = re.compile(r"[^\w\"“„«「『‘']{0,3}")


def _banner_box(block: HtmlElement, text: str) -> bool:
    """The line opens a small box of its own in the post (30 words at most, no link, not the post's body: its
    parent a box that has one): the ranking banner's box, its banner lost in the copy, its caption or the plea to
    click beside it (Hatena's "hatena-module-html", a theme's widget set between the paragraphs). A sentence of the
    review about a ranking stands in the body's own run of paragraphs; a box of the review's (a callout, a pull
    quote: "This novel topped our book blog rankings", "“Top blogs never …,” she jokes") names it in a sentence, not
    first (rev-bpchrome37)."""
    found = RANKING_NAME.search(text)
    if found is None or not _OPENS.fullmatch(text[:found.start()]):
        return False
    box = block.getparent()
    return box is not None and box.tag in ("div", "aside", "section", "center") and block.getprevious() is None \
        and box.getparent() is not None and box.getparent().tag not in ("body", "article", "main") \
        and count_words(text_of(box)) < 31 and not links_of(box)


def _own_label(block: HtmlElement, links: list[HtmlElement]) -> bool:
    """A platform's ranking card: a short block whose own label, outside its links, names the ranking and whose link
    is the category or group it ranks in ("ランキング参加中 <a>読書</a>", "Blog ranking: <a>Books</a>"). The card's
    shape: the label (its "I take part" sentence too), then the link closing the block or a plea to click after it
    (``_PLEA``), and beside the ranking's name two words at most ("参加しています",
    "참여 중"); a reviewer's sentence about a ranking says more around it ("<a>X</a>'s blog rankings", "found her
    through IndiBlogger: <a>her blog</a>", a heroine's dream of a ranking) or carries a score."""
    text = text_of(block)
    if count_words(text) > 12 or has_score(text):
        return False
    # (the card's own label sentence and its plea to click are its shape, not more said: _PLEA)
    if not _TAIL.sub("", _PLEA.sub(" ", text)).endswith(_TAIL.sub("", text_of(links[-1]))):  # (the link closes it)
        return False
    own = text
    for a in links:
        own = own.replace(text_of(a), " ", 1)
    found = RANKING_NAME.search(own)
    return bool(found) and count_words(_TAIL.sub(" ", _PLEA.sub(" ", own[:found.start()] + " " + own[found.end():]))) \
        <= 2


# a ranking card's label sentence ("I take part") and its plea to click: ja ko zh en de fr es pt it nl pl ru
_PLEA = re.compile(
    r"に?参加(?:しています|してます|中です|中)|(?:応援)?クリック(?:お願い(?:します|いたします)?|して(?:ください|ね))|"
    r"ポチ(?:ッと)?(?:お願い(?:します)?)?|참여\s*(?:중|하고\s*있습니다)|클릭\s*(?:부탁(?:드립니다|해요)?|해\s*주세요)|"
    r"请点击|請點擊|点击支持|點擊支持|(?<!\w)(?:please\s+click|click,?\s+please|thanks\s+for\s+clicking|"
    r"bitte\s+klicken|danke\s+fürs\s+klicken|merci\s+de\s+cliquer|cliquez,?\s+svp|haz\s+clic,?\s+por\s+favor|"
    r"por\s+favor,?\s+(?:haz\s+clic|clique)|clique,?\s+por\s+favor|clicca,?\s+per\s+favore|graag\s+klikken|"
    r"kliknij,?\s+proszę|proszę\s+kliknąć|нажмите,?\s+пожалуйста|пожалуйста,?\s+нажмите)(?!\w)[\W_]*", re.I)
_TAIL = re.compile(r"[\W_]+$|(?<=\s)[\W_]+(?=\s)|^[\W_]+")
