"""A links post or a newsletter's digest (formats39b s39): the body is short list items under two or more headings
("## Reading", "## Listening", …), each item a pointer to something elsewhere with a line of comment, and hardly any
prose outside them: a greeting, a sign-off. A word in its headline ("a five-star fight") can be read as a score, and
the post then looked like a rated post about one thing.

Structural: five or more list items spread over two or more headed sections, the prose outside the items under
`_PROSE_CAP` words and under a third of the items' words, no book found anywhere (a bulleted review of pros and cons
names its book in its headline), and no score line in the body (a bulleted review that scores itself stays).

classify.classify asks judge() with the other not-a-review judges.
"""

from __future__ import annotations

from .receivedlist import list_lines
from .words import count_words

_PROSE_CAP = 40


def judge(ev) -> tuple[str, str] | None:
    """(kind, reason) for a digest of list items under headings."""
    if ev.book_source is not None or ev.scored_lines or ev.verdict_lines or ev.jsonld_review:
        return None
    markdown = ev.body[1]
    if markdown.count("\n#") < 2:  # (the cheap guard: two headings at least)
        return None
    items = item_words = prose = 0
    sections_with_items: set[int] = set()
    for section, mark, line in list_lines(markdown):
        if line.startswith("#"):
            continue
        if mark:
            items += 1
            item_words += count_words(line)
            sections_with_items.add(section)
        else:
            prose += count_words(line)
    if items >= 5 and len(sections_with_items - {0}) >= 2 and prose < _PROSE_CAP and 3 * prose < item_words:
        return "other", (f"{items} list items under {len(sections_with_items)} headings with hardly any prose: a links post"
                         " or a digest, not a review")
    return None
