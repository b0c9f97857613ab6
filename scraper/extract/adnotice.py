"""The page's advertising notice: a short line at the top or the bottom of the post saying that the page carries
advertising or affiliate links ("This post contains affiliate links", "※本ページはプロモーションが含まれています",
"本文含有聯盟行銷連結", "본 포스팅에는 광고가 포함되어 있습니다").

Japan's rules on stealth marketing (2023), the FTC's in the United States, Korea's and Taiwan's have blogs state it,
and themes print it above or below every post; it is the site's notice, not the review's words, whatever the book.
Its shape, in every language: the post, page, site or blog named as what contains or uses advertising, promotion, PR,
sponsored content or affiliate links (NOTICE), in a short line (25 words at most) among the first three or the last
three lines left in the body, not a heading, quotation, list or table, no score.

A review's sentence about advertising ("the novel's heroine writes advertising copy") names no post or page as what
carries it, and a free copy's disclosure ("the publisher sent me this book") names no advertising: it stays, a note.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .promo import promo_box
from .rating import has_score
from .words import count_words

RULE = "advertising notice"
_MAX_WORDS = 25
_EDGE = 3
_BLOCKED = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre")

NOTICE = re.compile(
    # ja: "本ページは/当ブログでは/この記事には … プロモーション/広告/アフィリエイト/PR … 含/利用/使用"
    r"(?:(?:本|当|この)(?:ページ|記事|サイト|ブログ|エントリー?|投稿|動画)|記事内|サイト内)(?:内)?(?:に|で|は|には|では)?[^。]{0,12}?"
    r"(?:プロモーション|広告|アフィリエイト|PR|ＰＲ|タイアップ)[^。]{0,12}?(?:含|利用|使用|掲載)"
    # zh
    r"|(?:本文|本篇|此文|這篇|这篇|本頁|本页|本站|本網誌|本博客|本部落格)[^。]{0,8}?(?:含有|包含|含|使用|有|為|为)[^。]{0,8}?"
    r"(?:广告|廣告|推广|推廣|联盟|聯盟|业配|業配|赞助|贊助|分润|分潤)"
    # ko
    r"|(?:이|본|해당)\s?(?:포스팅|글|게시물|게시글|페이지|블로그|리뷰)[^.]{0,30}?(?:광고|제휴|파트너스|협찬|소정의\s?수수료)"
    # en
    r"|\b(?:this|the)\s+(?:post|page|article|review|site|blog)\s+(?:may\s+)?(?:contains?|includes?|uses?|features?)\s+"
    r"(?:affiliate|sponsored|ads?\b|advertis|promotion|paid)",
    re.I)


def ad_notice(block: HtmlElement) -> bool:
    """A short line naming the post or the site as carrying advertising or affiliate links."""
    if block.tag in _BLOCKED:
        return False
    text = text_of(block)
    return bool(text) and count_words(text) <= _MAX_WORDS and bool(NOTICE.search(text)) and not has_score(text)


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark an advertising notice among the first and the last three lines left in the body."""
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    for i in dict.fromkeys(live[:_EDGE] + live[-_EDGE:]):
        if ad_notice(items[i]):
            drop[i], boxes[i] = RULE, promo_box(items[i], body)
