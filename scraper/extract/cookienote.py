"""The site's notice about its cookies set inside the article, in any language: "This site uses cookies …", "No cookies
here, no trackers", "Vi använder kakor …", "当ブログはCookieを使用しています", "Мы используем файлы cookie …".

Consent banners are platform widgets, removed by their class (``platforms``); a theme or a blogger who writes the
notice as a line of the post leaves it among the review's blocks. Its subject is the site's cookies or tracking, and it
sits at the edge of the article, not among the review's paragraphs:

- a block of its own, 40 words at most, no score, not a heading;
- naming cookies (the word and its loans and translations: cookie, kakor, ciasteczka, evästeet, sütik, çerez, 쿠키,
  куки …) together with the site or its tracking (site, website, blog, сайт, журнал, ブログ; analytics, tracking, ads),
  not with a word of the page or of the story (web, track, analysis: "a web of lies", "hard to keep track of");
- before the review's first paragraph of prose (20 words or more, not set apart) and among the first three blocks,
  or among the last three blocks; a word of cookies that heads a compound ("cookie-cutter") is no cookie.

A review's sentence about cookies (a baking novel, a story of surveillance) stands inside the review's paragraphs, or
names no site or tracking.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import HEADING_TAGS, text_of
from .promo import set_apart
from .rating import has_score
from .words import count_words

RULE = "cookie notice"
_MAX_WORDS = 40
_EDGE = 3  # the blocks at either edge of the article where a notice sits
_COOKIE = re.compile(
    r"cookie(?!-\w)|\bkakor\b|\bkakorna\b|ciasteczk|eväste|informasjonskaps|\bsütik|\bçerez|쿠키|クッキー|\bкуки\b|kolačić|"
    r"piškot|sīkdatn|slapuk|küpsis|бисквитк|ملفات تعريف الارتباط|עוגיות", re.I)
_SITE = re.compile(
    r"\b(?:site|sites|website|websites|webpages?|webbplats\w*|webbsida\w*|webside\w*|sajt\w*|blog\w*|strona|stronie|witryn\w*|"
    r"serwis\w*|sito|sitio|página|seite|webseite|webstek|sivusto\w*|oldal\w*|сайт\w*|журнал\w*|блог\w*|"
    r"analytics?|analytik\w*|analityk\w*|analitic\w*|аналитик\w*|tracking|trackers?|tracciam\w*|traceur\w*|"
    r"seguimiento|отслеж\w*|ads|advertising|reklam\w*|werbung|publicité|pubblicità|anuncios|реклам\w*)\b"
    r"|ブログ|サイト|本站|网站|網站|站点|사이트|블로그|広告|广告|광고|追跡|分析", re.I)


def _prose(block: HtmlElement, body: HtmlElement) -> bool:
    return count_words(text_of(block)) >= 20 and not set_apart(block, body) and block.tag not in HEADING_TAGS


def cookie_notice(text: str) -> bool:
    """`text` is a short line about the site's cookies or tracking."""
    return bool(text) and count_words(text) <= _MAX_WORDS and not has_score(text) and bool(_COOKIE.search(text)) \
        and bool(_SITE.search(text))


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict, boxes: dict) -> None:
    """Mark the site's cookie notices at the edge of the article (boilerplate._decide)."""
    # (the review's first paragraph: not the notice itself, which in a script without spaces counts many words)
    first = next((i for i, b in enumerate(items) if i not in drop and _prose(b, body) and not cookie_notice(text_of(b))),
                 len(items))
    for i, block in enumerate(items):
        # (the opening's blocks before the first paragraph, but no deeper than the edge: a review of short lines has
        # no paragraph of 20 words, and its middle is no edge)
        if i in drop or block.tag in HEADING_TAGS or not (i < min(first, _EDGE) or i >= len(items) - _EDGE):
            continue
        if cookie_notice(text_of(block)):
            drop[i] = RULE
