"""The WARC middleware's pure parts: when a page asks not to be archived, and repairing a killed crawl's file."""

from __future__ import annotations

import gzip
import io
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.captures import decode_body
from scraper.known import parse_date
from scraper.middlewares.warc import noarchive_reason, repair_open_file


@pytest.mark.parametrize("headers, body, why", [
    ([("X-Robots-Tag", "noarchive")], b"<html></html>", "X-Robots-Tag: noarchive"),
    ([("x-robots-tag", "googlebot: noindex, noarchive")], b"", "X-Robots-Tag: noarchive"),
    ([], b"<html><head><meta name='robots' content='noindex, noarchive'></head></html>", "meta robots noarchive"),
    ([], b'<html><head><meta content="NOARCHIVE" name="robots"></head></html>', "meta robots noarchive"),
    ([("Content-Encoding", "gzip")], gzip.compress(b"<meta name=robots content=noarchive>"), "meta robots noarchive"),
])
def test_noarchive_is_read_from_header_or_meta(headers, body, why):
    encoding = next((v for k, v in headers if k == "Content-Encoding"), None)
    assert noarchive_reason(headers, body, encoding) == why


@pytest.mark.parametrize("headers, body", [
    ([("X-Robots-Tag", "noindex")], b"<html></html>"),
    ([], b"<html><head><meta name='description' content='noarchive is a word'></head></html>"),
    ([], b"<p>we never use noarchive here</p>"),
])
def test_other_pages_are_archived(headers, body):
    assert noarchive_reason(headers, body, None) is None


def test_decode_body_undoes_content_encoding():
    assert decode_body(gzip.compress(b"hello"), "gzip") == b"hello"
    assert decode_body(b"plain", None) == b"plain"


def test_dates_from_sitemaps_feeds_and_http():
    assert parse_date("2025-03-02").isoformat() == "2025-03-02T23:59:59+00:00"  # a bare day counts to its end
    assert parse_date("2025-03-02T10:00:00Z").isoformat() == "2025-03-02T10:00:00+00:00"
    assert parse_date("Sun, 02 Mar 2025 10:00:00 GMT").isoformat() == "2025-03-02T10:00:00+00:00"
    assert parse_date("last tuesday") is None


def test_a_torn_file_is_cut_back_to_its_last_whole_record(tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n in range(3):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://example.test/{n}", "response",
                                                      payload=io.BytesIO(b"x" * 500), length=500, http_headers=http))
    whole = buffer.getvalue()
    path = tmp_path / "00001-blog-00000.warc.gz.open"
    path.write_bytes(whole[:-40])  # killed while writing the third record
    final = repair_open_file(path)
    assert final.name == "00001-blog-00000.warc.gz" and not path.exists()
    with open(final, "rb") as stream:
        urls = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)]
    assert urls == ["http://example.test/0", "http://example.test/1"]
    check = subprocess.run([str(Path(sys.executable).parent / "warcio"), "check", str(final)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
