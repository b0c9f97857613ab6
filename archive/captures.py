"""Where an archive keeps its WARC files, and reading one capture back.

The archive ``data/shelfmark.db`` keeps its captures in ``data/warcs/shelfmark/``:
one folder per archive, so the demo archive and the real one can share
``data/`` without their crawl numbers colliding. A page row names its capture
by file name and byte offset; :func:`read_capture` seeks there and reads one
gzipped record, so a capture costs one small read however large the file.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

OPEN_SUFFIX = ".open"  # a WARC file still being written (or left by a killed crawl)


# The capture one version of a review was read from (`?version=N` on the capture routes): a review edited on its blog
# keeps each version's own capture, so a reader can open the archived copy of the text they are reading.
VERSION_CAPTURE_SQL = """select pages.id, pages.url, review_versions.warc_file, review_versions.warc_offset
from pages join reviews on reviews.page_id = pages.id
join review_versions on review_versions.review_id = reviews.id
where pages.id = ? and review_versions.version = ?"""


async def capture_row(db, page_id: int, version: int | None = None):
    """The row naming a page's capture (id, url, warc_file, warc_offset) on a Datasette database: the page's latest,
    or with a version, the one that version of its review was read from; None when there is no such page or version.
    Both capture routes (the download and the view) ask it."""
    if page_id >= 1 << 63:  # past SQLite's integers: no such row, and sqlite3 would raise OverflowError (a 500)
        return None
    if version is None:
        return (await db.execute("select id, url, warc_file, warc_offset from pages where id = ?", [page_id])).first()
    return (await db.execute(VERSION_CAPTURE_SQL, [page_id, version])).first()


def asked_version(args) -> int | None:
    """The `version` a capture route was asked for: None when not asked, -1 when it is not a version number."""
    value = args.get("version")
    if value is None:
        return None
    return int(value) if value.isdigit() and len(value) < 10 else -1


class CaptureError(Exception):
    """A capture named by the archive cannot be read; the message says which and why."""


def warc_dir(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.parent / "warcs" / db_path.stem


@dataclass
class Capture:
    url: str
    date: str
    status: int
    headers: list[tuple[str, str]]
    raw_body: bytes  # as sent: still content-encoded

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)

    @property
    def body(self) -> bytes:
        """The payload with its Content-Encoding undone (gzip, deflate, br)."""
        return decode_body(self.raw_body, self.header("Content-Encoding"))

    @property
    def content_type(self) -> str:
        return self.header("Content-Type") or "application/octet-stream"


def decode_body(raw: bytes, encoding: str | None) -> bytes:
    for coding in reversed([c.strip().lower() for c in (encoding or "").split(",") if c.strip()]):
        if coding in ("gzip", "x-gzip"):
            raw = zlib.decompress(raw, 16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            try:
                raw = zlib.decompress(raw)
            except zlib.error:  # servers send raw deflate as often as zlib-wrapped
                raw = zlib.decompress(raw, -zlib.MAX_WBITS)
        elif coding == "br":
            import brotli

            raw = brotli.decompress(raw)
        elif coding != "identity":
            raise CaptureError(f"unknown Content-Encoding {coding!r}")
    return raw


def capture_path(folder: Path, name: str) -> Path:
    path = folder / name
    if not path.exists() and (folder / (name + OPEN_SUFFIX)).exists():
        return folder / (name + OPEN_SUFFIX)  # the crawl that writes it is still running
    return path


def read_capture(folder: str | Path, name: str, offset: int) -> Capture:
    path = capture_path(Path(folder), name)
    try:
        with open(path, "rb") as stream:
            stream.seek(offset)
            for record in ArchiveIterator(stream):
                if record.rec_type not in ("response", "revisit"):
                    raise CaptureError(f"{path} at {offset}: a {record.rec_type} record, not a response")
                http = record.http_headers
                if http is None:  # bytes that happened to parse as a record header, with no HTTP block after it
                    raise CaptureError(f"{path} at {offset}: not a readable WARC record (no HTTP headers in it)")
                return Capture(
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    date=record.rec_headers.get_header("WARC-Date"),
                    status=int(http.get_statuscode() or 0),
                    headers=list(http.headers),
                    raw_body=record.content_stream().read(),
                )
    except FileNotFoundError:
        raise CaptureError(f"{path}: no such WARC file; was the archive's warcs/ folder moved?") from None
    except (OSError, ValueError, zlib.error, ArchiveLoadFailed) as exc:
        # (warcio quotes the bytes it could not read: a damaged file's garbage, kept short)
        raise CaptureError(f"{path} at {offset}: not a readable WARC record ({str(exc)[:160]})") from None
    raise CaptureError(f"{path} at {offset}: no record there")
