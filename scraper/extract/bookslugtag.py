"""A book its post's URL names as "title-author" ("/tiutiun-dimitar-dimov.1847203", "/the-salt-ledger-ada-berg/"), where the
title is one of the post's tags and the author a full name the text gives: the slug pairs them, the tag and the text
vouch for each part, whatever the headline says (a post may head itself with a phrase of its own: "Plovdiv, the forties,
and a tobacco firm"). Read by ``bookbody`` before the titles the headline suggests.
"""

from __future__ import annotations

import re

from .book import NAME_WORD, Context, is_name
from .slugspell import fold, slug_words, spells

_NAME_RUN = re.compile(rf"(?<!\w){NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}(?!\w)")


def slugged_tag_book(labels: list[str], url: str, context: Context) -> tuple[str, str] | None:
    """(title, author): the one tag (not itself a name) and the one full name of the text that the URL spells side by side,
    in either order, letter for letter or transliterated."""
    slug = slug_words(url) if url else ""
    if len(slug.split()) < 3:
        return None
    not_authors = {fold(n) for n in context.not_authors if n}
    tags = {t.strip().lstrip("#") for t in labels if t.strip()}
    tags = [t for t in tags if t[:1].isupper() and len(t.split()) <= 6 and not is_name(t) and fold(t) not in not_authors
            and len(fold(t)) >= 3 and spells(slug, t)]
    if not tags:
        return None
    names = {re.sub(r"['’]s?$", "", m.group(0)) for m in _NAME_RUN.finditer(context.text)}  # ("Ada Berg's novel")
    pairs = {(tag, name) for name in names if is_name(name) and fold(name) not in not_authors
             for tag in tags
             if fold(tag) not in fold(name) and (spells(slug, f"{tag} {name}") or spells(slug, f"{name} {tag}"))}
    return pairs.pop() if len(pairs) == 1 else None
