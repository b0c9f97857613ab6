"""`fts_query(q)` SQL function, so canned searches accept what readers type.

Raw FTS5 syntax errors on ordinary input (an apostrophe, a hyphen, "AND" at the
end); Datasette's own escape_fts quotes each word and keeps "quoted phrases".
An empty query becomes `""`, which matches nothing instead of failing, so the
search page opens cleanly before anything is typed.

Search filters need the same folding FTS gives the words: `fold(text)` (accents,
case, quotes, punctuation gone) so a book filter "Paramo" finds "Pedro Páramo",
and `author_key(name)` so "Le Guin, Ursula K." and "Ursula Le Guin" are one author
(archive.books, the rules that merge books).
"""

from datasette import hookimpl
from datasette.utils import escape_fts

from archive.books import fold, normalise_author

MATCH_NOTHING = '""'


def fts_query(q: str | None) -> str:
    return escape_fts(q or "") or MATCH_NOTHING


@hookimpl
def prepare_connection(conn):
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
    conn.create_function("fold", 1, lambda text: fold(text) if text else "", deterministic=True)
    conn.create_function("author_key", 1, normalise_author, deterministic=True)
