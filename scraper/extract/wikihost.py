"""The host's own words as names that are no book's author ("tidewaterhalls" of tidewaterhalls.example: a blog named
for its writer, whose "T by <that name>" is her own piece), except on a wiki.

A wiki farm (Fandom, Miraheze, any MediaWiki) gives each wiki a subdomain named for its subject, often a writer whose
books it catalogues ("an-author.fandom.com"): many people write there, none under that name, so a review posted on it
("Reseña: T, de An Author") credits the book to the person the wiki is about. A MediaWiki page says so itself: its
<body> carries the class "mediawiki" and its <head> may name the generator.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_MEDIAWIKI = re.compile(r"<body\b[^>]*\bclass\s*=\s*[\"'][^\"']*\bmediawiki\b|<meta\b[^>]*\bcontent\s*=\s*[\"']MediaWiki\b", re.I)


def host_names(url: str, head: str) -> tuple[str, ...]:
    """The host's words of six letters or more (the blog's own name), none on a MediaWiki page."""
    if _MEDIAWIKI.search(head or ""):
        return ()
    return tuple(w for w in (urlsplit(url).hostname or "").split(".")[:-1] if len(w) >= 6)
