"""A book named in a script that writes its words without spaces (Thai, Lao, Khmer, Myanmar), where a space parts
phrases and a person's name is the one thing written as two runs, given name and family name ("เสนีย์ เสาวพงศ์"):
the one quoted title in the post's opening, by the one person among its tags.
"""

from __future__ import annotations

import re

from .book import Context
from .bookthaiof import headline_of, label_bare_of, quoted_of
from .bookthaikind import kind_of
from .bookthaitagof import tagged_of

_UNSPACED = r"[\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f]"  # Thai, Lao, Khmer, Myanmar
_RUN = rf"{_UNSPACED}{{2,20}}"
_PERSON = re.compile(rf"{_RUN}\s{_RUN}")
_QUOTED = re.compile(rf"[\"“«‘「]({_UNSPACED}[^\"“”«»‘’「」]{{0,40}}?)[\"”»’」]")


def unspaced_book(lines: list[str], tags: list[str], context: Context, headline: str | None = None) -> tuple[str, str] | None:
    """(title, author): the one title the opening lines quote, and the one name-shaped tag (two runs of the script)
    that is not the blog's nor its writer's; else the title the headline and the opening quote "of" one writer
    (bookthaiof); else the first quoted title "of" a tagged person (bookthaitagof); else the headline's title "of" a
    writer named whole, the opening quoting that title alone (bookthaiof.headline_of); else the bare title after the
    headline's review label, the opening's kind of work "of" a writer (bookthaiof.label_bare_of)."""
    return _tagged(lines, tags, context) or quoted_of(headline, lines, context) or kind_of(headline, lines, tags, context) \
        or tagged_of(lines, tags, context) or headline_of(headline, lines, context) or label_bare_of(headline, lines, context)


def _tagged(lines: list[str], tags: list[str], context: Context) -> tuple[str, str] | None:
    opening = [line for line in lines[:6] if len(line) >= 40][:2]  # (its first paragraphs, past a number or a headline)
    quoted = {m.group(1).strip() for line in opening for m in _QUOTED.finditer(line)}
    if len(quoted) != 1:
        return None
    not_authors = {n.casefold() for n in context.not_authors if n}
    people = {t.strip().lstrip("#") for t in tags if _PERSON.fullmatch(t.strip().lstrip("#"))
              and t.strip().lstrip("#").casefold() not in not_authors}
    title = quoted.pop()
    return (title, people.pop()) if len(people) == 1 and title not in next(iter(people)) else None
