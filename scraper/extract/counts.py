"""A blog engine's tally row inside a post body, laid out as one tiny element per label and number ("Likes (12)
Reads 1024 Comments 5"). Numbers beside labels, nothing else: the engine's, not the review's. (The sidebar's
category list with post counts, "Reading notes (128)", is left: the classifier reads its labels.)
``boilerplate.clean_body`` applies them with its other rules.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .promo import text_of

# a bare count, bracketed or not: "(12)", "1024", "3.4k"
_COUNT = re.compile(r"^[(（]?\d[\d,.]*\s?[kKmM万千]?[)）]?$")


def count_runs(items: list[HtmlElement]) -> list[int]:
    """Indexes of blocks in runs of four or more tiny blocks (a word or a number each), at least a third of them
    counts: a tally row printed one element per label and number."""
    found: list[int] = []
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and len(text_of(items[j]).split(None, 2)) <= 2 and len(text_of(items[j]).strip()) <= 12 \
                and text_of(items[j]).strip():
            j += 1
        run = range(i, j)
        numbers = sum(1 for k in run if _COUNT.match(text_of(items[k]).strip()))
        if len(run) >= 4 and numbers * 3 >= len(run) and numbers >= 2:
            found.extend(run)
        i = max(j, i + 1)
    return found
