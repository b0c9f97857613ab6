"""Counts the reader pages show, kept by the database as reviews are written.

At a million reviews the home page, /books, /authors and /blogs cannot count the
archive per request (a `group by` over every review takes seconds, past Datasette's
SQL time limit). So the archive keeps the counts in small tables, and SQLite
triggers on `reviews` and `books` bring them up to date in the same transaction
as every write, whichever code makes it (the store, a withdrawal, a restore, a
re-extraction, a bulk load that keeps the triggers). A review marked as no longer one
(`reviews.unreviewed_at`, archive/unreviewed.py) is left out, as if deleted, until the mark clears:

- `book_stats`:   per book: reviews, blogs, rated reviews, mean rating, first and last review date
- `author_stats`: per author (as `archive.books.normalise_author` keys them): books, reviews, mean stars
- `blog_stats`:   per blog: reviews, rated reviews, sum of stars, first and last review date
- `month_stats`:  reviews published per month, all blogs
- `rating_stats`: reviews per star rating (null: no rating)

A book's row is worked out again from its own reviews on each change (through the
covering index `idx_reviews_book_counts`, so never more than that book's reviews),
which keeps its mean exactly what `avg()` over its reviews gives. The other tables
add and subtract: stars are halves, so their sums are exact in floating point; first
and last dates are read again from the `(source_slug, published)` index.

An author's key is the author half of `books.key` (`"<title>|<author>"`, made by
`book_key`): every spelling merged into one book has the same key, which is
`normalise_author` of any of them, so SQL can group books by author without Python.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from archive import unreviewed

AUTHOR_KEY_SQL = "substr({t}key, instr({t}key, '|') + 1)"

TABLES_SQL = """
create table book_stats (
  book_id integer primary key, review_count integer not null, source_count integer not null,
  rated_count integer not null, rating_mean real, first_review text, last_review text);
create index idx_book_stats_most_reviewed on book_stats (review_count desc, source_count desc);
create index idx_book_stats_highest_rated on book_stats (rating_mean desc, rated_count desc);
create table author_stats (
  author_key text primary key, author text, books integer not null, reviews integer not null, average_stars real);
create index idx_author_stats_reviews on author_stats (reviews desc, author);
create table blog_stats (
  source_slug text primary key, reviews integer not null, rated integer not null, stars_sum real not null,
  first_review text, last_review text);
create table month_stats (month text primary key, reviews integer not null);
create table rating_stats (stars real, reviews integer not null);
create index idx_books_author_key on books (""" + AUTHOR_KEY_SQL.format(t="") + """);
create index idx_reviews_book_counts on reviews (book_id, published, source_slug, rating, stars);
create index idx_reviews_source_published on reviews (source_slug, published, stars);
"""

# The whole-archive counts, as the reader pages counted them before; the migration fills the
# tables with them, and tests compare the kept tables with them after every kind of write.
# LIVE stands for "a review readers see": since m009 one a later reading no longer takes for a review keeps its
# row, marked (archive/unreviewed.py), and is left out; before m009 every row is one (`_sql`).
LIVE = "<live>"
FRESH_SQL = {
    "book_stats": """select book_id, count(*), count(distinct source_slug), count(rating), avg(rating),
        min(published), max(published) from reviews where book_id is not null and <live> group by book_id""",
    "blog_stats": """select source_slug, count(*), count(stars), coalesce(sum(stars), 0), min(published), max(published)
        from reviews where <live> group by source_slug""",
    "month_stats": "select substr(published, 1, 7), count(*) from reviews where published is not null and <live> group by 1",
    "rating_stats": "select stars, count(*) from reviews where <live> group by stars",
    "author_stats": """select * from (select """ + AUTHOR_KEY_SQL.format(t="books.") + """ as author_key,
        min(books.author), count(*), sum(s.review_count), round(avg(round(s.rating_mean * 5, 1)), 1)
        from books join book_stats s on s.book_id = books.id where books.author is not null group by 1)
        where author_key != ''""",
}


def _sql(db: sqlite_utils.Database, sql: str) -> str:
    """`sql` for this database: LIVE as the test m009's marker column allows, or none before it."""
    return sql.replace(LIVE, "unreviewed_at is null" if unreviewed.marks(db.conn) else "1")


def _book(book_id: str) -> str:
    """Statements that work out one book's row again from its reviews."""
    return f"""
  delete from book_stats where book_id = {book_id};
  insert into book_stats {FRESH_SQL['book_stats'].replace('book_id is not null', f'book_id = {book_id}')};"""


def _author(key: str) -> str:
    """Statements that work out one author's row again from their books' rows."""
    fresh = FRESH_SQL["author_stats"].replace("where books.author", f"where {AUTHOR_KEY_SQL.format(t='books.')} = {key} and books.author")
    return f"""
  delete from author_stats where author_key = {key};
  insert into author_stats {fresh};"""


def _author_of(book_id: str) -> str:
    return _author(f"(select {AUTHOR_KEY_SQL.format(t='')} from books where id = {book_id})")


def _add(row: str, sign: str) -> str:
    """Statements adding (sign 1) or taking away (sign -1) one review `row` (new/old) from the running counts."""
    slug, stars, month = f"{row}.source_slug", f"{row}.stars", f"substr({row}.published, 1, 7)"
    return f"""
  update blog_stats set reviews = reviews + {sign}, rated = rated + {sign} * ({stars} is not null),
    stars_sum = stars_sum + {sign} * coalesce({stars}, 0),
    first_review = (select min(published) from reviews where source_slug = {slug} and <live>),
    last_review = (select max(published) from reviews where source_slug = {slug} and <live>)
  where source_slug = {slug};
  insert into blog_stats select {slug}, 1, {stars} is not null, coalesce({stars}, 0), {row}.published, {row}.published
  where {sign} = 1 and not exists (select 1 from blog_stats where source_slug = {slug});
  delete from blog_stats where source_slug = {slug} and reviews = 0;
  update month_stats set reviews = reviews + {sign} where month = {month};
  insert into month_stats select {month}, 1
  where {sign} = 1 and {month} is not null and not exists (select 1 from month_stats where month = {month});
  delete from month_stats where month = {month} and reviews = 0;
  update rating_stats set reviews = reviews + {sign} where stars is {stars};
  insert into rating_stats select {stars}, 1 where {sign} = 1 and not exists (select 1 from rating_stats where stars is {stars});
  delete from rating_stats where stars is {stars} and reviews = 0;"""


COUNTED = ("book_id", "source_slug", "published", "rating", "stars")

def triggers_sql(marks: bool) -> str:
    """The triggers; with `marks` (m009 on), a review marked no longer one is taken out of the counts as if it
    were deleted, and put back when a later reading clears the mark."""
    live = (lambda row: f" when {row}.unreviewed_at is null") if marks else (lambda row: "")
    changed = " or ".join(f"old.{c} is not new.{c}" for c in COUNTED)
    script = f"""
create trigger reviews_counts_insert after insert on reviews{live('new')} begin{_book('new.book_id')}{_author_of('new.book_id')}{_add('new', '1')}
end;
create trigger reviews_counts_delete after delete on reviews{live('old')} begin{_book('old.book_id')}{_author_of('old.book_id')}{_add('old', '-1')}
end;
create trigger reviews_counts_update after update of {', '.join(COUNTED)} on reviews
when {f"old.unreviewed_at is null and new.unreviewed_at is null and ({changed})" if marks else changed} begin{_add('old', '-1')}{_add('new', '1')}{_book('old.book_id')}{_author_of('old.book_id')}{_book('new.book_id')}{_author_of('new.book_id')}
end;
create trigger books_counts_delete after delete on books begin
  delete from book_stats where book_id = old.id;{_author(AUTHOR_KEY_SQL.format(t='old.'))}
end;
create trigger books_counts_update after update of author on books when old.author is not new.author begin{_author(AUTHOR_KEY_SQL.format(t='new.'))}
end;
"""
    if marks:
        script += f"""create trigger reviews_counts_unreviewed after update of unreviewed_at on reviews
when old.unreviewed_at is null and new.unreviewed_at is not null begin{_book('old.book_id')}{_author_of('old.book_id')}{_add('old', '-1')}
end;
create trigger reviews_counts_reviewed_again after update of unreviewed_at on reviews
when old.unreviewed_at is not null and new.unreviewed_at is null begin{_book('new.book_id')}{_author_of('new.book_id')}{_add('new', '1')}
end;
"""
    return script.replace(LIVE, "unreviewed_at is null" if marks else "1")


# Fill order matters: author rows are read from book rows.
FILL_ORDER = ("book_stats", "blog_stats", "month_stats", "rating_stats", "author_stats")


def statements(script: str) -> list[str]:
    """A script's statements one by one (`executescript` would commit the migration's transaction)."""
    done, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            done.append(current.strip())
            current = ""
    return done


def create(db: sqlite_utils.Database) -> None:
    """Make the tables, indexes and triggers, and fill the tables from the archive as it is."""
    for sql in statements(TABLES_SQL):
        db.execute(sql)
    for table in FILL_ORDER:
        db.execute(f"insert into {table} {_sql(db, FRESH_SQL[table])}")
    replace_triggers(db)


def replace_triggers(db: sqlite_utils.Database) -> None:
    """Make the triggers again, as `triggers_sql` writes them for this database."""
    for (name,) in db.execute("select name from sqlite_master where type = 'trigger' and name glob '*_counts_*'").fetchall():
        db.execute(f'drop trigger "{name}"')
    for sql in statements(triggers_sql(unreviewed.marks(db.conn))):
        db.execute(sql)


def refill(db: sqlite_utils.Database, tables: tuple[str, ...] = FILL_ORDER) -> None:
    """Count every table (or `tables`, in this order) again from the archive (after a bulk load made with the
    triggers off, or a change no trigger follows)."""
    for table in tables:
        db.execute(f"delete from {table}")
        db.execute(f"insert into {table} {_sql(db, FRESH_SQL[table])}")


def fresh(db: sqlite_utils.Database, table: str) -> list[tuple]:
    """What `table` should hold, counted afresh from the reviews (and book rows, for authors)."""
    return sorted(db.execute(_sql(db, FRESH_SQL[table])).fetchall(), key=repr)


def kept(db: sqlite_utils.Database, table: str) -> list[tuple]:
    return sorted(db.execute(f"select * from {table}").fetchall(), key=repr)
