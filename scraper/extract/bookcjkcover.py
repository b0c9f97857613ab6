"""A cover photo's caption that sets the book's title in 《》/『』 ("《T》（新版）書影"), and its writer named in the text.

Chinese and Japanese columns show the book's cover above the text with a caption that names it: "書影"/"书影" (the book's
image), "封面", "表紙"; the text may never set that title in brackets again ("重讀這本小說", rereading this novel) and
may bracket other books it compares ("與B的《T2》放在一起看"). The writer is the one the opening lines name as a clause's
subject who writes (``booktitles._CJK_WRITER``: "A寫的是…", "A用…寫成"), named again in the text, and no owner of another
bracketed title ("B的《T2》").

Or a headline that names the writer and no book ("重讀A，…", rereading A), A one of the post's tags: the book is the
title the text brackets most often (``tagged_bracket``).
"""

from __future__ import annotations

import re
from collections import Counter

from .book import Context
from .bookldlinks import unspaced_name
from .booktitles import _BRACKETED, _CJK_WRITER, _NOT_WRITER, cjk_bracketed, part_before

_COVER_CJK = re.compile(r"書影|书影|封面|表紙|表纸|封面图|封面圖")


def cover_writer(captioned: list[tuple[str, str]], lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, writer) of the one cover caption that brackets a title, the writer the opening lines' subject who writes."""
    titles = {t for caption, alts in captioned if _COVER_CJK.search(f"{caption} {alts}") for t in [cjk_bracketed(caption)] if t}
    if len(titles) != 1:
        return None
    title = titles.pop()
    names = set()
    for match in _CJK_WRITER.finditer("\n".join(lines[:6])):
        name = match.group("name")
        if _NOT_WRITER.search(name) or context.text.count(name) < 2 \
                or re.search(rf"{re.escape(name)}\s*(?:的|之|の)?\s*[《『](?!{re.escape(title)}[》』])", context.text):
            continue  # (a word for the book or its writer; named once; another bracketed book's owner)
        names.add(name)
    return (title, names.pop()) if len(names) == 1 else None


def tagged_bracket(headline: str | None, tags: list[str], context: Context) -> tuple[str, str] | None:
    """(title, writer) of a post whose headline names its writer, not its book ("重讀A，…"): the one person tag (two to
    five Han or Hangul characters, unspaced) the headline holds and the text names again, and the title the text sets in
    《》/『』 most often, twice or more and more often than any other (the writer's other books are named in passing)."""
    people = {t.strip().lstrip("#") for t in tags} - {n for n in context.not_authors if n}
    people = {p for p in people if unspaced_name(p) and p in (headline or "") and context.text.count(p) >= 2}
    if len(people) != 1:
        return None
    counts = Counter(m.group(1).strip() for m in _BRACKETED.finditer(context.text) if not part_before(context.text, m.start(1)))
    ranked = counts.most_common(2) + [("", 0)]
    title, times = ranked[0] if ranked else ("", 0)
    return (title, people.pop()) if times >= 2 and times > ranked[1][1] and title not in people else None
