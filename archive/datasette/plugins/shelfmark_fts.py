"""`fts_query(q)`, `rank_query(q)` and `in_blog(query, slug)` SQL functions, so canned searches accept what readers type.

Raw FTS5 syntax errors on ordinary input (an apostrophe, a hyphen, "AND" at the
end); Datasette's own escape_fts quotes each word and keeps "quoted phrases".
An empty query becomes `""`, which matches nothing instead of failing, so the
search page opens cleanly before anything is typed.

Search filters need the same folding FTS gives the words: `fold(text)` (accents,
case, quotes, punctuation gone) so a book filter "Paramo" finds "Pedro Páramo",
and `author_key(name)` so "Le Guin, Ursula K." and "Ursula Le Guin" are one author
(archive.books, the rules that merge books).
"""

import re

from datasette import hookimpl
from datasette.utils import escape_fts

from archive.books import fold, normalise_author
from archive.search_index import blog_token

MATCH_NOTHING = '""'

# Words nearly every English review uses. bm25 gives a word found in more than half
# the rows no weight at all (its IDF floor), yet works out that IDF by reading the
# word's whole posting list: 0.1–0.2 s for "the" at a million reviews. So they are
# left out of the ranking and the highlights (`rank_query`); they still have to match.
STOPWORDS = frozenset("""
a about after all also an and any are as at be been before but by can could did do does for from
had has have he her here him his how i if in into is it its just me more most my no not now of on
one only or other our out over she so some such than that the their them then there these they this
those to too up very was we were what when which while who will with would you your
""".split())
_PHRASE = re.compile(r'"[^"]*"')


def fts_query(q: str | None) -> str:
    return escape_fts(q or "") or MATCH_NOTHING


def rank_query(q: str | None) -> str:
    """`fts_query(q)` without its single stopwords ("" when nothing else is left); phrases stay whole."""
    kept = [bit for bit in _PHRASE.findall(fts_query(q)) if bit.strip('"').strip().lower() not in STOPWORDS]
    return " ".join(bit for bit in kept if bit != MATCH_NOTHING)


def in_blog(query: str | None, slug: str | None) -> str:
    """An FTS5 query (`fts_query` or `rank_query` made it) kept to one blog's reviews by the blog token the
    index holds (archive/search_index.py); unchanged when no blog is given."""
    if not slug or not query:
        return query or ""
    return f'blog : "{blog_token(slug)}" AND ({query})'


@hookimpl
def prepare_connection(conn):
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
    conn.create_function("rank_query", 1, rank_query, deterministic=True)
    conn.create_function("in_blog", 2, in_blog, deterministic=True)
    conn.create_function("fold", 1, lambda text: fold(text) if text else "", deterministic=True)
    conn.create_function("author_key", 1, normalise_author, deterministic=True)
