"""scraper/known.py: the archive's index of a source's pages, read back for a re-crawl (a real archive file)."""

import io
import sqlite3

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.store import Archive
from scraper.known import load_known

COLUMNS = ("url", "source_slug", "status", "fetched_at", "content_hash", "kind", "warc_file", "warc_offset",
           "etag", "last_modified", "gone_at", "last_crawl_id")


def warc_with(path, urls) -> list[int]:
    """A real WARC file of one response record per URL; the records' offsets."""
    path.parent.mkdir(exist_ok=True)
    offsets = []
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url in urls:
            offsets.append(out.tell())
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            body = io.BytesIO(f"<html><body><p>{url}</p></body></html>".encode())
            writer.write_record(writer.create_warc_record(url, "response", payload=body, http_headers=headers))
    return offsets


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
    one, gone = warc_with(tmp_path / "warcs" / "00001-quay-reads-00000.warc.gz", [f"{base}/review-one/", f"{base}/gone/"])
    warc_with(tmp_path / "warcs" / "00002-quay-reads-00000.warc.gz", [f"{base}/sitemap.xml"])
    db = archive_with(tmp_path, [
        (f"{base}/review-one/", "quay-reads", 200, "2026-11-01T10:00:00Z", "ab" * 32, "review", "00001-quay-reads-00000.warc.gz",
         one, '"e1"', "Sun, 01 Nov 2026 09:00:00 GMT", None, 1),
        (f"{base}/gone/", "quay-reads", 200, "2026-11-01T10:00:01Z", "cd" * 32, "review", "00001-quay-reads-00000.warc.gz",
         gone, None, None, "2026-11-20T00:00:00Z", 1),
        (f"{base}/missing/", "quay-reads", 404, "2026-11-01T10:00:02Z", None, None, None, None, None, None, None, 1),
        (f"{base}/sitemap.xml", "quay-reads", 200, "2026-11-02T10:00:00Z", "ef" * 32, "sitemap", "00002-quay-reads-00000.warc.gz",
         0, None, None, None, 2),
        ("https://other-blog.example/post/", "other-blog", 200, "2026-11-01T10:00:00Z", "01" * 32, "review", "x.warc.gz", 0,
         None, None, None, 2),
    ])
    known = load_known(str(db), "quay-reads", 2, tmp_path / "warcs")
    assert set(known.pages) == {f"{base}/review-one/", f"{base}/gone/", f"{base}/missing/", f"{base}/sitemap.xml"}
    row = known.pages[f"{base}/review-one/"]
    assert (row["etag"], row["last_modified"], row["content_hash"], row["kind"], row["status"]) == (
        '"e1"', "Sun, 01 Nov 2026 09:00:00 GMT", "ab" * 32, "review", 200)
    assert known.capture(f"{base}/review-one/") == ("00001-quay-reads-00000.warc.gz", one)
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
    path = tmp_path / "warcs" / "00001-quay-reads-00000.warc.gz"
    kept, _ = warc_with(path, [f"{base}/kept/", f"{base}/other/"])
    cut = path.stat().st_size + 400  # (its record lay past where the copy stopped)
    db = archive_with(tmp_path, [
        (f"{base}/kept/", "quay-reads", 200, "2026-11-01", "ab" * 32, "review", "00001-quay-reads-00000.warc.gz",
         kept, '"e1"', None, None, 1),
        (f"{base}/cut/", "quay-reads", 200, "2026-11-01", "cd" * 32, "review", "00001-quay-reads-00000.warc.gz",
         cut, '"e2"', None, None, 1),
        (f"{base}/lost/", "quay-reads", 200, "2026-11-01", "ef" * 32, "review", "00002-quay-reads-00000.warc.gz",
         0, '"e3"', None, None, 2),
    ])
    known = load_known(str(db), "quay-reads", 3, tmp_path / "warcs")
    assert known.capture(f"{base}/kept/") == ("00001-quay-reads-00000.warc.gz", kept)
    for url in (f"{base}/cut/", f"{base}/lost/"):
        assert known.capture(url) is None and known.lost_capture(url) and known.archived(url), url
        assert not known.unchanged_since(url, "2026-10-01")  # a sitemap date does not skip it


def test_a_file_cut_inside_its_last_record_loses_that_capture_only(tmp_path):
    """A copy stopped halfway through a record: the record it ends inside is the last one starting before its end; the
    size alone does not show it (its offset is inside the file), so that one record is read."""
    base = "https://quay-reads.example"
    path = tmp_path / "warcs" / "00001-quay-reads-00000.warc.gz"
    first, last = warc_with(path, [f"{base}/first/", f"{base}/last/"])
    path.write_bytes(path.read_bytes()[:last + 30])
    db = archive_with(tmp_path, [
        (f"{base}/first/", "quay-reads", 200, "2026-11-01", "ab" * 32, "review", path.name, first, '"e1"', None, None, 1),
        (f"{base}/last/", "quay-reads", 200, "2026-11-01", "cd" * 32, "review", path.name, last, '"e2"', None, None, 1),
    ])
    known = load_known(str(db), "quay-reads", 2, tmp_path / "warcs")
    assert known.capture(f"{base}/first/") == (path.name, first)
    assert known.capture(f"{base}/last/") is None and known.lost_capture(f"{base}/last/")
    assert not known.unchanged_since(f"{base}/last/", "2026-10-01")  # a sitemap date does not skip it


def test_a_record_damaged_mid_file_is_read_before_a_date_skips_its_page(tmp_path):
    """A record damaged in the middle of a WARC file (its size and the last record are fine): a sitemap date would
    skip the page on every run, standing on a copy nobody can read; its capture is read first, and it is fetched."""
    base = "https://quay-reads.example"
    path = tmp_path / "warcs" / "00001-quay-reads-00000.warc.gz"
    first, middle, last = warc_with(path, [f"{base}/first/", f"{base}/middle/", f"{base}/last/"])
    data = bytearray(path.read_bytes())
    data[middle:middle + 40] = b"\x00" * 40
    path.write_bytes(bytes(data))
    db = archive_with(tmp_path, [
        (f"{base}/{name}/", "quay-reads", 200, "2026-11-01", "ab" * 32, "review", path.name, offset,
         None, None, None, 1)
        for name, offset in (("first", first), ("middle", middle), ("last", last))])
    known = load_known(str(db), "quay-reads", 2, tmp_path / "warcs")
    assert known.capture(f"{base}/middle/") == (path.name, middle)  # the file's size and last record say nothing
    for name in ("first", "last"):
        assert known.unchanged_since(f"{base}/{name}/", "2026-10-01")
    assert not known.unchanged_since(f"{base}/middle/", "2026-10-01")  # a sitemap date does not skip it
    assert known.capture(f"{base}/middle/") is None and known.lost_capture(f"{base}/middle/")
