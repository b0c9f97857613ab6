"""A listing read as one post: a run of excerpts, each cut off with an ellipsis under its post's heading.

A section's, a tag's or an author's page (a CMS's taxonomy view, a magazine's section front) lists its posts as a
heading linked to the post, a date and the opening lines cut off with "…", often a "read more" link after them. When
the page's address and body classes do not say it is a listing, its cleaned body is still that run: three or more
short blocks ending in an ellipsis (a rating's glyphs may follow it), each within a few lines after a heading (only
the first may open the body without one: its heading was read as the page's title) or each followed by the same short
line (the "read more" link's label, when the cleaning took the linked headings as related posts), and less prose
besides than in them. A review's own paragraph that trails off "…" is one, not three, and sits among longer paragraphs
of the reviewer's (a reviewer who trails off every paragraph writes no headings between them); the shape holds in any
script.

``teaser_run(markdown)`` gives the number of excerpts, or 0. classify asks it of a post whose review would rest on
length and shape alone (no book, no rating, no mark of one work: essaynames.unfound_book).
"""

from __future__ import annotations

import re
from collections import Counter

# the block's end: an ellipsis (one glyph or three stops), then at most rating glyphs, a closing bracket or quote
_CUT = re.compile(r"(?:…|\.\.\.)[\s\u00a0]*[★☆✩✭⭐\s]*[)\]»”\"]?\s*$")
_HEADING = re.compile(r"^#{1,6}\s+\S")
_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
_NEAR = 3  # lines from its heading (a date, a byline between them)
_MAX_CHARS = 500  # an excerpt's length: an opening's line or two, cut
_MIN_RUN = 3
_LABEL_WORDS = 4  # a "read more" label's words


def teaser_run(markdown: str) -> int:
    """How many excerpts cut off with an ellipsis sit under headings (or open the body) or are each followed by the
    same short line (a "read more" link's label, kept when the cleaning took the linked headings), three or more,
    with less prose beside them than in them; else 0."""
    if "…" not in markdown and "..." not in markdown:
        return 0
    lines = [line.strip() for line in markdown.splitlines() if line.strip()]
    heads = [n for n, line in enumerate(lines) if _HEADING.match(line)]
    cut: dict[int, int] = {}
    other = 0
    for n, line in enumerate(lines):
        if _HEADING.match(line) or _ITEM.match(line):
            continue
        if len(line) <= _MAX_CHARS and _CUT.search(line):
            cut[n] = len(line)
        elif len(line) >= 80:
            other += len(line)  # (prose of the page's own)
    if len(cut) < _MIN_RUN or other >= sum(cut.values()):
        return 0
    # (only the first excerpt may stand without its heading, opening the body; a run of paragraphs that trail off on a
    # page with no heading is a reviewer's style, unless the same "read more" line follows each)
    first = min(cut)
    under = [n for n in cut if n == first and n < _NEAR or any(0 < n - h <= _NEAR for h in heads)]
    after = Counter(lines[n + 1] for n in cut if n + 1 < len(lines) and len(lines[n + 1].split()) <= _LABEL_WORDS
                    and len(lines[n + 1]) <= 40 and not _CUT.search(lines[n + 1]))
    followed = after.most_common(1)[0][1] if after else 0
    found = max(len(under), followed)
    return found if found >= _MIN_RUN else 0
