"""A reading-group guide: questions put to readers, in no reviewer's voice. Not a review.

A publisher's or a library's guide to a book heads its page with the book and its author, as a review does ("Reading
guide: T by A"), and the book rules read it so. Its structure is another: its core is a list of questions put to the
reader (three items or more in a row, each asking: "Which sister did you trust most?"), and around them a word on the
book in the house's voice ("our autumn novel", "we"), never a reviewer's first-person judgement ("I", "my", in
reviewed.FIRST_PERSON's languages), and no score of its own. It is asked of a page whose book was read from its headline or a heading (where a guide
names it; a club's notice naming its pick in the text is gatherings' and announce's).

A review that closes on questions for a book club keeps its kind: its prose is in the writer's own voice ("I loved …").
A review that asks a question or two in its list, or scores the book, is one too; and so is a review in no first
person whose list of questions is an aside in its prose ("The novel leaves its questions open:" and three short ones):
the questions are a guide's core when they hold a quarter of the page's words or more, the rest being a short word on
the book and the house's pointers.
"""

from __future__ import annotations

from .questions import asks
from .reviewed import FIRST_PERSON
from .announce import ITEM


def asked_items(lines: list[str]) -> int:
    """The longest run of list items in a row that each ask a question."""
    return len(_asked_run(lines))


def _asked_run(lines: list[str]) -> list[str]:
    """The longest run of list items in a row that each ask a question: its lines."""
    run: list[str] = []
    best: list[str] = []
    for line in lines:
        run = run + [line] if ITEM.match(line) and asks(line) else []
        best = run if len(run) > len(best) else best
    return best


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


def judge(ev, own_rating: bool) -> tuple[str, str] | None:
    """("other", reason) for a page whose core is a list of questions for readers and whose prose has no first person."""
    if own_rating or ev.jsonld_review or ev.book_source not in ("title", "heading"):  # (its book in its headline, as a review's)
        return None
    lines = [line.strip() for line in ev.body[1].splitlines() if line.strip()]
    run = _asked_run(lines)
    asked = len(run)
    if asked < 3 or 4 * _words(run) < _words(lines) or any(FIRST_PERSON.search(line) for line in lines if not ITEM.match(line)):
        return None
    return "other", (f"a list of {asked} questions put to readers, with no reviewer's first person nor score: a reading"
                     " guide, not a review")
