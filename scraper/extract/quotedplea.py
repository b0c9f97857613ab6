"""A follow plea set as a quotation block: the writer's bidding typeset apart, not a passage quoted.

``sitelines.mark`` passes over blockquotes (a quotation is the book's words, or a character's), but themes and
writers set their own asides in one too: the sign-off block ("A hug from the city ✍️ Follow me on Instagram as
@handle and tell me what you are reading"), a boxed plug between the paragraphs ("Subscribe to my Telegram channel
«…»: short notes on every chapter"). Taken by what the block bids and where it stands:

- anywhere, a short block bidding the reader follow or join the writer's own account on a named network
  (``followpleas.interjected_plea``: the network, "my" account word, the verb of following);
- closing the body (every block after it gone, or none), a short block of the writer's follow plea naming the
  network (``followpleas.follow_plea``: a network and a handle, the writer's account and a verb of following).

And the site's newsletter bidden in a line set apart by the pictograph it opens on (📬, 📧, ✉️: the mark a writer
sets before a notice, not before a sentence of the review), anywhere between the review's paragraphs: the bidding to
subscribe opening the line and the newsletter named (``siteaccounts.newsletter_notice``, ``newsletter_aside``); "📬 In
chapter three the heroine starts a newsletter" bids nobody.

Never a block opened by a quotation mark, nor one with someone's words reported in it (``reportedspeech``: "'Follow
me on Instagram @lola,' she tells her fans"), nor one with its source cited (a ``cite`` or ``footer``, a line opening on
a dash: "— Mara Lind, The Keeper"), nor one with a score; a closing quotation from the book names no network and no
handle.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .followpleas import _MORE_NETWORKS, follow_plea, home_names, interjected_plea
from .podcastline import _pictograph_first
from .siteaccounts import newsletter_notice
from .platforms import SOCIAL_NAME
from .nodes import text_of
from .rating import has_score
from .reportedspeech import reported
from .words import count_words

_QUOTE_OPENERS = ("\"", "'", "“", "”", "„", "«", "»", "「", "『", "‘", "’")


def _plea_block(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and count_words(text) <= 40 and not stripped.startswith(_QUOTE_OPENERS) \
        and not has_score(text) and not reported(text)


def _cited(block: HtmlElement) -> bool:
    """The quotation's source given in the block: a cite or footer element, or a line opening on a dash."""
    if next(block.iter("cite", "footer"), None) is not None:
        return True
    return any(text_of(child).lstrip().startswith(("—", "–", "―", "-- ")) for child in block)


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the follow pleas set as blockquotes (module docstring; ``drop`` and ``boxes`` are the cleaning's)."""
    texts = [text_of(b) for b in items]
    names = None
    for i, block in enumerate(items):
        if i not in drop and block.tag == "p" and _pictograph_first(texts[i]) and _plea_block(texts[i]):
            if names is None:
                names = home_names(body)
            if newsletter_notice(texts[i].lstrip()[1:].lstrip("\ufe0f\u200d "), names):
                drop[i], boxes[i] = "aside to the reader", block  # (newsletter_aside: the module docstring)
                continue
        if i in drop or block.tag != "blockquote" or not _plea_block(texts[i]) or _cited(block):
            continue
        closes = all(k in drop or not texts[k].strip() for k in range(i + 1, len(items)))
        if interjected_plea(texts[i]):
            drop[i], boxes[i] = "aside to the reader", block
        elif closes and i > 0 and (SOCIAL_NAME.search(texts[i]) or _MORE_NETWORKS.search(texts[i])) \
                and follow_plea(texts[i]):
            drop[i], boxes[i] = "follow-me line", block
