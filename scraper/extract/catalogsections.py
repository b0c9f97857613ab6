"""A catalogue page's sections of other people's text after the review, named by their heading: the book's other
reviews, its popular quotes, its other editions (called by boilerplate after the others module's
rules)."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .casefold import guarded
from .nodes import HEADING_TAGS
from .others import BOX_TAGS
from .promo import text_of
from .words import count_words


# a catalogue's sections of other people's text after the review, named by their heading, in our languages: the
# book's other reviews ("More reviews of this book", "Weitere Rezensionen") and its popular quotes
_OTHER = (r"(?:other|more|andere|weitere|autres|otras|otros|outras|mais|altre|meer|inne|další|ostatní|другие|ещё|еще|"
          r"інші|további|más|diğer|其他|更多|他の|다른|נוספות|אחרות|أخرى|الأخرى|دیگر|अन्य)")
_REVIEWS = (r"(?:reviews?|rezensionen|critiques|avis|reseñas|opiniones|resenhas|recensioni|recensies|recenzj\w*|"
            r"recenz\w*|рецензи\w*|отзыв\w*|відгук\w*|értékelés\w*|incelemeler|yorumlar|评论|評論|书评|書評|レビュー|리뷰|"
            r"ביקורות|(?:ال)?مراجعات|نقدها|نقد‌ها|نظرات|دیدگاه‌ها|समीक्षाएँ|समीक्षाएं)")
_POPULAR = r"(?:popular|populaires?|populares|popolari|beliebte|populair\w*|popularne|oblíbené|популярн\w*|népszerű|popüler|人気の?|热门|熱門|인기)"
_QUOTES = (r"(?:quotes|zitate|citations|citas|citações|citazioni|citaten|cytaty|citáty|цитаты|цитати|idézetek|"
           r"alıntılar|引用|摘录|摘錄|語錄|语录|인용구?)")
# and the book's other editions (a library catalogue's or a bookshop's "Other editions and formats", "Andere Ausgaben")
_EDITIONS = (r"(?:editions|formats|ausgaben|éditions|ediciones|edições|edizioni|edities|uitgaven|wydania|vydání|издания|видання|"
             r"kiadások|baskıları?|版本|版|판본|מהדורות|(?:ال)?طبعات|ویرایش‌ها|संस्करण)")
CATALOGUE_SECTION = re.compile(
    rf"{_OTHER}\s*(?:[^\W\d_]+\s+){{0,2}}(?:{_REVIEWS}|{_EDITIONS})|{_REVIEWS}\s*{_OTHER}|{_POPULAR}\s*{_QUOTES}|{_QUOTES}\s*{_POPULAR}", re.I)
CATALOGUE_SECTION = guarded(CATALOGUE_SECTION)  # (casefold.Guarded: its words looked for first)
SECTION_WORDS = 150


def catalogue_sections(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str],
                       boxes: dict[int, HtmlElement]) -> None:
    """Mark a catalogue page's sections of other people's text after the review: a heading naming the book's other
    reviews or its popular quotes (CATALOGUE_SECTION), first in a short box of its own holding no paragraph of 40
    words; the box goes whole. (A review's own 'other books I'd suggest' names no reviews; its own favourite quotes
    are not 'popular'.)"""
    review = False  # a paragraph of the review's own came before
    for i, block in enumerate(items):
        if not review:
            review = block.tag not in HEADING_TAGS and count_words(text_of(block)) >= 40
            continue
        text = text_of(block)
        # a heading, or a title line of its own (a panel's title in a <div>): no sentence
        if i in drop or not (block.tag in HEADING_TAGS or not re.search(r"[.!?:：]\s*$", text)) or count_words(text) > 8 \
                or not CATALOGUE_SECTION.search(text):
            continue
        title, section = block, block.getparent()
        while section is not None and section is not body and text_of(section) == text:  # (the title's own boxes)
            title, section = section, section.getparent()
        if section is None or section is body or title.getprevious() is not None or section.tag not in BOX_TAGS \
                or count_words(text_of(section)) > SECTION_WORDS:
            continue
        inside = [k for k in range(i, len(items)) if items[k] is block or section in items[k].iterancestors()]
        if any(count_words(text_of(items[k])) >= 40 for k in inside):
            continue
        for k in inside:
            drop.setdefault(k, "catalogue section")
            boxes[k] = section
