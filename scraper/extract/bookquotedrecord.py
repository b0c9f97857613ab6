"""A record line whose title is quoted: "Name, „Title“. New edition, Publisher, 2026." or "«Title», Name. Publisher, 2019.".

``bookbiblio.from_bibliography`` splits a record line at its commas and full stops and reads the parts without their
quotes; where an edition's remark stands between the title and the publisher ("New edition", "2nd printing", "transl.
by …"), the parts between the name and the publisher are no longer the title alone. The quote marks say where the title
ends: the quoted part right beside the name is the title, whatever the record goes on to say. The caller judges whether
the rest is a record's (a year, pages, a price, a publisher), as it does for its own readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .book import _QUOTED, _author, _quote_text, clean_title, is_name

# "Name, „Title“. …", "Name: «Title», …", "Name. «Title». …" (the name: no quote marks; a full stop after it, as a
# library's description parts its areas, only where the quote opens right after)
_NAME_FIRST = re.compile(rf"^(?P<name>[^„“”«»\"‘’:,]{{3,60}}?)\s*(?:[,:]|\.(?=\s*[„“«\"‘]))\s*{_QUOTED}\s*[.,;]\s*(?P<tail>\S.*)$")
# "„Title“, Name. …", "«Title» — Name, …"
_TITLE_FIRST = re.compile(rf"^{_QUOTED}\s*(?:,|\s[-–—])\s*(?P<rest>[^„“”«»\"‘].*)$")


def quoted_record(line: str, caseless: Callable[[str], bool] | None = None) -> tuple[str, str, str] | None:
    """(title, author, the rest of the line) of a record line that quotes its title beside its author's name; a name in a
    script without capitals ("A B, "T", Publisher, 344 pages" in Hebrew) where `caseless` vouches for it."""
    line = line.strip().strip("*_ ")
    match = _NAME_FIRST.match(line)
    name = match.group("name").strip() if match else ""
    if match and (is_name(name) and _author(name) == name or caseless is not None and caseless(name)):
        title = clean_title(_quote_text(match))
        return (title, match.group("name").strip(), match.group("tail")) if title else None
    match = _TITLE_FIRST.match(line)
    if match:
        rest = match.group("rest")
        name = _author(rest)
        after = rest[len(name):] if name and rest.startswith(name) else ""
        if name and name.endswith(".") and len(name.split()[-1]) > 2:  # "Name. Publisher": the full stop is the record's
            name, after = name[:-1], "." + after
        tail = re.match(r"\s*[.,;]\s*(\S.*)$", after)
        title = clean_title(_quote_text(match))
        if name and tail and title:
            return title, name, tail.group(1)
    return None
