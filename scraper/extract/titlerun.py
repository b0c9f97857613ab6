"""A post that lists several books in one sentence of prose: a prize's shortlist, a syllabus, a reading list written
out ("The shortlist: «A» by B, «C» by D, «E» by F and «G» by H."), each title set off once and never named again.

A review may name a read-alike or two in passing, even three in one breath ("if you liked «A», «B» or «C»"), and
comes back to its own book; four titles or more set off in one line, none of them named again, in a post whose own
book was not read, are the post's subject: several books, not one reviewed. The titles are those the classifier
reads as set off (reviewed.in_passing: italics, quotation marks, title marks) and shaped like titles (a few words, no
sentence's stop inside). reviewed.unfound_book asks it of a post of a few hundred words whose book was not found.
"""

from __future__ import annotations

# four titles or more in one line: the fewest a written-out list of books holds that a review's read-alikes do not
_FEWEST = 4


def listed_in_a_line(passing: set[str], markdown: str, title_like) -> int:
    """How many of the titles named in passing stand in one line together (the most of any line); 0 if under four."""
    names = [name for name in passing if title_like(name, markdown)]
    if len(names) < _FEWEST:
        return 0
    most = max((sum(1 for name in names if name in line) for line in markdown.splitlines()), default=0)
    return most if most >= _FEWEST else 0
