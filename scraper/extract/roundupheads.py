"""A round-up of other critics' reviews of one book, told from a review by its sections: three or more headings of one
label, each naming another source and its date ("## Review in The Harbour Times, 14 March 2024", "## Rezensionsnotiz
zu <Zeitung>, 14.03.2024", "## Critique du <journal>, 3 mars 2024"), each over a summary of what that critic wrote. A
critics' digest (a culture magazine's book page, a newspaper's "what the critics say") reports others' verdicts; the
post gives none of its own.

Structural: the headings (Markdown "#" lines or whole bold lines) that hold a whole date (worddates.dated), grouped by
their first word; three or more of one group whose rest (the label and the date taken away) is a different name each
time, in capitals where the script has them, with no figure (a reading diary's "Day 1: …", "Chapter 3, …" numbers
its parts). Any language: the label is whatever word the site repeats.

classify.classify asks judge() for a post whose book was found in its title, its text or not at all and that neither
rates it nor gives a verdict of its own.
"""

from __future__ import annotations

import re

from .worddates import NUMERIC, WORDED, dated

_HEADING = re.compile(r"^(?:#{1,6}\s+(?P<h>.+?)\s*#*|\*\*(?P<b>[^*]{3,200})\*\*)$")


def _rest(text: str, label: str) -> str:
    """The heading without its label word and its date, its punctuation trimmed."""
    rest = WORDED.sub(" ", NUMERIC.sub(" ", text[len(label):]))
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s'’&.-]", " ", rest)).strip(" .-")


def critics_sections(markdown: str) -> int:
    """How many dated headings of one label name a different source each (0 below three)."""
    groups: dict[str, list[str]] = {}
    for line in markdown.splitlines():
        found = _HEADING.match(line.strip())
        if not found:
            continue
        text = (found.group("h") or found.group("b")).strip()
        label = re.match(r"[^\W\d_]{3,}", text)
        if label and dated(text):
            groups.setdefault(label.group(0).casefold(), []).append(_rest(text, label.group(0)))
    best = 0
    for rests in groups.values():
        # (a name each time: a capital where the script has cases, never a figure, and no two the same)
        named = [rest for rest in rests if rest and not re.search(r"\d", rest)
                 and any(ch.isupper() or (ch.isalpha() and ch.lower() == ch.upper()) for ch in rest)]
        if len(named) >= 3 and len(set(named)) == len(named) == len(rests):
            best = max(best, len(named))
    return best


def judge(ev, own_rating: bool) -> tuple[str, str] | None:
    """(kind, reason) for a post whose sections sum up other critics' reviews, dated and sourced, with no verdict."""
    if own_rating or ev.jsonld_review or ev.verdict_lines or ev.book_source not in (None, "body", "title"):
        return None
    sections = critics_sections(ev.body[1])
    if sections >= 3:
        return "other", (f"{sections} sections under dated headings of one label, each naming another source: a round-up "
                         "of critics' reviews, not a review")
    return None
