"""scraper/known.py: the archive's index of a source's pages, read back for a re-crawl (a real archive file)."""

import sqlite3

from archive.store import Archive
from scraper.known import load_known

COLUMNS = ("url", "source_slug", "status", "fetched_at", "content_hash", "kind", "warc_file", "warc_offset",
           "etag", "last_modified", "gone_at", "last_crawl_id")


def archive_with(tmp_path, rows):
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        archive.upsert_sources([{"slug": slug, "name": slug, "home_url": f"https://{slug}.example/", "platform": "wordpress",
                                 "feeds": [], "sitemaps": []} for slug in ("quay-reads", "other-blog")])
    conn = sqlite3.connect(db)
    conn.executemany(f"insert into pages ({', '.join(COLUMNS)}) values ({', '.join('?' * len(COLUMNS))})", rows)
    conn.commit()
    conn.close()
    return db


def test_rows_read_back_as_the_recrawl_needs_them(tmp_path):
    base = "https://quay-reads.example"
    db = archive_with(tmp_path, [
        (f"{base}/review-one/", "quay-reads", 200, "2026-11-01T10:00:00Z", "ab" * 32, "review", "00001-quay-reads-00000.warc.gz",
         1200, '"e1"', "Sun, 01 Nov 2026 09:00:00 GMT", None, 1),
        (f"{base}/gone/", "quay-reads", 200, "2026-11-01T10:00:01Z", "cd" * 32, "review", "00001-quay-reads-00000.warc.gz",
         5400, None, None, "2026-11-20T00:00:00Z", 1),
        (f"{base}/missing/", "quay-reads", 404, "2026-11-01T10:00:02Z", None, None, None, None, None, None, None, 1),
        (f"{base}/sitemap.xml", "quay-reads", 200, "2026-11-02T10:00:00Z", "ef" * 32, "sitemap", "00002-quay-reads-00000.warc.gz",
         0, None, None, None, 2),
        ("https://other-blog.example/post/", "other-blog", 200, "2026-11-01T10:00:00Z", "01" * 32, "review", "x.warc.gz", 0,
         None, None, None, 2),
    ])
    (tmp_path / "warcs").mkdir()
    for name, size in (("00001-quay-reads-00000.warc.gz", 6000), ("00002-quay-reads-00000.warc.gz", 100)):
        (tmp_path / "warcs" / name).write_bytes(bytes(size))  # the files the rows name (their bytes are not read)
    known = load_known(str(db), "quay-reads", 2, tmp_path / "warcs")
    assert set(known.pages) == {f"{base}/review-one/", f"{base}/gone/", f"{base}/missing/", f"{base}/sitemap.xml"}
    row = known.pages[f"{base}/review-one/"]
    assert (row["etag"], row["last_modified"], row["content_hash"], row["kind"], row["status"]) == (
        '"e1"', "Sun, 01 Nov 2026 09:00:00 GMT", "ab" * 32, "review", 200)
    assert known.capture(f"{base}/review-one/") == ("00001-quay-reads-00000.warc.gz", 1200)
    assert known.capture(f"{base}/gone/") is None  # gone since: nothing to stand on
    assert known.dead(f"{base}/missing/") and not known.dead(f"{base}/review-one/")
    assert known.listings() == {f"{base}/sitemap.xml"}
    assert known.unchanged_since(f"{base}/review-one/", "2026-10-30") and not known.unchanged_since(f"{base}/review-one/", "2026-11-02")
    # what crawl 2 (being resumed) already wrote
    assert known.saved == {f"{base}/sitemap.xml"}


def test_a_capture_whose_file_is_missing_or_cut_short_is_not_stood_on(tmp_path):
    """An archive's .db copied without its warcs/ (or a WARC file cut short): a 304 or a sitemap date would confirm a
    copy nobody can read, on every run; the page is fetched again in full instead."""
    base = "https://quay-reads.example"
    db = archive_with(tmp_path, [
        (f"{base}/kept/", "quay-reads", 200, "2026-11-01", "ab" * 32, "review", "00001-quay-reads-00000.warc.gz",
         100, '"e1"', None, None, 1),
        (f"{base}/cut/", "quay-reads", 200, "2026-11-01", "cd" * 32, "review", "00001-quay-reads-00000.warc.gz",
         900, '"e2"', None, None, 1),
        (f"{base}/lost/", "quay-reads", 200, "2026-11-01", "ef" * 32, "review", "00002-quay-reads-00000.warc.gz",
         0, '"e3"', None, None, 2),
    ])
    (tmp_path / "warcs").mkdir()
    (tmp_path / "warcs" / "00001-quay-reads-00000.warc.gz").write_bytes(bytes(500))
    known = load_known(str(db), "quay-reads", 3, tmp_path / "warcs")
    assert known.capture(f"{base}/kept/") == ("00001-quay-reads-00000.warc.gz", 100)
    for url in (f"{base}/cut/", f"{base}/lost/"):
        assert known.capture(url) is None and known.lost_capture(url) and known.archived(url), url
        assert not known.unchanged_since(url, "2026-10-01")  # a sitemap date does not skip it
