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
a section ("/book-reviews/given-family/…", a shop's "/book/title/given-family/"), and is left alone. A blog may file
its posts by author, though ("/given-family/title-review/"): a first segment of two to four words that the text names
by its last one alone, capitalised, twice as a review calls its author ("Family returns to …"), is a person, not a
publication (whose name the page writes whole, in its masthead or its sign-off).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_MEDIAWIKI = re.compile(r"<body\b[^>]*\bclass\s*=\s*[\"'][^\"']*\bmediawiki\b|<meta\b[^>]*\bcontent\s*=\s*[\"']MediaWiki\b", re.I)


def host_names(url: str, head: str, text: str = "") -> tuple[str, ...]:
    """The host's words of six letters or more (the blog's own name), none on a MediaWiki page; the path's first
    segment where it names a publication (not a person the `text` names by family name)."""
    if _MEDIAWIKI.search(head or ""):
        return ()
    parts = urlsplit(url)
    hosts = tuple(w for w in (parts.hostname or "").split(".")[:-1] if len(w) >= 6)
    # (the path's first segment, where the path goes on past it: a publication's or a paper's section's own name)
    first, _, rest = parts.path.strip("/").partition("/")
    if not rest.strip("/") or not _SEGMENT_NAME.fullmatch(first):
        return hosts
    words = first.split("-")
    family = words[-1][:1].upper() + words[-1][1:]
    before = words[-2][:1].upper() + words[-2][1:] if len(words) >= 2 else ""
    alone = rf"(?<!\w)(?<!{re.escape(before)}\s){re.escape(family)}(?!\w)"  # (not in the whole name: a masthead's)
    if 2 <= len(words) <= 4 and len(family) > 2 and family in text and len(re.findall(alone, text)) >= 2:
        return hosts  # (an author's name: the text calls her by it)
    return hosts + (first,)


# a path segment that may spell a name: letters, perhaps joined by hyphens ("quiet-hours", "weekend-books"), not "@user"
_SEGMENT_NAME = re.compile(r"[^\W\d_]{4,}(?:-[^\W\d_]+)*")
