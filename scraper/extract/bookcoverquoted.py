"""A title the post quotes that a cover's alt text names too: "Cover of the novel T" over a text that speaks of „T”.

A newspaper's review often opens on the paper's own headline, a picture of the cover (its alt text says so, in the
paper's language, and names the book after the cover word: "Coperta romanului T", "Okładka powieści T", "Cover of the new
novel T"), and a text that quotes the title once, among other books it holds up beside it. The alt text names one of
the quoted titles and so tells which is the reviewed book; the author is then found as for any title (``bookbody``).
A quoted title the alt text does not name, or an alt text without a cover word, gives nothing.
"""

from __future__ import annotations

import re

from .bookcover import COVER_WORD

# a quoted span in any of the quoting styles our languages use
_QUOTED = re.compile(r"„([^„“”\n]{1,80})[“”]|“([^“”\n]{1,80})”|«\s?([^«»\n]{1,80}?)\s?»|»([^«»\n]{1,80})«|‘([^‘’\n]{1,80})’"
                     r"|\"([^\"\n]{1,80})\"|「([^「」\n]{1,60})」|『([^『』\n]{1,60})』|《([^《》\n]{1,60})》")


def cover_quoted(lines: list[str], pictures: list[str]) -> list[str]:
    """The quoted titles of the text that an image's alt text names after its cover word, in the text's order."""
    covers = [alt[m.end():].casefold() for alt in pictures if (m := COVER_WORD.search(alt))]
    if not covers:
        return []
    found = []
    for line in lines:
        for match in _QUOTED.finditer(line):
            title = next(g for g in match.groups() if g).strip(" ,.;:")
            if not title or len(title.split()) > 10 or title[:1].islower():
                continue
            pattern = re.compile(rf"(?<!\w){re.escape(title.casefold())}(?!\w)")
            if any(pattern.search(cover) for cover in covers) and title not in found:
                found.append(title)
    return found
