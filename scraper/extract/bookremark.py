"""A shop's or a card's title with a bracketed remark after it ("T (1-2 volumes)", "T (Hardcover, 2nd ed.)", "T
(Nepali)"), in any language: the remark's words are not read. The page's own cover image names the book as its alt
text; where that alt is the title without the bracket, the bracket was the product's remark, not the book's title
(book11)."""

from __future__ import annotations

import re

_TRAILING = re.compile(r"^(?P<bare>\S.*?)\s*[（(\[【][^（()\[\]【】）]{1,40}[）)\]】]\s*$")


def _key(text: str) -> str:
    return " ".join(text.split()).strip(" .,:;–—-").casefold()


def bare_title(title: str, tree) -> str:
    """`title` without its bracketed remark when an image of the page names it so; otherwise `title` unchanged."""
    match = _TRAILING.match(title or "")
    if not match or tree is None or not any(ch.isalpha() for ch in match.group("bare")):
        return title
    bare = match.group("bare").strip()
    alts = tree.getroottree().getroot().xpath("//img/@alt")
    return bare if any(_key(alt) == _key(bare) for alt in alts) else title
