"""A blog-ranking badge, or a mailing platform's own links, inside a post body: the platform's, not the review's.

Blogs in Japan, Korea and elsewhere close a post on a banner of a ranking portal ("a click helps my ranking"), and a
newsletter copied to the web keeps its platform's links ("view in your browser", "unsubscribe"). What marks them is
the link's host or the portal's name (platform knowledge: ``platforms.RANKING_HOST``, ``RANKING_NAME``,
``NEWSLETTER_CHROME_HOST``); after the review, a short line naming a ranking whose banner the copy lost is one too.
Read by ``chrome.mark_platform_lines``; moved out of chrome, which keeps the shapes of meta rows and comments.
"""

from __future__ import annotations

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
    if not links:  # (the banner lost)
        text = text_of(block) if at_end and block.tag not in HEADING_TAGS | {"blockquote", "table", "pre"} else ""
        return "ranking badge" if count_words(text) < 31 and RANKING_NAME.search(text) and not has_score(text) else None
    if block.tag in HEADING_TAGS or count_words(text_of(block)) > 60:
        return None
    hosts = [urlsplit(a.get("href", "")).hostname or "" for a in links]
    if any(RANKING_HOST.search(h) for h in hosts) \
            or any(RANKING_NAME.search(text_of(a) + " ".join(a.xpath(".//img/@alt"))) for a in links):
        return "ranking badge"
    if count_words(text_of(block)) <= 30 and any(NEWSLETTER_CHROME_HOST.search(h) for h in hosts):
        return "newsletter chrome"
    return None
