"""Scores a page shows that are not its writer's verdict, for classify's gates that let a rated page pass as a review.

A blog-tour stop or a cover reveal quotes the praise of other readers for the book or the author's earlier one, each
line a quotation followed by a dash and its source ("- “9/10, could not put it down” — A Blog"), the blurb's shape:
the score inside the quotation marks is the quoted reader's, not the post's. Under a title that announces a tour stop
or news (classify.ANNOUNCE_TITLE), a score read only from such lines is no verdict of the post's (``praise_only``). A
tour stop that reviews the book gives its own score in its own voice ("My rating: 4/5", "I give it 9/10") on a line
of its own, which this does not touch.

A shop's product page (reviewbox.shop_page: the h1 in a box beside a price and a cart; no reader's review written in
a box) shows the average of its customers' stars beside the price (WooCommerce's "Rated 4.67 out of 5"): when the
page names no book the rules could read, that score is the shop's, and the page's text its description, not a review
"about one thing" (``shop_average``). A product page holding a reader's review written out is not one of these
(reviewbox.reviews_written sets product_page False for it), nor a reader's review the second reading keeps from its
box (reviewbox.boxed), nor a page whose book was read (reviewed.product_record asks those).
"""

from __future__ import annotations

import re

from .scorelines import scored

# a quotation (any script's marks) and after it, past a comma or a stop, a dash and its source's name
_ATTRIBUTED_QUOTE = re.compile(r"[“\"„«»‘'「『][^\n]{2,}?[”\"“»«’'」』]\s*[,.]?\s*[—–―-]{1,2}\s*\S")
# a quotation by its pair of marks (an apostrophe inside a word, "couldn't", closes none)
_QUOTATION = re.compile(r"“[^”\n]*”|„[^“”\n]*[“”]|\"[^\"\n]*\"|«[^»\n]*»|»[^«\n]*«|‘.*?’(?!\w)|(?<!\w)'.*?'(?!\w)|「[^」\n]*」|『[^』\n]*』")


def praise_only(ev) -> bool:
    """Every line holding a score quotes someone and names them after a dash (and there is one at least)."""
    lines = scored(list(ev.body[0]))
    return bool(lines) and all(_quoted_score(line) for line in lines)


def _quoted_score(line: str) -> bool:
    """The line's score stands inside an attributed quotation: with the quotations taken out, no score is left ("My
    rating: 4/5 for 'T' – …", "“…” — my favourite line; my rating: 4/5" are the writer's own; rev-detworld35)."""
    if not _ATTRIBUTED_QUOTE.search(line):
        return False
    return not scored([_QUOTATION.sub(" ", line)])


def shop_average(ev) -> tuple[str, str] | None:
    """("other", reason) for a shop's product page with a score and no book read (module docstring), else None."""
    if not (ev.product_page and ev.rating) or ev.book_source or ev.jsonld_review or ev.verdict_lines:
        return None
    from . import reviewbox  # (late: reviewbox reads the rating rules, which read this module's neighbours)
    if reviewbox.boxed(ev) or reviewbox.shop_boxed(ev):  # (a reader's review kept from its box: the second reading's)
        return None
    return "other", "a shop's product page whose only score is its customers' average beside the price: a description, no review"
