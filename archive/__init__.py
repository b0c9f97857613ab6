"""Shelfmark's archive: the only package that knows the SQLite schema and writes SQL.

- `archive.schema`  versioned migrations, FTS, views; `open_db(path)`
- `archive.books`   book identity across blogs (`book_key`, `display_title`)
- `archive.store`   `Archive`: batched, transactional saves of crawled pages
- `archive.serve`   the Datasette instance readers and researchers use
"""
