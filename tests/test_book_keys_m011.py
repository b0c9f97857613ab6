"""Book keys of names written without spaces (archive.books), and migration m011 that keys old archives again.

Real SQLite files: an archive made at m010 holding books under the keys the old `book_key` gave them (the same
novel twice, once per spelling of its author's name), opened by the current code.
"""

from __future__ import annotations

import pytest
import sqlite_utils

from archive import counts
from archive.books import book_key
from archive.schema import migrations, open_db
from archive.store import Archive
from tests.reader_archive import page_item, record

BEFORE_M011 = "m011_book_keys_for_names_written_without_spaces"


@pytest.mark.parametrize("a, b", [
    (("細雪", "谷崎 潤一郎"), ("細雪", "谷崎潤一郎")),  # ja: with and without the space
    (("細雪", "谷崎, 潤一郎"), ("細雪", "谷崎潤一郎")),  # a catalogue's comma
    (("活着", "余 华"), ("活着", "余华")),  # zh
    (("소년이 온다", "한 강"), ("소년이 온다", "한강")),  # ko
    (("The Dispossessed", "Ursula K. Le Guin"), ("The Dispossessed", "Le Guin, Ursula")),  # initials still dropped
    (("Kitchen", "Banana Yoshimoto"), ("Kitchen", "Yoshimoto, Banana")),  # a romanised name stays order-free
])
def test_one_key_for_spellings_of_one_name(a, b):
    assert book_key(*a) == book_key(*b)


@pytest.mark.parametrize("a, b", [
    (("流れる", "幸田 文"), ("流れる", "幸田")),  # a one-character given name is no initial
    (("流れる", "幸田 文"), ("流れる", "幸田 露伴")),
    (("一本の木", "山田 一"), ("一本の木", "山田 二")),
    (("Rasa", "ع. سالم"), ("Rasa", "م. سالم")),  # a letter of a script without case is kept
])
def test_names_that_differ_in_a_one_letter_part_stay_apart(a, b):
    assert book_key(*a) != book_key(*b)


# id: (key as the old book_key made it, display title, display author)
OLD_BOOKS = {
    1: ("細雪|潤一郎 谷崎", "細雪", "谷崎 潤一郎"),
    2: ("細雪|谷崎潤一郎", "細雪", "谷崎潤一郎"),
    3: ("流れる|幸田", "流れる", "幸田 文"),
    4: ("never let me go|ishiguro kazuo", "Never Let Me Go", "Kazuo Ishiguro"),
}
# id: (source, book id, book title as read, author as read, published, stars)
OLD_REVIEWS = {
    1: ("alpha", 1, "細雪", "谷崎 潤一郎", "2024-01-05", 4.0),
    2: ("beta", 2, "細雪", "谷崎潤一郎", "2024-02-05", 3.0),
    3: ("beta", 2, "『細雪』", "谷崎潤一郎", "2024-03-05", None),
    4: ("alpha", 3, "流れる", "幸田 文", "2024-04-05", 5.0),
    5: ("alpha", 4, "Never Let Me Go", "Kazuo Ishiguro", "2024-05-05", 4.5),
}


def made_at_m010(path) -> None:
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before=BEFORE_M011)
    db["sources"].insert_all([{"slug": s, "name": s.title(), "home_url": f"http://{s}.test/"} for s in ("alpha", "beta")])
    db["crawls"].insert({"id": 1, "started_at": "2024-06-01T10:00:00+00:00", "status": "finished", "sources": "[]"})
    for book_id, (key, title, author) in OLD_BOOKS.items():
        db["books"].insert({"id": book_id, "key": key, "title": title, "author": author})
    for rid, (source, book_id, title, author, published, stars) in OLD_REVIEWS.items():
        url = f"http://{source}.test/{rid}"
        db["pages"].insert({"id": rid, "url": url, "source_slug": source, "crawl_id": 1, "kind": "review",
                            "is_review": 1, "content_hash": "0" * 64, "fetched_at": "2024-06-01T10:01:00+00:00"})
        db["reviews"].insert({"id": rid, "page_id": rid, "url": url, "source_slug": source, "crawl_id": 1,
                              "title": title, "book_id": book_id, "book_title": title, "book_author": author,
                              "published": published, "stars": stars, "rating": None if stars is None else stars / 5,
                              "body_text": f"review {rid}", "body_markdown": f"review {rid}", "content_hash": str(rid) * 64})
    db.close()


def counted_afresh(db) -> None:
    for table in counts.FILL_ORDER:
        assert counts.kept(db, table) == counts.fresh(db, table), table


def test_m011_merges_the_books_old_keys_kept_apart(tmp_path):
    path = tmp_path / "old.db"
    made_at_m010(path)
    old = sqlite_utils.Database(path)
    assert old.execute("select count(*) from author_stats").fetchone()[0] == 4  # 谷崎 counted as two authors
    old.close()

    db = open_db(path)  # as `shelfmark crawl` or `serve` opens it
    try:
        books = {r["id"]: (r["key"], r["title"], r["author"]) for r in db["books"].rows}
        assert books == {
            2: ("細雪|谷崎潤一郎", "細雪", "谷崎潤一郎"),  # book 1's new key is book 2's: its review moved there
            3: ("流れる|幸田文", "流れる", "幸田 文"),  # keyed again, alone
            4: OLD_BOOKS[4],  # an ASCII name: untouched
        }
        (sasame,) = [i for i, b in books.items() if b[1] == "細雪"]
        assert [r[0] for r in db.execute("select id from reviews where book_id = ? order by id", [sasame])] == [1, 2, 3]
        stats = db.execute("select review_count, source_count, rated_count from book_stats where book_id = ?", [sasame]).fetchone()
        assert stats == (3, 2, 2)
        assert db.execute("select author_key, books, reviews from author_stats order by author_key").fetchall() == [
            ("ishiguro kazuo", 1, 1), ("幸田文", 1, 1), ("谷崎潤一郎", 1, 3)]
        counted_afresh(db)
    finally:
        db.close()

    with Archive(path) as archive:  # a new review of the novel, its author spelled either way, finds the same book
        crawl = archive.start_crawl(["alpha"])
        url = "http://alpha.test/new"
        archive.save_pages([page_item(crawl, "alpha", url, record(url, "雪の話", "細雪", "谷崎, 潤一郎", "2024-07-01", "text", 0.6))])
        assert archive.db["reviews"].get(6)["book_id"] == sasame
        assert archive.db.execute("select count(*) from books").fetchone()[0] == 3
        counted_afresh(archive.db)


def test_m011_on_an_archive_with_nothing_to_key_again(tmp_path):
    path = tmp_path / "plain.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before=BEFORE_M011)
    db.close()
    db = open_db(path)
    try:
        assert BEFORE_M011 in {m.name for m in migrations.applied(db)}
        assert db.execute("select count(*) from books").fetchone()[0] == 0
    finally:
        db.close()
