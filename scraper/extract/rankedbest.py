"""A ranked "best of" list (formats39b s39): a newspaper's or a blog's year's-best page, numbered sections one per book
("## 1. …", "## 2. …", "## 3. …"), each a short blurb, often with the critic's score for that book. Its scores made it
look like a rated post about one thing.

Structural: three or more headings of the body numbered in a run from 1 (1, 2, 3 …, in order), and a headline holding
the word "best" (one word class across languages, the same class LIST_TITLE holds for the languages it had, here with
the Nordic, Dutch, Portuguese, Polish, Finnish, Hungarian, Slavic and Turkish forms). Not when the headline names the
post's one book with its author (a review titled "The best novel of my year" whose sections are numbered); nor when
the post's one score closes it on a short line of its own ("## 1. The setting" … "## 3. The ending", then "Rating: 4/5":
a review on numbered aspects, rev-formats39b s39; a best-of list scores in its blurbs, or scores each); nor on the Dutch
salutation "Beste lezer(s)" ("dear readers") opening the headline.
"""

from __future__ import annotations

import re

_NUMBERED = re.compile(r"^#{1,6}\s*(\d{1,2})\s*[.):]\s+\S")
_BEST = re.compile(r"(?<!\w)(?:best|beste|besten|bästa|bedste|bedst|bestu|parhaat|legjobb\w*|najlepsz\w*|nejlepší|"
                   r"najbolj\w*|melhores|mejores|meilleurs|migliori|лучши\w*|найкращ\w*|en iyi)(?!\w)", re.I)
_SALUTATION = re.compile(r"^\W*beste\s+(?:lezers?|lezeressen|vrienden|allemaal)(?!\w)", re.I)
_CLOSING_WORDS = 12
_SCORE = re.compile(r"\d(?:[.,]\d)?\s*(?:/|\w{1,4}\s+)\d|[★⭐]")  # "4/5", "4 von 5", "4 of 5", "★★★★"


def ranked_headings(markdown: str) -> int:
    """The length of the run of numbered headings from 1 (0 when it does not open on 1 or breaks)."""
    expected = 1
    for line in markdown.splitlines():
        if not line.startswith("#"):
            continue
        found = _NUMBERED.match(line.strip())
        if found:
            if int(found.group(1)) != expected:
                return 0 if expected == 1 else expected - 1
            expected += 1
    return expected - 1


def closing_score(markdown: str) -> bool:
    """The body's last line is a short score of its own after the numbered sections (the post's verdict line; not a
    closing notice, "The club meets on 15 January", holdout129's year's-best list)."""
    lines = [line.strip() for line in markdown.splitlines() if line.strip()]
    return bool(lines) and not lines[-1].startswith("#") and len(lines[-1].split()) <= _CLOSING_WORDS and bool(_SCORE.search(lines[-1]))


def judge(ev, single_book: bool, own_rating: bool = False) -> tuple[str, str] | None:
    """(kind, reason) for a ranked best-of list."""
    title = _SALUTATION.sub("", ev.title or "")
    if single_book or ev.jsonld_review or not _BEST.search(title):
        return None
    if own_rating and ev.scored_lines <= 1 and closing_score(ev.body[1]):
        return None
    run = ranked_headings(ev.body[1])
    if run >= 3:
        return "list", f"its headline says best and its body ranks {run} numbered sections: a best-of list, not a review"
    return None
