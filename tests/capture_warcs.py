"""Real WARC files for the archived-copy tests, written with warcio the way the crawler writes them.

One warcinfo record naming the software (as `scraper.middlewares.warc` does), then one response record
per page, each its own gzip member; the archive's page rows are pointed at the records' offsets.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FETCHED = "2024-06-02T10:00:00Z"


def with_capture_columns(db: Path) -> None:
    """The columns the crawler's m002 adds to pages, if the archive lacks them."""
    with sqlite3.connect(db) as conn:
        columns = {r[1] for r in conn.execute("pragma table_info(pages)")}
        for column, kind in (("warc_file", "text"), ("warc_offset", "integer")):
            if column not in columns:
                conn.execute(f"alter table pages add column {column} {kind}")


def write_warc(db: Path, name: str, pages: list[tuple[str, str, bytes]], software: str = "Shelfmark/9.9.9 (warcio)"):
    """Write `pages` ((url, content type, body)) to warcs/<db>/<name); point each page row at its record.

    Returns {url: offset}.
    """
    with_capture_columns(db)
    folder = db.parent / "warcs" / db.stem
    folder.mkdir(parents=True, exist_ok=True)
    offsets = {}
    with open(folder / name, "wb") as stream:
        writer = WARCWriter(stream, gzip=True, warc_version="1.1")
        writer.write_record(writer.create_warcinfo_record(name, {"software": software}))
        for url, content_type, body in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                               http_headers=http, warc_headers_dict={"WARC-Date": FETCHED})
            offsets[url] = stream.tell()
            writer.write_record(record)
    with sqlite3.connect(db) as conn:
        for url, offset in offsets.items():
            conn.execute("update pages set warc_file = ?, warc_offset = ? where url = ?", [name, offset, url])
    return offsets


def page_id(db: Path, url: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select id from pages where url = ?", [url]).fetchone()[0]
