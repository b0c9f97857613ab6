"""Blocks of a post body that are only links: a share bar, a list of the blog's other posts, "Previous | Next".

``boilerplate.clean_body`` drops them: a share bar is links to the networks' share intents (platforms.SHARE_LINK);
a related list is a list whose items are each a link to the blog itself (or a box of a short heading over bare links to
it: ``headed_link_box``); a link block is a paragraph that is nothing but two or more links, or a row of tags under
its label. A share bar whose buttons carry no address (the sharing is a script's click handler:
"<a>Share</a> <a>Facebook</a> <a>Zalo</a> <a>Copy link</a>") is known by its buttons' words: a row of short controls
and nothing else (but a short label closed by a colon before them: "Share this post: <a>Facebook</a> …"), two or more
of them the name of a network or messenger alone (``_NETWORK``, platform knowledge). When that label is an element of
its own ("<div><span>Share:</span> <a>WhatsApp</a> <a>Facebook</a> …</div>"), the body's blocks hold the label alone
(the row's links are inline, no block): ``label_row`` gives the row the label opens, for the cleaning to take whole. A
list of the reviewer's recommendations with words around its links is none of them.

A link block may also be a row of links set off by marks alone ("« <a>Previous: …</a> | <a>Next: …</a> »", "← <a>…</a>
· <a>…</a> →"): a post's previous/next navigation, whose arrows and bars weigh more than a share of its text; a line
whose text outside its links is navigation marks alone (« » ‹ › ← → | · – —) is the same row, however long its marks
(a breadcrumb's steps between links, "›", ">", "/", are left to ``spliced.breadcrumbs``). A reviewer's sentence around
two links has words of its own; a list entry's stars or emoji before its linked title and author, or any score, is
the entry's rating, not navigation.
"""

from __future__ import annotations

from lxml.html import HtmlElement

import re

from . import promo, readalsoline
from .nodes import HEADING_TAGS, hrefs_in, text_of
from .platforms import SHARE_LINK
from .booktags import TAG_WORDS
from .rating import has_score
from .words import count_words

# a share button's whole text: the networks and messengers share bars offer, in the scripts they write their names in
_NETWORK = re.compile(
    r"^\W*(?:facebook|fb|messenger|twitter|x|threads|bluesky|mastodon|linkedin|reddit|tumblr|pinterest|whatsapp|telegram|"
    r"viber|signal|line|zalo|kakao\s?talk|kakao\s?story|kakao|band|naver|weibo|wechat|qq|qzone|douban|vk|vkontakte|"
    r"вконтакте|ВК|одноклассники|ok|телеграм|pocket|flipboard|e-?mail|微博|微信|新浪微博|QQ空间|豆瓣|카카오톡|카카오스토리|"
    r"네이버\s?밴드|페이스북|트위터|フェイスブック|ツイッター|はてな(?:ブックマーク)?|ライン|เฟซบุ๊ก|ไลน์|"
    # (in the scripts of Hebrew, Arabic, Persian/Urdu, Devanagari, Bengali, Greek, Armenian, Georgian)
    r"ו?ו?ואטסאפ|פייסבוק|טוויטר|טלגרם|واتساب|واتس\s?اب|فيسبوك|فيس\s?بوك|تويتر|تلغرام|تيليجرام|فیس‌?بوک|واتس‌?اپ|"
    r"توییتر|تلگرام|فیس\s?بک|واٹس\s?ایپ|ٹویٹر|फ़?ेसबुक|व्हाट्सऐप|व्हाट्सएप|ट्विटर|टेलीग्राम|ফেসবুক|হোয়াটসঅ্যাপ|"
    r"টুইটার|φέισμπουκ|φεϊσμπούκ|τουίτερ|ֆեյսբուք|տելեգրամ|ფეისბუქი?|ტელეგრამი?)\W*$", re.I)
_CONTROLS = ("a", "button", "span", "li")
# the networks whose names are words too ("Band: <a>X</a>", "Autorin: <a>Line</a>"): a row of one of them alone is no share row
_COMMON_NAME = re.compile(r"^\W*(?:x|line|band|signal|ok|pocket|threads|e-?mail|messenger|ライン|ไลน์)\W*$", re.I)
# the inline elements a row's own label is set in (boilerplate reads a block of these as a row's label too)
LABEL_TAGS_INLINE = ("span", "b", "strong", "em", "i", "small", "label")
# a short label ending on a colon, in any language, before a row's buttons
_LEAD = re.compile(r"\s*(?:[^\W\d_]+\s+){0,4}[^\W\d_]+\s*[:：]\s*$")


def link_share(block: HtmlElement, host: str) -> tuple[float, list[str]]:
    """Share of the block's text that is link text, and the link targets."""
    text = text_of(block)
    links = hrefs_in(block)
    linked = sum(len(text_of(a)) for a in links)
    return (linked / len(text) if text else 0.0), [a.get("href", "") for a in links]


def is_related_list(block: HtmlElement, host: str) -> bool:
    if block.tag not in ("ul", "ol"):
        return False
    items = [li for li in block if isinstance(li.tag, str) and li.tag == "li"]
    if len(items) == 1:
        return _labelled_lone_link(block, items[0], host)
    if len(items) < 2:
        return False
    link_items = 0
    for li in items:
        share, hrefs = link_share(li, host)
        if share >= 0.8 and hrefs and all(promo.same_site(h, host) for h in hrefs):
            link_items += 1
    return link_items >= 0.8 * len(items)


_LABEL_TAGS = ("strong", "b", "h2", "h3", "h4", "h5", "h6", "p", "span", "div")


def _labelled_lone_link(block: HtmlElement, item: HtmlElement, host: str) -> bool:
    """A box of its own set between the post's paragraphs, holding a short label ("Read also", "함께 읽으면 좋은 기사")
    and a list of one link to another page of the site: the related post box with one post in it. A list of one link
    with no box and label of its own, or to another site, is the writer's."""
    box = block.getparent()
    if box is None or box.tag not in ("div", "aside", "section", "nav"):
        return False
    others = [c for c in box if isinstance(c.tag, str) and c is not block]
    if len(others) != 1 or others[0].tag not in _LABEL_TAGS or (box.text or "").strip() \
            or any((c.tail or "").strip() for c in box if isinstance(c.tag, str)):
        return False
    label = text_of(others[0])
    if not label or count_words(label) > 8 or next(others[0].iter("a"), None) is not None:
        return False
    share, hrefs = link_share(item, host)
    return share >= 0.8 and len(hrefs) == 1 and count_words(text_of(item)) <= 15 and promo.same_site(hrefs[0], host)


def link_list(block: HtmlElement, host: str, last: bool = False) -> HtmlElement | None:
    """What goes of a block of links (``boilerplate.clean_body``): the block, a related list or a link block; or the
    box a heading opens over bare links to the site (``headed_link_box``; ``last``: the heading is the body's last
    block)."""
    if is_related_list(block, host) or is_link_block(block):
        return block
    return headed_link_box(block, host, last) if block.tag in HEADING_TAGS else None


def headed_link_box(heading: HtmlElement, host: str, last: bool = False) -> HtmlElement | None:
    """A box set between the post's paragraphs holding a short heading ("Related articles", "Kapcsolódó cikkek",
    "相关阅读") and one to four links to other pages of the site written bare after it, no list, no words of its own:
    the related-posts box, when its heading says so (a related or read-also label in many languages,
    ``readalsoline.is_teaser_label``) or when it stands alone at the body's end. A heading over the reviewer's own
    paragraphs, over a link to another site (a publisher's page, an interview elsewhere), a box among boxes of its
    shape (a list post's entries, each a heading over its link) or one set in the review under a heading of its own
    ("Where it all began") is the review's."""
    box = heading.getparent()
    if box is None or box.tag not in ("div", "aside", "section", "nav") or heading.getprevious() is not None \
            or (box.text or "").strip() or count_words(text_of(heading)) > 8 or box.getparent() is None:
        return None
    links = [c for c in heading.itersiblings() if isinstance(c.tag, str)]
    if not 1 <= len(links) <= 4 or any(c.tag != "a" or not _BETWEEN.fullmatch(c.tail or "") for c in links) \
            or not _BETWEEN.fullmatch(heading.tail or ""):
        return None
    if not all(c.get("href") is not None and promo.same_site(c.get("href", ""), host)
               and 2 <= count_words(text_of(c)) <= 15 for c in links):
        return None
    if any(_same_shape(box, other) for other in (box.getprevious(), box.getnext())):
        return None
    label = text_of(heading)
    return box if last or readalsoline.is_teaser_label(label) or _RELATED.match(label) else None


def _same_shape(box: HtmlElement, other: HtmlElement | None) -> bool:
    """A sibling box of the same tag and class opening on a heading: one entry of a run of them."""
    return other is not None and other.tag == box.tag and other.get("class") == box.get("class") \
        and len(other) > 0 and other[0].tag in HEADING_TAGS


# a related box's heading: related, similar or popular posts (a noun after the word), more like this, also or elsewhere
# on the site (en, de, fr, es, pt, it, nl, sv, da/nb, pl, cs, ru, uk, tr, id, vi, zh, ja, ko): read with the box's shape
_RELATED = re.compile(
    r"^\W*(?:(?:related|similar|popular|recent)\s+\w+|more\s+like\s+this|also\s+on\s+(?:this|the|our)\b|"
    r"elsewhere\s+on\b|(?:verwandte|ähnliche|beliebte)\s+\w+|"
    r"\w+\s+(?:similaires|liés|liées|populaires|relacionad[oa]s|similares|populares|"
    r"correlat[ei]|simili|popolari|relaterade|liknande|populära|relaterede|lignende|populære|powiązane|podobne|"
    r"popularne|související|podobné|oblíbené|terkait|serupa|populer|benzer|liên\s+quan)|"
    r"(?:gerelateerde|vergelijkbare|populaire|powiązane|podobne|popularne|související|podobné|похожие|популярные|"
    r"схожі|популярні|benzer|popüler)\s+\w+|相关|相關|関連|人気|관련|인기)\W*\w*\W*$", re.I)
# what stands between a related box's bare links: space and list marks
_BETWEEN = re.compile(r"[\s,·•|/]*")


def is_link_block(block: HtmlElement) -> bool:
    """A paragraph that is nothing but two or more links ("Previous | Next", a tag line), or links set off by marks
    alone ("« <a>Previous: …</a> | <a>Next: …</a> »": no word of its own outside them)."""
    if block.tag in ("ul", "ol", "blockquote", "table") or block.tag in HEADING_TAGS:
        return False
    share, hrefs = link_share(block, "")
    if len(hrefs) < 2 or share < 0.5:
        return False
    if share >= 0.85:
        return True
    outside = _outside_links(block)
    # (a row of tags under its label, "标签：<a>…</a> <a>…</a>", "Tags: <a>…</a>, <a>…</a>": short tags weigh less than
    # the label in the unspaced scripts; the label says tags, not "Books mentioned:")
    if _TAG_ROW_LABEL.fullmatch(outside):
        return True
    if not _NAV_MARKS.fullmatch(outside) or has_score(text_of(block)):
        return False
    links = [a for a in block.iter("a") if a.get("href") is not None]
    return not _STEP.search(" ".join(f" {a.tail or ''} " for a in links[:-1]))  # (a step mark between two links)


# the marks a previous/next row sets its links off with, and nothing else (a star, an emoji or a bullet outside the
# links is a list entry's rating or decoration, not navigation); a breadcrumb's step mark between two links ("Home ›
# Fiction": spliced.breadcrumbs reads the trail; a row's opening or closing arrows, "‹ … ›", are no step)
_NAV_MARKS = re.compile(r"[\s«»‹›←→|·–—]*")
# the label of a tag row before its links, then separators between them (the labels: booktags, in many languages)
_TAG_ROW_LABEL = re.compile(rf"\s*{TAG_WORDS}\s*[:：][\s,،、，;·•|/]*", re.I)
_STEP = re.compile(r"\s[›>/]\s")


def _outside_links(element: HtmlElement) -> str:
    """The element's text outside its links (<a href>): each child's text but a link's, and every child's tail."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and not (child.tag == "a" and child.get("href") is not None):
            parts.append(_outside_links(child))
        parts.append(child.tail or "")
    return " ".join(parts)


def is_share_block(block: HtmlElement) -> bool:
    hrefs = [a.get("href", "") for a in hrefs_in(block)]
    return bool(hrefs) and sum(bool(SHARE_LINK.search(h)) for h in hrefs) >= max(1, len(hrefs) // 2) or _button_row(block)


def _button_row(block: HtmlElement) -> bool:
    """A row of share buttons with no address (see the module docstring): the block holds short controls only (no
    words outside them but separators), two or more a network's name alone, and half of them at least."""
    if block.tag in HEADING_TAGS or block.tag in ("blockquote", "table"):
        return False
    row = block[0] if len(block) == 1 and block[0].tag in ("ul", "ol", "div", "span") and not (block.text or "").strip() else block
    controls = [c for c in row if isinstance(c.tag, str)]
    label_tail = ""
    if len(controls) > 2 and controls[0].tag in LABEL_TAGS_INLINE and not (row.text or "").strip() \
            and _LEAD.fullmatch(text_of(controls[0])):
        label_tail, controls = controls[0].tail or "", controls[1:]  # (the label an element: "<b>Share:</b> <a>…</a>")
    lead = _LEAD.match(row.text or "")  # (the row's own label before its buttons: "Share this post:", "分享到：")
    loose = (row.text or "")[lead.end() if lead and controls else 0:] + label_tail \
        + "".join(c.tail or "" for c in controls)
    # (one button under the row's own label, when the network's name is no common word: "Megosztás: <a>Facebook</a>",
    # and the button has no address of its own: a link to a page on the network, "Book club: <a href='…/r/club'>Reddit
    # </a>", is the writer's pointer, no share button)
    single = lead is not None and len(controls) == 1 and not _COMMON_NAME.match(text_of(controls[0])) \
        and not any(_addressed(a.get("href") or "") for a in [controls[0], *hrefs_in(controls[0])])
    if len(controls) < 2 and not single or any(c.tag not in _CONTROLS for c in controls) or re.search(r"\w", loose):
        return False
    words = [w for w in map(text_of, controls) if w]  # (an icon's button without words counts for nothing)
    if any(count_words(w) > 3 for w in words) or count_words(" ".join(words)) > 15:
        return False
    networks = sum(bool(_NETWORK.match(w)) for w in words)
    return networks >= (1 if single else 2) and 2 * networks >= len(words)


def _addressed(href: str) -> bool:
    """The link leads to a page (a share button's link stays on the page: "#", "javascript:…", or no link)."""
    href = href.strip()
    return bool(href) and not href.startswith("#") and not href.lower().startswith("javascript:")


def label_row(block: HtmlElement) -> HtmlElement | None:
    """The share row a label of its own opens ("<div><span>Share:</span> <a>WhatsApp</a> …</div>": the body's blocks
    hold the label alone), when the row is a row of share buttons (``_button_row``); else None."""
    row = block.getparent()
    if block.tag not in LABEL_TAGS_INLINE or row is None or row.tag not in ("div", "p", "span", "nav", "section",
                                                                               "aside") \
            or block.getprevious() is not None or (row.text or "").strip() or len(row) < 3:
        return None
    return row if _button_row(row) else None
