"""A post whose address spells its book and the book's author side by side, the author last
("/muling-pagbasa-dekada-70-lualhati-bautista/", "/recenzja-lalka-boleslaw-prus", "/review-the-salt-road-ada-berg"), and
whose text names them the same way: the title, one short word for "by" in the text's language ("ni", "de", "von", "of"),
then the author's name. The address and the text agree, whatever that language's "by" is. Read by ``bookbody``.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from .book import NAME_WORD, Context, is_name
from .slugspell import fold

# the name in the text, and before it a short lower-case word ("ni", "von", "of") or a comma
_NAME_RUN = re.compile(rf"(?<![\w'’])({NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})(?![\w'’])")
_BEFORE = re.compile(r"(?:\s+[^\W\d_A-ZÀ-Þ]{1,4}\s+|,\s+)$")


def slug_pair(lines: list[str], url: str, context: Context) -> tuple[str, str] | None:
    """(title, author) where the address's last part ends with the author's name and, just before it, the title, and a
    line of the text writes "<title> <by> <author>" (the title capitalised, the name one the text names again)."""
    path = [p for p in unquote(urlsplit(url).path).split("/") if p]
    slug = fold(path[-1]).split() if path else []
    if len(slug) < 3:
        return None
    found = set()
    for line in lines[:12]:
        for match in _NAME_RUN.finditer(line):
            run = match.group(1).split()  # (a run may go on past a sentence's end: "Bautista. Ang")
            name = next((n for n in (" ".join(run[:k]).rstrip(".") for k in range(len(run), 1, -1))
                         if slug[-len(n.split()):] == fold(n).split() and is_name(n)), None)
            if not name or not context.vouches_for(name, 2):  # (named again: "… Bautista" alone, or whole twice)
                continue
            before = _BEFORE.search(line[:match.start()])  # (the name starts the run: a title's words are not in it)
            if not before:
                continue
            head, rest = line[:before.start()].split(), slug[:-len(name.split())]
            for size in range(min(8, len(head)), 0, -1):  # the longest run of words before it that the address spells
                title = " ".join(head[-size:]).strip("“”\"‘’«»*_,;:")
                folded = fold(title).split()
                if title[:1].isupper() and folded and rest[-len(folded):] == folded and len("".join(folded)) > 3:
                    found.add((title, name))
                    break
    return found.pop() if len(found) == 1 else None


# a headline's label or kicker before its colon or dash ("Review: …", "UCHAMBUZI: …", "Lectura — …"): the title
# starts after it, though the address spells the label too
_HEAD_LABEL = re.compile(r"^[^:–—|]{1,40}?(?::|\s[–—|])\s+")


def headline_pair(headline: str | None, url: str, context: Context) -> tuple[str, str] | None:
    """(title, author) where the headline writes "<label>: <title> <by> <author>, <remark>" and the address spells the
    same title and author side by side, as ``slug_pair`` reads them in the text's lines: two places agree on the pair
    though the text names the book only as "this novel" (a Swahili "T ya A", a Latvian "T no A" …). The headline's
    label, before its colon, is no part of the title."""
    if not headline or len(headline) > 160 or "-" not in url:  # (cheap: an address with no words in it spells nothing)
        return None
    line = _HEAD_LABEL.sub("", headline, count=1)
    found = slug_pair([line], url, context)
    # (its "by" a word: a headline's comma pairs a work with a venue or a place as often, "T, Calder Playhouse review")
    return found if found and re.search(rf"{re.escape(found[0])}\W*\s+[^\W\d_A-ZÀ-Þ]{{1,4}}\s+{re.escape(found[1])}", line) else None
