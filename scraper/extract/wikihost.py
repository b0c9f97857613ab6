"""The host's own words as names that are no book's author ("tidewaterhalls" of tidewaterhalls.example: a blog named
for its writer, whose "T by <that name>" is her own piece), except on a wiki.

A wiki farm (Fandom, Miraheze, any MediaWiki) gives each wiki a subdomain named for its subject, often a writer whose
books it catalogues ("an-author.fandom.com"): many people write there, none under that name, so a review posted on it
("Reseña: T, de An Author") credits the book to the person the wiki is about. A MediaWiki page says so itself: its
<body> carries the class "mediawiki" and its <head> may name the generator.

The address's path opens, before the post's own part, on the publication's or the section's name: a newsletter
platform's "/weekly-margins/archive/…", a paper's "/weekend-books/reviews/…", a Medium publication's "/the-shelf/…".
A page title's tail after the headline ("T | Weekend Books") names that publication, no writer: the first segment is
one of the names (compared letter for letter, spaces and hyphens aside). An author's name in a path stands deeper, under
a section ("/book-reviews/given-family/…", a shop's "/book/title/given-family/"), and is left alone.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_MEDIAWIKI = re.compile(r"<body\b[^>]*\bclass\s*=\s*[\"'][^\"']*\bmediawiki\b|<meta\b[^>]*\bcontent\s*=\s*[\"']MediaWiki\b", re.I)


def host_names(url: str, head: str) -> tuple[str, ...]:
    """The host's words of six letters or more (the blog's own name), none on a MediaWiki page."""
    if _MEDIAWIKI.search(head or ""):
        return ()
    parts = urlsplit(url)
    hosts = tuple(w for w in (parts.hostname or "").split(".")[:-1] if len(w) >= 6)
    # (the path's first segment, where the path goes on past it: a publication's or a paper's section's own name)
    first, _, rest = parts.path.strip("/").partition("/")
    return hosts + ((first,) if rest.strip("/") and _SEGMENT_NAME.fullmatch(first) else ())


# a path segment that may spell a name: letters, perhaps joined by hyphens ("quiet-hours", "weekend-books"), not "@user"
_SEGMENT_NAME = re.compile(r"[^\W\d_]{4,}(?:-[^\W\d_]+)*")
