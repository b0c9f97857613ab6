"""The counts the archive keeps for the whole-archive pages (archive/counts.py) stay exactly what counting gives.

Every kind of write the archive makes (a new review, an edit, a move to another book or date, a rating
taken away, a page that stops being a review, a re-extraction, a withdrawal and its restore) is made on a
real SQLite file through `Archive`; after each, the kept tables are compared with the reader pages'
old queries run afresh over every review, and Datasette's pages and canned queries with the same.
"""

from __future__ import annotations

import re

import pytest

from archive import counts
from archive.books import normalise_author
from archive.schema import BOOK_SUMMARY_SQL
from archive.serve import make_datasette
from archive.store import Archive
from archive.withdraw import restore, withdraw
from tests.reader_archive import add_reviews, page_item, record

# The reader pages' queries as they were before the counts were kept: a count over every review readers see
# (not those marked as no longer reviews, archive/unreviewed.py).
LIVE_BOOK_SUMMARY_SQL = BOOK_SUMMARY_SQL.replace("on reviews.book_id = books.id", "on reviews.book_id = books.id "
                                                 "and reviews.unreviewed_at is null")
OLD = {
    "books": f"select book_id, review_count, source_count, average_rating, average_stars, first_review, last_review "
             f"from ({LIVE_BOOK_SUMMARY_SQL}) where review_count > 0",
    "blogs": """select sources.slug, count(reviews.id), round(avg(reviews.stars), 1), min(reviews.published),
        max(reviews.published) from sources left join reviews on reviews.source_slug = sources.slug
        and reviews.unreviewed_at is null group by sources.slug""",
    "authors": f"""select author_key(author), count(*), sum(review_count), round(avg(average_stars), 1)
        from ({LIVE_BOOK_SUMMARY_SQL}) where author is not null and review_count > 0 group by author_key(author)""",
    "months": """select substr(published, 1, 7), count(*) from reviews where published is not null
        and unreviewed_at is null group by 1 order by 1""",
    "ratings": "select stars, count(*) from reviews where unreviewed_at is null group by stars",
}
KEPT = {
    "books": """select book_id, review_count, source_count, average_rating, average_stars, first_review, last_review
        from book_summary where review_count > 0""",
    "blogs": """select sources.slug, coalesce(b.reviews, 0), round(b.stars_sum / b.rated, 1), b.first_review, b.last_review
        from sources left join blog_stats b on b.source_slug = sources.slug""",
    "authors": "select author_key, books, reviews, average_stars from author_stats",
    "months": "select month, reviews from month_stats order by month",
    "ratings": "select stars, reviews from rating_stats",
}


def assert_counts_right(archive: Archive) -> None:
    conn = archive.db.conn
    conn.create_function("author_key", 1, normalise_author)
    for name, old in OLD.items():
        expected = sorted(conn.execute(old).fetchall(), key=repr)
        assert sorted(conn.execute(KEPT[name]).fetchall(), key=repr) == expected, name
    for table in counts.FILL_ORDER:
        assert counts.kept(archive.db, table) == counts.fresh(archive.db, table), table


def save(archive: Archive, source: str, url: str, *rest, reextract: bool = False, **changes) -> None:
    crawl = archive.start_crawl([source])
    rec = {**record(url, *rest), **changes}
    item = page_item(crawl, source, url, rec)
    (archive.save_reextracted if reextract else archive.save_pages)([item])
    archive.finish_crawl(crawl, {"pages_fetched": 1})


REVIEW = ("A third view", "Never Let Me Go", "Ishiguro, Kazuo", "2022-02-02", "Clones again, and a school.", 0.2)


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "shelfmark.db"
    add_reviews(path)
    archive = Archive(path)
    archive.upsert_sources([{"slug": "gamma", "name": "Gamma Pages", "home_url": "http://gamma.test/"}])
    yield archive
    archive.close()


def test_counts_follow_every_kind_of_write(archive):
    assert_counts_right(archive)
    url = "http://gamma.test/third"
    save(archive, "gamma", url, *REVIEW)  # a new review of a book two blogs reviewed, from a third blog
    assert_counts_right(archive)
    assert archive.db.execute("select review_count, source_count from book_stats where book_id = "
                              "(select book_id from reviews where url = ?)", [url]).fetchone() == (3, 3)
    title, book, author, published, body, rating = REVIEW
    save(archive, "gamma", url, title, book, author, published, body + " Edited.", 0.9)  # an edit: new rating
    assert_counts_right(archive)
    save(archive, "gamma", url, title, book, author, "2025-07-01", body + " Edited.", None)  # rating gone, new month
    assert_counts_right(archive)
    save(archive, "gamma", url, title, "Klara and the Sun", author, "2025-07-01", body, 0.7)  # another (new) book
    assert_counts_right(archive)
    save(archive, "gamma", url, title, "Klara and the Sun", "Ishiguro", "2025-07-01", body, 0.7,
         reextract=True, book_title="The Buried Giant")  # re-extracted: the book read anew
    assert_counts_right(archive)
    assert archive.db.execute("select count(*) from books where title = 'Klara and the Sun'").fetchone() == (0,)
    save(archive, "gamma", url, *REVIEW, is_review=False, kind="list")  # no longer a review: kept, marked, uncounted
    assert_counts_right(archive)
    assert archive.db.execute("select count(*) from blog_stats where source_slug = 'gamma'").fetchone() == (0,)
    assert archive.db.execute("select unreviewed_kind from reviews where url = ?", [url]).fetchone() == ("list",)
    save(archive, "gamma", url, *REVIEW, is_review=False, kind="event", reextract=True)  # read otherwise, still marked
    assert_counts_right(archive)
    save(archive, "gamma", url, *REVIEW)  # a review again: counted again, as it reads now
    assert_counts_right(archive)
    assert archive.db.execute("select reviews, first_review from blog_stats where source_slug = 'gamma'").fetchone() == (1, "2022-02-02")
    save(archive, "gamma", url, title, "Klara and the Sun", author, published, body, 0.7, is_review=False, kind="list")
    assert_counts_right(archive)  # marked in the same write that moved it to another book: neither book counts it


def test_counts_follow_a_withdrawal_and_its_restore(archive):
    save(archive, "gamma", "http://gamma.test/third", *REVIEW)
    before = {table: counts.kept(archive.db, table) for table in counts.FILL_ORDER}
    withdraw(archive, "beta", "asked to take it down")
    assert_counts_right(archive)
    assert archive.db.execute("select count(*) from blog_stats where source_slug = 'beta'").fetchone() == (0,)
    restore(archive, "beta")
    assert_counts_right(archive)
    after = {table: counts.kept(archive.db, table) for table in counts.FILL_ORDER}
    # Restored reviews come back with new ids and their books found again by key: only book ids may differ.
    assert {t: v for t, v in after.items() if t != "book_stats"} == {t: v for t, v in before.items() if t != "book_stats"}
    assert sorted(r[1:] for r in after["book_stats"]) == sorted(r[1:] for r in before["book_stats"])


def test_migration_fills_the_counts_of_an_archive_made_before_them(tmp_path):
    path = tmp_path / "old.db"
    add_reviews(path)
    archive = Archive(path)
    db = archive.db
    # Back to the schema before m005: no count tables, triggers or indexes, the old book_summary view.
    for kind, name in db.execute("select type, name from sqlite_master where (type = 'trigger' and name like '%counts%') "
                                 "or name like '%_stats' or name in ('idx_books_author_key', 'idx_reviews_book_counts', "
                                 "'idx_reviews_source_published')").fetchall():
        if kind in ("table", "trigger", "index"):
            db.execute(f"drop {kind} if exists [{name}]")
    db.execute("drop view book_summary")
    db.create_view("book_summary", BOOK_SUMMARY_SQL)
    db.execute("delete from _sqlite_migrations where name in ('m005_reader_counts', 'm006_book_summary_of_reviewed_books')")
    db.conn.commit()
    archive.close()
    save_to = Archive(path)  # opening applies m005 to the old archive
    try:
        assert save_to.db.execute("select count(*) from book_stats").fetchone()[0] == 4
        assert_counts_right(save_to)
        save(save_to, "alpha", "http://alpha.test/new", *REVIEW)
        assert_counts_right(save_to)
    finally:
        save_to.close()


def numbers(html: str, row_text: str) -> list[str]:
    """The numbers in the table row that holds `row_text`."""
    row = next(r for r in re.findall(r"<tr>(.*?)</tr>", html, re.S) if row_text in r)
    return re.findall(r'<td class="num">(\d+)</td>', row)


async def test_pages_show_the_kept_counts(archive):
    save(archive, "gamma", "http://gamma.test/third", *REVIEW)
    ds = make_datasette(archive.path)
    blogs = (await ds.client.get("/blogs")).text
    assert numbers(blogs, "Alpha Reads") == ["3"] and numbers(blogs, "Beta Books") == ["2"]
    assert numbers(blogs, "Gamma Pages") == ["1"]
    books = (await ds.client.get("/books")).text
    assert numbers(books, "Never Let Me Go") == ["3"]
    titles = re.findall(r"<cite>([^<]+)</cite>", books)
    assert titles[0] == "Never Let Me Go" and len(titles) == 4
    authors = (await ds.client.get("/authors")).text
    assert numbers(authors, "Kazuo Ishiguro") == ["2", "4"]  # two books, four reviews
    assert numbers(authors, "Juan Rulfo") == ["1", "1"]
    home = (await ds.client.get("/")).text
    assert home.count("Never Let Me Go") >= 1 and "Reviews per month" in home
    months = (await ds.client.get("/shelfmark/reviews_per_month.json", params={"_shape": "array"})).json()
    assert {m["month"]: m["reviews"] for m in months} == {"2022-02": 1, "2023-11": 1, "2024-01": 1, "2024-03": 1, "2024-05": 2}
    ratings = (await ds.client.get("/shelfmark/rating_distribution.json", params={"_shape": "array"})).json()
    assert [(r["rating"], r["reviews"]) for r in ratings] == [
        ("5 ★", 1), ("4.5 ★", 1), ("4 ★", 1), ("3 ★", 1), ("2 ★", 1), ("1 ★", 1)]
    blog = (await ds.client.get("/blog/gamma")).text
    assert "1 reviews, 2022-02-02 to 2022-02-02" in blog
    author = (await ds.client.get("/author/Kazuo+Ishiguro")).text
    assert "2 books in the archive, 4 reviews." in re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", author))


# Scans a reader query may make: of an index in the order asked for, stopped by the query's LIMIT, or of a
# table that stays small (one row a blog, month or rating). reviews_per_blog_per_month is a researcher's
# whole-archive query: a covering index, read once.
ALLOWED_SCANS = {
    "newest_reviews": {"reviews USING INDEX idx_reviews_published_desc_id"},
    "most_reviewed_books": {"s USING INDEX idx_book_stats_most_reviewed"},
    "highest_rated_books": {"s USING COVERING INDEX idx_book_stats_highest_rated"},
    "authors": {"author_stats USING INDEX idx_author_stats_reviews"},
    "reviews_per_blog_per_month": {"reviews USING COVERING INDEX idx_reviews_source_published"},
}
SMALL_TABLES = ("sources", "month_stats", "rating_stats")
SEARCH_STEPS = {"unfiltered", "filtered", "in_blog", "candidates", "ranked", "best", "snippets"}


def test_reader_queries_use_indexes(archive):
    """Every canned query's plan seeks an index or a primary key. Neither this archive nor one of a million
    reviews has sqlite_stat1 (no ANALYZE), so SQLite plans them alike whatever their size."""
    import yaml

    from archive.datasette.plugins.shelfmark_fts import prepare_connection
    from archive.serve import CONFIG_DIR

    queries = yaml.safe_load((CONFIG_DIR / "metadata.yml").read_text())["databases"]["shelfmark"]["queries"]
    conn = archive.db.conn
    prepare_connection(conn)
    assert not archive.db["sqlite_stat1"].exists()
    for name, query in queries.items():
        params = {key: "1" for key in re.findall(r":(\w+)", query["sql"])}
        plan = [row[3] for row in conn.execute("explain query plan " + query["sql"], params)]
        scans = {line[len("SCAN "):] for line in plan if line.startswith("SCAN ")}
        # The search query's own steps (CTEs) are scanned by name; they hold at most 2,000 rows.
        scans = {s for s in scans if not s.startswith(("reviews_fts VIRTUAL TABLE", "(subquery", *SMALL_TABLES))
                 and s.split()[0] not in SEARCH_STEPS}
        assert scans <= ALLOWED_SCANS.get(name, set()), f"{name}: {scans} ({plan})"
