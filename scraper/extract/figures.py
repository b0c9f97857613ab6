"""What stays in a post body, readied for trafilatura after cleaning (scraper/extract/boilerplate.py).

Pull quotes, captions and link cards, and sentences written in a bare ``<div>`` (a callout card),
which trafilatura reads only in posts with little ``<p>`` text, or drops as images or link-dense boxes.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from . import promo
from .boilerplate import _BOXES, _DIV_TEXT_LIMIT, BLOCK_TAGS, _drop, _text
from .selectors import select
from .words import count_words


def keep_figure_text(body: HtmlElement, host: str = "") -> None:
    """Pull quotes, photo captions and link cards are the reviewer's choice; trafilatura drops them as
    images or as link-dense boxes. (A Ghost bookmark card is a link the writer embedded in the post.)"""
    for card in select(body, ".kg-bookmark-card"):
        links = card.xpath(".//a[@href]")
        if links and promo.same_site(links[0].get("href", ""), host):
            _drop(card)  # a card for another post of the same blog is a related-post link
            continue
        card.tag = "div"
        for part in card.cssselect("a.kg-bookmark-container, .kg-bookmark-content"):
            part.tag = "div"
        for part in card.cssselect(".kg-bookmark-title, .kg-bookmark-description, .kg-bookmark-metadata"):
            part.tag = "p"
    for figure in body.iter("figure"):
        if figure.xpath(".//blockquote | .//figcaption"):
            figure.tag = "div"
            for caption in figure.iter("figcaption"):
                caption.tag = "p"
    # trafilatura reads text written straight into a <div> only in a post with little <p> text; in one with
    # more, a sentence or more in a <div> with no blocks inside (a callout card's text) is a paragraph
    # (short labels and tags are left to trafilatura)
    if sum(len(p.text_content()) for p in body.iter("p")) >= _DIV_TEXT_LIMIT:
        for box in list(body.iter("div")):
            if box is not body and count_words(_text(box)) >= 5 and promo.link_share(box) < 0.5 \
                    and not any(isinstance(c.tag, str) and (c.tag in BLOCK_TAGS or c.tag in _BOXES) for c in box.iterdescendants()):
                box.tag = "p"
