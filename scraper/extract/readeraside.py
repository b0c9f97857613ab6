"""The site's aside to its reader closing the post: a line set apart after the review, about the site, not the book.

Blogs, newsletters and club or library sites close each post with a line of their own, in a box or in italics, that
turns to the reader about the site itself: "*Enjoyed what you read? I post one of these every fortnight.*", "Fancy
writing for the club blog? Drop a note at the front desk." Their wording has no end; their shape is the same in every
language:

- position: among the body's last three lines left, after the review's last paragraph (nothing of 30 words or more
  after it); short (45 words at most), not a heading, quotation, list or table, no score, no record line, no note the
  review carries (a free-copy disclosure, a content warning);
- set apart from the review: boxed, shrunk, wholly in italics (``promo.set_apart``) or alone in a wrapper of its own
  (``promo.own_wrapper``);
- it opens on a question to the reader (its first sentence, twelve words at most, ends on a question mark);
- and it is about the site or the piece: it names the site by its name, or, in its opening question, what the reader
  has just read (``_READ_PIECE``: "what you read", "was du gelesen hast", "ce que vous avez lu"), the kind of site
  (``pleas.SITE_KIND``: blog, club, newsletter …) or the piece (``fundbox.PIECE``) as the reader's own: pointed at
  ("this post", "our blog", "cet article") or the thing the question closes on, nobody's ("… for the library blog?").
  A story's "the site of the wreck", "the keeper's journal", "a book club pick", "her earlier stories?" are the book's.

A review's closing question in italics ("*Did the ferryman do it? The last chapter will keep you guessing.*") names no
site; a review's own paragraph asking the reader about a blog stands in the flow of the others, not set apart.

And the blog's own sales line closing the post (``commission_line``): set apart the same way, at the same place, it
names a bookseller (``platforms.RETAILER_NAME``) and the commission the site earns on a sale (``_COMMISSION``: "we earn
a small commission"): a review's "I bought my copy from <shop>" names no commission, and a commission told in the
review's flow ("the painter's first commission") is not set apart.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .fundbox import PIECE
from .housekeeping import a_note
from .nodes import text_of
from .platforms import RETAILER_NAME
from .promo import own_wrapper, set_apart
from .rating import has_score
from .tailasks import short_line
from .words import count_words

RULE = "closing aside to the reader"
_MAX_WORDS = 45
_PROSE = 30
_BLOCKED = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre", "figure")
# the line's first sentence, a question (twelve words at most): "Like what you read?", "¿Te gustó lo que leíste?"
_OPENING_QUESTION = re.compile(r"^\W{0,3}(?P<q>[^.!?。！？\n]{2,90}?)\s*[?？]")
# what the reader has just read, named as such (the piece), per language: en, de, fr, es, pt, it, nl, sv, da/nb, pl, cs
_READ_PIECE = re.compile(
    r"(?<!\w)(?:what\s+you(?:['’]ve|\s+have|\s+just)?\s+read|was\s+(?:du|ihr|sie)\s+(?:gerade\s+|eben\s+)?gelesen\s+"
    r"(?:hast|habt|haben)|ce\s+que\s+vous\s+(?:venez\s+de\s+lire|avez\s+lu)|ce\s+que\s+tu\s+(?:viens\s+de\s+lire|as\s+lu)|"
    r"lo\s+que\s+(?:has|acabas\s+de|acaba\s+de|ha)\s+le[íi]d?o?|lo\s+que\s+le[íi]ste|o\s+que\s+(?:você\s+)?(?:leu|acabou\s+de\s+ler)|"
    r"quello\s+che\s+(?:hai|avete)\s+(?:appena\s+)?letto|wat\s+je\s+(?:net\s+)?(?:hebt\s+)?(?:gelezen|las)|"
    r"det\s+du\s+(?:just\s+)?(?:läst|læst|lest|läste|læste|leste)|to,\s+co\s+(?:właśnie\s+)?przeczyta\w+|"
    r"co\s+jste\s+(?:právě\s+)?četl\w*)(?!\w)", re.I)
# the words pointing at the reader's own page or the site's (a demonstrative, the writer's or the site's possessive), per
# language: en, de, fr, es, pt, it, nl, sv/da/nb, pl, cs
_POINTED = re.compile(
    r"(?<!\w)(?:this|these|our|my|dies\w*|unser\w*|mein\w*|ce|cet|cette|ces|notre|nos|mon|ma|mes|este|esta|estos|estas|"
    r"nuestr[oa]s?|mi|mis|nosso|nossa|nossos|nossas|meu|minha|deste|desta|questo|questa|questi|nostr[oaie]|mio|mia|miei|"
    r"dit|deze|ons|onze|mijn|denna|detta|denne|dette|vår|vårt|våra|vores|min|mitt|mine|ten|nasz\w*|mój|moj\w*|"
    r"tento|tato|toto|náš|naše|našeho|můj|moje)(?!\w)", re.I)
# a third person's possessive (the story's people's things), per language as _POINTED
THEIRS = re.compile(r"(?:his|her|their|its|sein\w*|ihr\w*|son|sa|ses|leurs?|su|sus|seu|sua|seus|suas|suo|suoi|sue|"
                     r"zijn|haar|hun|hans|hennes|deras|jego|jej|ich|jeho|její|jejich)", re.I)
# the commission the site earns on a sale, per language (en, de, fr, es, pt, it, nl, sv/da/nb, pl, cs/sk, tr, ru/uk)
_COMMISSION = re.compile(
    r"(?<!\w)(?:commissions?|provision(?:en)?|comisi[óo]n\w*|comiss[ãa]o|comissões|commissione|provisie|"
    r"prowizj\w*|provizi\w*|komisyon\w*|комисси\w*|коміс\w*)(?!\w)", re.I)


def _closing_text(block: HtmlElement, body: HtmlElement) -> str:
    """The block's text when it has the shape of a closing aside: short, no heading or list, no score, no record, no
    note of the review's, set apart from the review (boxed, shrunk, in italics, or in a wrapper of its own)."""
    if block.tag in _BLOCKED:
        return ""
    text = short_line(block, _MAX_WORDS)
    if not text or has_score(text):
        return ""
    from .pleas import _RECORD  # (late: pleas reads this module)
    if _RECORD.match(text) or not (set_apart(block, body) or own_wrapper(block, body)):
        return ""
    # (the review's note asked last: every test here is a function of the block alone, the note's the dearest, a
    # sentence parse; the same conjunction, in a cheaper order)
    return "" if a_note(text, block) else text


def site_question(block: HtmlElement, body: HtmlElement, sites: list[str]) -> bool:
    """A closing aside opening on a question to the reader and naming the site, its kind or the piece read."""
    text = _closing_text(block, body)
    opening = _OPENING_QUESTION.match(text) if text else None
    if opening is None or count_words(opening.group("q")) > 12:
        return False
    from .pleas import SITE_KIND  # (late: pleas reads this module)
    folded, question = text.casefold(), opening.group(0)
    return bool(_READ_PIECE.search(question) or any(len(n) >= 4 and n in folded for n in sites)
                or any(_this_one(m, text, question) for kind in (SITE_KIND, PIECE) for m in kind.finditer(text)))


def _this_one(found: re.Match, text: str, question: str) -> bool:
    """The kind of site or the piece the line names is the one the reader is on: pointed at ("this post", "our blog",
    "cet article"), or the thing its opening question closes on, nobody's ("for the library blog?"); a story's "the site
    of the wreck", "the keeper's journal", "a book club pick", "her earlier stories?" are the book's."""
    before = text[:found.start()].split()[-2:]
    if _POINTED.search(found.group(0)) or any(_POINTED.fullmatch(w.strip("\"'«»“”‘’(")) for w in before):
        return True
    closes = found.end() <= len(question) and not re.search(r"\w", question[found.end():])
    return closes and not any(THEIRS.fullmatch(w) or re.search(r"\w['’]s?$", w) for w in before)


def story_commission(text: str) -> bool:
    """The line's commission is someone's in the story: owned by a third person or a name in the genitive just before
    it ("the painter's commission", "her first commission", "su comisión", "seine Provision"), not the site's."""
    for found in _COMMISSION.finditer(text):
        before = [w.strip("\"'«»“”‘’(") for w in text[:found.start()].split()[-2:]]
        # (German "ich", the writer, is Polish "ich", theirs: the site's own)
        if any(THEIRS.fullmatch(w) and w.casefold() != "ich" or re.search(r"\w['’]s?$", w) for w in before):
            return True
    return False


def commission_line(block: HtmlElement, body: HtmlElement) -> bool:
    """A closing aside naming a bookseller and the commission the site earns on a sale through it (a commission
    owned in the story, ``story_commission``, is the book's)."""
    text = _closing_text(block, body)
    return bool(text and RETAILER_NAME.search(text) and _COMMISSION.search(text) and not story_commission(text))


def mark(items: list[HtmlElement], body: HtmlElement, sites: list[str], drop: dict[int, str],
         boxes: dict[int, HtmlElement]) -> None:
    """Mark the closing asides among the body's last three lines left, after the review's last paragraph."""
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    longest_after = 0
    for i in reversed(live[-3:]):
        block = items[i]
        if longest_after < _PROSE and (site_question(block, body, sites) or commission_line(block, body)):
            drop[i] = RULE
            parent = block.getparent()
            boxes[i] = parent if parent is not None and parent is not body and own_wrapper(block, body) else block
        longest_after = max(longest_after, count_words(text_of(block)))
