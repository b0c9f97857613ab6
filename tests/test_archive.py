"""archive.schema / archive.books / archive.store against real SQLite files."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from archive.books import book_key, display_title
from archive.schema import MIGRATION_SET, migrations, open_db
from archive.store import Archive, ArchiveError, text_hash

SOURCES = [
    {"slug": "alpha", "name": "Alpha Reads", "home_url": "http://alpha.test/", "platform": "wordpress"},
    {"slug": "beta", "name": "Beta Books", "home_url": "http://beta.test/", "feeds": ["http://beta.test/feed"]},
]


def review_record(url, *, book_title="Never Let Me Go", book_author="Kazuo Ishiguro", body="A quiet, devastating novel.", **extra):
    record = {
        "url": url,
        "canonical_url": None,
        "title": f"Review: {book_title}",
        "author": "Ann Reader",
        "published": "2024-03-01",
        "categories": ["Reviews"],
        "tags": ["literary fiction"],
        "language": "en",
        "sitename": "Alpha Reads",
        "kind": "review",
        "is_review": True,
        "reason": "names a book and gives a rating",
        "book_title": book_title,
        "book_author": book_author,
        "book_year": None,
        "book_publisher": None,
        "rating_raw": "4/5",
        "rating": 0.8,
        "body_markdown": body,
        "body_text": body,
        "word_count": len(body.split()),
        "extractor_version": "test-1",
    }
    record.update(extra)
    return record


def other_record(url, kind="about"):
    return {
        "url": url, "title": "About me", "kind": kind, "is_review": False,
        "reason": "an about page", "body_markdown": "Hi", "body_text": "Hi",
        "word_count": 1, "categories": [], "tags": [], "extractor_version": "test-1",
    }


def page(crawl_id, url, record, source="alpha", status=200, error=None):
    return {
        "crawl_id": crawl_id, "source_slug": source, "url": url, "status": status,
        "fetched_at": "2024-03-02T10:00:00+00:00", "content_hash": "0" * 64,
        "content_type": "text/html", "bytes": 1234, "record": record, "error": error,
    }


@pytest.fixture
def archive(tmp_path):
    arc = Archive(tmp_path / "shelfmark.db")
    arc.upsert_sources(SOURCES)
    yield arc
    arc.close()


@pytest.fixture
def crawl(archive):
    return archive.start_crawl(["alpha", "beta"], user_agent="test", extractor_version="test-1")


def count(archive, table):
    return archive.db[table].count


# -- schema ---------------------------------------------------------------


def test_migrations_apply_once_and_reopen_keeps_data(tmp_path):
    path = tmp_path / "a.db"
    db = open_db(path)
    applied = [m.name for m in migrations.applied(db)]
    assert applied[:2] == ["m001_initial", "m002_archivist"]  # later ones are appended, never reordered
    assert applied == [m.name for m in migrations.pending(sqlite_utils.Database(memory=True))]
    assert {"sources", "crawls", "pages", "books", "reviews", "reviews_fts"} <= set(db.table_names())
    assert {"book_summary", "reviews_by_book"} <= set(db.view_names())
    db["sources"].insert({"slug": "x", "name": "X"})
    db.close()

    db = open_db(path)
    assert [m.name for m in migrations.applied(db)] == applied
    rows = list(db.query("select count(*) n from _sqlite_migrations where migration_set = ?", [MIGRATION_SET]))
    assert rows[0]["n"] == len(applied)
    assert db["sources"].get("x")["name"] == "X"
    db.close()


def test_wal_synchronous_and_foreign_keys(tmp_path):
    db = open_db(tmp_path / "a.db")
    assert db.journal_mode == "wal"
    assert db.execute("pragma synchronous").fetchone()[0] == 1  # NORMAL
    assert db.execute("pragma foreign_keys").fetchone()[0] == 1
    db.close()


def test_fts_triggers_and_tokenizer(tmp_path):
    db = open_db(tmp_path / "a.db")
    assert {"reviews_ai", "reviews_ad", "reviews_au"} <= {t.name for t in db["reviews"].triggers}
    assert "remove_diacritics 2" in db["reviews_fts"].schema
    assert "porter" in db["reviews_fts"].schema
    db.close()


# -- book identity ----------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        (("Never Let Me Go", "Kazuo Ishiguro"), ("‘Never let me go’", "Kazuo Ishiguro")),
        (("Never Let Me Go", "Kazuo Ishiguro"), ("never let me go", "Ishiguro, Kazuo")),
        (("The Left Hand of Darkness", "Ursula K. Le Guin"), ("Left Hand of Darkness", "Ursula Le Guin")),
        (("Pedro Páramo", "Juan Rulfo"), ("Pedro Paramo", "Juan  Rulfo")),
        (("“Beloved”", "Toni Morrison"), ("Beloved", "by Toni Morrison")),
    ],
)
def test_book_key_merges_spellings(a, b):
    assert book_key(*a) == book_key(*b)


@pytest.mark.parametrize(
    "a, b",
    [
        (("Never Let Me Go", "Kazuo Ishiguro"), ("Let Me In", "John Ajvide Lindqvist")),
        (("Never Let Me Go", "Kazuo Ishiguro"), ("Let Me Go", "Kazuo Ishiguro")),
        (("Beloved", "Toni Morrison"), ("Beloved", "Someone Else")),
    ],
)
def test_book_key_keeps_books_apart(a, b):
    assert book_key(*a) != book_key(*b)


def test_display_title_prefers_cased_unquoted():
    assert display_title(["‘Never let me go’", "never let me go", "Never Let Me Go"]) == "Never Let Me Go"
    assert display_title(["“Beloved”"]) == "Beloved"
    assert display_title(["Never Let Me Go", "NEVER LET ME GO"]) == "Never Let Me Go"


# -- saving pages -------------------------------------------------------------


def test_save_batch_creates_pages_reviews_books(archive, crawl):
    outcome = archive.save_pages(
        [
            page(crawl, "http://alpha.test/r1", review_record("http://alpha.test/r1")),
            page(crawl, "http://alpha.test/about", other_record("http://alpha.test/about")),
            page(crawl, "http://alpha.test/gone", None, status=404, error="HTTP 404"),
        ]
    )
    assert outcome == {"reviews_new": 1, "reviews_changed": 0, "reviews_unchanged": 0, "non_reviews": 1, "failed": 1,
                       "pages_new": 2, "pages_changed": 0, "pages_unchanged": 0, "pages_gone": 0,
                       "reviews_unreviewed": 0}
    assert count(archive, "pages") == 3
    assert count(archive, "reviews") == 1
    assert count(archive, "books") == 1
    review = next(archive.db["reviews"].rows)
    assert review["content_hash"] == text_hash("A quiet, devastating novel.")
    assert review["stars"] == 4.0
    assert review["reviewer"] == "Ann Reader"
    assert review["categories"] == '["Reviews"]'
    failed = next(archive.db["pages"].rows_where("url = ?", ["http://alpha.test/gone"]))
    assert (failed["status"], failed["error"]) == (404, "HTTP 404")
    about = next(archive.db["pages"].rows_where("url = ?", ["http://alpha.test/about"]))
    assert about["is_review"] == 0
    assert archive.db["reviews"].count_where("page_id = ?", [about["id"]]) == 0


def test_four_spellings_one_book(archive, crawl):
    spellings = [
        ("Never Let Me Go", "Kazuo Ishiguro"),
        ("‘Never let me go’", "Kazuo Ishiguro"),
        ("Never Let Me Go", "Ishiguro, Kazuo"),
        ("never let me go", "Kazuo Ishiguro"),
    ]
    # Store the worst-cased spelling first: the display title must improve later.
    spellings = spellings[1:] + spellings[:1]
    batch = [
        page(crawl, f"http://alpha.test/r{i}", review_record(f"http://alpha.test/r{i}", book_title=t, book_author=a))
        for i, (t, a) in enumerate(spellings)
    ]
    batch.append(page(crawl, "http://beta.test/lmi", review_record("http://beta.test/lmi", book_title="Let Me In", book_author="John Ajvide Lindqvist"), source="beta"))
    archive.save_pages(batch)
    books = {row["title"]: row for row in archive.db["books"].rows}
    assert set(books) == {"Never Let Me Go", "Let Me In"}
    nlmg = books["Never Let Me Go"]
    assert nlmg["author"] == "Kazuo Ishiguro"
    assert archive.db["reviews"].count_where("book_id = ?", [nlmg["id"]]) == 4
    summary = next(archive.db["book_summary"].rows_where("book_id = ?", [nlmg["id"]]))
    assert summary["review_count"] == 4


def test_resave_same_page_is_unchanged_not_duplicated(archive, crawl):
    item = page(crawl, "http://alpha.test/r1", review_record("http://alpha.test/r1"))
    archive.save_pages([item])
    first_seen = next(archive.db["reviews"].rows)["first_seen"]
    later = dict(item, fetched_at="2024-04-01T00:00:00+00:00")
    outcome = archive.save_pages([later])
    assert outcome["reviews_unchanged"] == 1 and outcome["reviews_new"] == 0
    assert (count(archive, "pages"), count(archive, "reviews"), count(archive, "books")) == (1, 1, 1)
    review = next(archive.db["reviews"].rows)
    assert review["first_seen"] == first_seen
    assert review["last_seen"] == "2024-04-01T00:00:00+00:00"


def test_changed_body_is_counted_changed(archive, crawl):
    archive.save_pages([page(crawl, "http://alpha.test/r1", review_record("http://alpha.test/r1"))])
    outcome = archive.save_pages(
        [page(crawl, "http://alpha.test/r1", review_record("http://alpha.test/r1", body="Rewritten after a reread."))]
    )
    assert outcome["reviews_changed"] == 1
    review = next(archive.db["reviews"].rows)
    assert review["content_hash"] == text_hash("Rewritten after a reread.")
    assert count(archive, "reviews") == 1


def search(archive, words):
    """What readers' search finds, after FTS5 has checked its index against the rows it should hold."""
    archive.db.execute("insert into reviews_fts(reviews_fts) values ('integrity-check')")
    return [r[0] for r in archive.db.execute("select rowid from reviews_fts where reviews_fts match ?", [words])]


def test_page_that_stops_being_a_review_keeps_its_review_marked(archive, crawl):
    url = "http://alpha.test/r1"
    archive.save_pages([page(crawl, url, review_record(url))])
    archive.save_pages([page(crawl, url, review_record(url, body="A quiet, devastating novel. Edited."))])
    (review_id,) = search(archive, "devastating")
    later = dict(page(crawl, url, other_record(url, kind="list")), fetched_at="2024-05-01T00:00:00+00:00")
    outcome = archive.save_pages([later])
    assert (outcome["non_reviews"], outcome["reviews_unreviewed"]) == (1, 1)
    review = archive.db["reviews"].get(review_id)  # the same row, its text and book as they were, marked
    assert (review["unreviewed_at"], review["unreviewed_kind"]) == ("2024-05-01T00:00:00+00:00", "list")
    assert review["body_text"] == "A quiet, devastating novel. Edited."
    assert [v["version"] for v in archive.db["review_versions"].rows_where("review_id = ?", [review_id])] == [1, 2]
    assert (count(archive, "reviews"), count(archive, "pages"), count(archive, "books")) == (1, 1, 1)
    assert search(archive, "devastating") == []  # readers' search no longer finds it
    assert archive.db.execute("select count(*) from book_stats").fetchone() == (0,)
    again = archive.save_pages([dict(later, fetched_at="2024-06-01T00:00:00+00:00")])  # read the same way again
    assert (again["non_reviews"], again["reviews_unreviewed"]) == (1, 0)
    assert archive.db["reviews"].get(review_id)["unreviewed_at"] == "2024-05-01T00:00:00+00:00"  # the first time stays
    unchanged = archive.save_pages([dict(later, record=None, unchanged="304")])
    assert (unchanged["pages_unchanged"], unchanged["reviews_unchanged"]) == (1, 0)  # no review readers see


@pytest.mark.parametrize("body, versions, outcome", [
    ("A quiet, devastating novel. Edited.", [1, 2], "reviews_unchanged"),  # the text it had: no new version
    ("Read a third time, still devastating.", [1, 2, 3], "reviews_changed"),
])
def test_a_review_again_is_the_same_row_unmarked(archive, crawl, body, versions, outcome):
    url = "http://alpha.test/r1"
    archive.save_pages([page(crawl, url, review_record(url))])
    archive.save_pages([page(crawl, url, review_record(url, body="A quiet, devastating novel. Edited."))])
    archive.save_pages([page(crawl, url, other_record(url, kind="announcement"))])
    (review_id,) = [r["id"] for r in archive.db["reviews"].rows]
    counted = archive.save_pages([page(crawl, url, review_record(url, body=body))])
    assert counted[outcome] == 1 and counted["reviews_new"] == 0
    review = archive.db["reviews"].get(review_id)
    assert (review["unreviewed_at"], review["unreviewed_kind"], review["body_text"]) == (None, None, body)
    assert [v["version"] for v in archive.db["review_versions"].rows_where("review_id = ?", [review_id])] == versions
    assert search(archive, "devastating") == [review_id]
    assert archive.db.execute("select review_count from book_stats").fetchone() == (1,)


def test_failed_fetch_keeps_previous_review(archive, crawl):
    url = "http://alpha.test/r1"
    archive.save_pages([page(crawl, url, review_record(url))])
    outcome = archive.save_pages([page(crawl, url, None, status=503, error="HTTP 503")])
    assert outcome["failed"] == 1
    assert count(archive, "reviews") == 1
    row = next(archive.db["pages"].rows)
    assert (row["status"], row["kind"], row["is_review"]) == (503, "review", 1)


def test_review_without_book_title_is_saved_without_book(archive, crawl):
    url = "http://alpha.test/r1"
    archive.save_pages([page(crawl, url, review_record(url, book_title=None, book_author=None))])
    review = next(archive.db["reviews"].rows)
    assert review["book_id"] is None
    assert count(archive, "books") == 0


@pytest.mark.parametrize(
    "query, expected",
    [("devastate", 1), ("paramo", 1), ("Páramo", 1), ("nonexistentword", 0)],
)
def test_fts_finds_stemmed_and_accent_folded(archive, crawl, query, expected):
    archive.save_pages(
        [
            page(crawl, "http://alpha.test/r1", review_record("http://alpha.test/r1")),
            page(crawl, "http://alpha.test/r2", review_record("http://alpha.test/r2", book_title="Pedro Páramo", book_author="Juan Rulfo", body="Comala and its ghosts.")),
        ]
    )
    # escape_fts quotes the word, as the search page does (archive/datasette/plugins/shelfmark_fts.py).
    matches = archive.db.execute("select rowid from reviews_fts where reviews_fts match ?", [f'"{query}"']).fetchall()
    assert len(matches) == expected


def test_bad_record_rolls_back_whole_batch(archive, crawl):
    archive.save_pages([page(crawl, "http://alpha.test/old", review_record("http://alpha.test/old"))])
    before = {t: count(archive, t) for t in ("pages", "reviews", "books")}
    bad = review_record("http://alpha.test/bad", book_title="Another Book", rating=4)  # not 0-1
    with pytest.raises(ArchiveError, match="rating"):
        archive.save_pages(
            [
                page(crawl, "http://alpha.test/good", review_record("http://alpha.test/good", book_title="Good Book")),
                page(crawl, "http://alpha.test/bad", bad),
            ]
        )
    assert {t: count(archive, t) for t in before} == before
    assert archive.db["pages"].count_where("url = ?", ["http://alpha.test/good"]) == 0
    # The archive is still usable after the rollback.
    assert archive.save_pages([page(crawl, "http://alpha.test/good", review_record("http://alpha.test/good"))])["reviews_new"] == 1


def test_unknown_source_rolls_back_with_hint(archive, crawl):
    with pytest.raises(ArchiveError, match="upsert_sources"):
        archive.save_pages([page(crawl, "http://nowhere.test/r", review_record("http://nowhere.test/r"), source="nowhere")])
    assert count(archive, "pages") == 0


def test_item_missing_fields_is_rejected(archive, crawl):
    with pytest.raises(ArchiveError, match="lacks"):
        archive.save_pages([{"url": "http://alpha.test/x", "record": None}])


def test_crawl_lifecycle(archive):
    with pytest.raises(ArchiveError, match="upsert_sources"):
        archive.start_crawl(["unknown"])
    crawl_id = archive.start_crawl(["alpha"], user_agent="ShelfmarkBot/0.1")
    assert archive.db["crawls"].get(crawl_id)["status"] == "running"
    archive.finish_crawl(crawl_id, {"pages_fetched": 5, "reviews_new": 2, "dropped_duplicate": 1}, status="interrupted")
    row = archive.db["crawls"].get(crawl_id)
    assert (row["status"], row["pages_fetched"], row["reviews_new"]) == ("interrupted", 5, 2)
    assert row["finished_at"] and '"dropped_duplicate": 1' in row["counts"]
    with pytest.raises(ArchiveError, match="status"):
        archive.finish_crawl(crawl_id, {}, status="done")


def test_upsert_sources_keeps_first_seen(archive):
    first = archive.db["sources"].get("alpha")["first_seen"]
    archive.upsert_sources([{"slug": "alpha", "name": "Alpha Reads (renamed)"}])
    row = archive.db["sources"].get("alpha")
    assert row["name"] == "Alpha Reads (renamed)"
    assert row["first_seen"] == first
    assert archive.db["sources"].get("beta")["feeds"] == '["http://beta.test/feed"]'


def test_foreign_keys_enforced(archive):
    with pytest.raises(sqlite3.IntegrityError):
        archive.db["pages"].insert({"url": "http://x.test/", "source_slug": "missing"})
