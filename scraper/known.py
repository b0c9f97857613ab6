"""What the archive already holds for a source, loaded once when its crawl opens.

A re-crawl reads it to ask only for what changed (validators, hashes, dates);
a resumed crawl also reads back, from its own WARC files, what it captured
before it was stopped, so nothing archived is fetched again.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from archive.captures import OPEN_SUFFIX, CaptureError, capture_path, read_capture, warc_dir
from archive.store import Archive

log = logging.getLogger(__name__)


class PageRow:
    """One archived page, as a re-crawl reads it: ``row["etag"]``, like the row it was read from.

    Slotted, with the few distinct values (kinds, WARC file names) shared: a
    source of 100,000 archived pages costs ~70 MB of rows, not the ~120 MB of
    one dict a row.
    """

    __slots__ = ("etag", "last_modified", "content_hash", "fetched_at", "warc_file", "warc_offset", "gone_at", "kind", "status")

    def __init__(self, row: dict) -> None:
        for name in self.__slots__:
            value = row.get(name)
            setattr(self, name, sys.intern(value) if name in ("kind", "warc_file") and isinstance(value, str) else value)

    def __getitem__(self, name: str):
        return getattr(self, name)


@dataclass
class KnownPages:
    pages: dict[str, PageRow] = field(default_factory=dict)  # url -> archived page row
    resumed: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # url -> (file, offset, status) captured by this crawl
    saved: set[str] = field(default_factory=set)  # urls this crawl already wrote to the archive
    # urls whose capture a re-crawl cannot stand on: its WARC file missing (an archive's .db copied without its
    # warcs/) or cut short before it, or its record unreadable this crawl; such a page is fetched again in full
    unreadable: set[str] = field(default_factory=set)
    folder: Path | None = None  # the archive's WARC files: a capture is read before a listing's date skips its page

    def archived(self, url: str) -> bool:
        """An archived capture of `url` is on record (not gone), readable or not."""
        row = self.pages.get(url)
        return bool(row and row["warc_file"] and row["warc_offset"] is not None and not row["gone_at"])

    def capture(self, url: str) -> tuple[str, int] | None:
        """The archived capture of `url` a re-crawl may stand on (not gone, content archived, its file there)."""
        if not self.archived(url) or url in self.unreadable:
            return None
        return self.pages[url]["warc_file"], self.pages[url]["warc_offset"]

    def lost_capture(self, url: str) -> bool:
        """Archived, but its capture cannot be read: a 304 would confirm nothing we can show."""
        return self.archived(url) and self.capture(url) is None

    def dead(self, url: str) -> bool:
        """A link that answered 404/410 before anything was ever archived from it."""
        row = self.pages.get(url)
        return bool(row) and row["status"] in (404, 410) and not row["warc_file"]

    def listings(self) -> set[str]:
        """Feeds, sitemaps and API listings an earlier crawl found."""
        return {url for url, row in self.pages.items() if row["kind"] in ("feed", "sitemap", "api") and row["status"] == 200}

    def unchanged_since(self, url: str, modified: str | None) -> bool:
        """True when a feed, sitemap or API date says `url` has not changed since it was archived."""
        row = self.pages.get(url)
        if not modified or not self.capture(url) or not row["fetched_at"]:
            return False
        when = parse_date(modified)
        fetched = parse_date(row["fetched_at"])
        if when is None or fetched is None or when > fetched:
            return False
        return self._readable(url)

    def _readable(self, url: str) -> bool:
        """One read of the capture a skipped page would stand on: a record damaged mid-file (its size says nothing)
        is found here, marked unreadable, and the page fetched again in full."""
        if self.folder is None:
            return True
        try:
            read_capture(self.folder, *self.capture(url))
        except CaptureError as exc:
            log.warning("%s: its archived capture cannot be read (%s); it is fetched again in full", url, exc)
            self.unreadable.add(url)
            return False
        return True


def parse_date(value: str) -> datetime | None:
    """W3C/ISO dates (sitemaps, Atom, the WordPress API) and RFC 822 dates (HTTP), as UTC."""
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        # a bare day could mean any time that day: count it as its end, so an edit that day is not missed
        value += "T23:59:59+00:00"
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def load_known(db_path: str, slug: str, crawl_id: int, folder: str | Path | None = None) -> KnownPages:
    known = KnownPages()
    with Archive(db_path) as archive:
        for row in archive.known_pages(slug):  # a row at a time: the rows as dicts would be the crawl's largest peak
            url = row["url"]
            known.pages[url] = PageRow(row)
            if row["last_crawl_id"] == crawl_id:
                known.saved.add(url)
    folder = Path(folder) if folder else warc_dir(db_path)
    known.folder = folder
    _find_lost(known, folder, slug)
    known.resumed = captured_by(folder, slug, crawl_id)
    if known.resumed:
        log.info("%s: resuming crawl %d; %d URLs already captured", slug, crawl_id, len(known.resumed))
    return known


def _find_lost(known: KnownPages, folder: Path, slug: str) -> None:
    """Mark the pages whose WARC file is missing, or ends before their record or inside it: one look at each file
    and one read of its last record, not a read of each capture. Without it a lost capture stays lost: a sitemap date
    or a 304 would confirm a copy nobody can read, on every run."""
    sizes: dict[str, int | None] = {}
    last: dict[str, tuple[int, str]] = {}  # file -> (offset, url) of the last record starting before its end
    for url, row in known.pages.items():
        if known.archived(url):
            if row.warc_file not in sizes:
                path = capture_path(folder, row.warc_file)
                sizes[row.warc_file] = path.stat().st_size if path.exists() else None
            size = sizes[row.warc_file]
            if size is None or row.warc_offset >= size:
                known.unreadable.add(url)
            elif row.warc_offset >= last.get(row.warc_file, (-1, ""))[0]:
                last[row.warc_file] = (row.warc_offset, url)
    # (a file cut short mid-record: the record it ends inside is the last one starting before its end)
    for name, (offset, url) in last.items():
        try:
            read_capture(folder, name, offset)
        except CaptureError:
            known.unreadable.add(url)
    if known.unreadable:
        short = sorted(name for name, size in sizes.items() if size is None)
        log.warning("%s: %d archived pages have no capture to read in %s (%s); they are fetched again in full",
                    slug, len(known.unreadable), folder, f"{len(short)} WARC files missing: was the archive's "
                    "warcs/ folder moved?" if short else "WARC files cut short")


def captured_by(folder: Path, slug: str, crawl_id: int) -> dict[str, tuple[str, int, int]]:
    """Every response this crawl wrote for `slug`, read from its WARC files (a torn tail is ignored)."""
    found: dict[str, tuple[str, int, int]] = {}
    prefix = f"{crawl_id:05d}-{slug}-"
    for path in sorted(folder.glob(prefix + "*.warc.gz*")):
        name = path.name.removesuffix(OPEN_SUFFIX)
        with open(path, "rb") as stream:
            iterator = ArchiveIterator(stream)
            try:
                for record in iterator:
                    if record.rec_type in ("response", "revisit"):
                        # a revisit is how a 304 is written
                        status = int(record.http_headers.get_statuscode() or 0) if record.http_headers else 304
                        url = record.rec_headers.get_header("WARC-Target-URI")
                        record.content_stream().read()
                        found[url] = (name, iterator.get_record_offset(), status)
            except Exception as exc:  # a killed crawl's last record: it will be fetched again
                log.info("%s: stops at a torn record (%s)", path.name, exc)
    return found
