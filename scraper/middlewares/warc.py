"""Write every request and response of a crawl to WARC files, as they were on the wire.

A downloader middleware placed on the downloader side of
HttpCompressionMiddleware (590), so it sees response bodies still
content-encoded, exactly as the site sent them. For each download it writes a
response record, its request record (``WARC-Concurrent-To`` the response) and
a metadata record (source, crawl, referrer), each as its own gzip member.
A response's three records go to the file together, in one write, as soon
as they are made (and the archive pipeline's ``warc_flush`` signal, sent
before each commit of page rows, writes out anything still held), so a row
never names a capture that is not in the file. A crawl killed before a page's
row was committed leaves its capture, which the next run replays instead of
fetching the page again (``scraper.middlewares.incremental``).

Files are ``<warc dir>/<crawl>-<slug>-<seq>.warc.gz``, written as
``….warc.gz.open`` and renamed when complete; a new one starts once the current
one passes ``SHELFMARK_WARC_MAX_BYTES``. A file left ``.open`` by a killed crawl
is cut back to its last whole record and closed when the source is next crawled.

A 304 to a conditional request for an archived page is written as a
``revisit`` record (profile server-not-modified) that refers to the capture it
confirms, with the 304's status and headers in its metadata record: replay
tools (pywb) then show the archived page at the later date, not an empty 304.

The response record's file and offset go to ``request.meta["shelfmark_warc"]``
for the page row. A page that asks not to be archived (``noarchive`` in
X-Robots-Tag or a robots meta tag) is not written: the request carries
``meta["shelfmark_noarchive"]`` with where the request came from.

Settings: ``SHELFMARK_WARC_DIR`` (default: ``archive.captures.warc_dir(SHELFMARK_DB)``),
``SHELFMARK_CRAWL_ID``, ``SHELFMARK_WARC_MAX_BYTES`` (default 1 GB),
``SHELFMARK_RESPECT_NOARCHIVE`` (default true). Stats: ``shelfmark/fetched``,
``shelfmark/bytes_received`` (headers and bodies as received).
"""

from __future__ import annotations

import io
import logging
import re
import zlib
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.captures import OPEN_SUFFIX, capture_path, decode_body, warc_dir
from scraper.pipelines.archive import warc_flush

from .. import __version__

log = logging.getLogger(__name__)

NOARCHIVE_META = re.compile(rb"<meta[^>]+name\s*=\s*[\"']?(?:robots|shelfmark)[\"']?[^>]*>", re.I)
SKIP_HEADERS = {"transfer-encoding"}  # the body is stored de-chunked; a chunked header would lie
NOT_MODIFIED_PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
WRITE_BUFFER = 4 << 20  # room for a response's three records (written out together; see process_response)
# zlib's level 3: 0.4 ms a page less than its default 6 (1.05 -> 0.65 ms for a page's three records, 37 KB
# of HTML) for files 8% bigger; warcio's 9 costs ~50% more CPU than 6 for files under 1% smaller
GZIP_LEVEL = 3


class _GzipMember:
    """One record as one gzip member, for warcio's writer.

    warcio's own wrapper compresses at level 9 and flushes the file after
    every record. This one ends the member and leaves it in the file's
    buffer: the middleware writes a response's records out together.
    """

    def __init__(self, out):
        self.out = out
        self.compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS + 16)

    def write(self, data: bytes) -> None:
        self.out.write(self.compressor.compress(data))

    def flush(self) -> None:
        self.out.write(self.compressor.flush())


class _Writer(WARCWriter):
    """warcio's writer with our gzip members (``_GzipMember``)."""

    def __init__(self, stream):
        super().__init__(stream, gzip=False, warc_version="1.1")

    def _write_warc_record(self, out, record):
        return super()._write_warc_record(_GzipMember(out), record)


def noarchive_reason(headers: list[tuple[str, str]], body: bytes, encoding: str | None) -> str | None:
    """Why this response must not be archived, or None."""
    for name, value in headers:
        if name.lower() == "x-robots-tag" and "noarchive" in value.lower():
            return "X-Robots-Tag: noarchive"
    try:
        head = decode_body(body, encoding)[:65536]
    except Exception:  # an undecodable body cannot carry a readable meta tag either
        return None
    if any(b"noarchive" in tag.lower() for tag in NOARCHIVE_META.findall(head)):
        return "meta robots noarchive"
    return None


def repair_open_file(path: Path) -> Path:
    """Cut a ``.open`` WARC left by a killed crawl back to its last whole record, and close it."""
    good = 0
    with open(path, "rb") as stream:
        try:
            iterator = ArchiveIterator(stream)
            for record in iterator:
                record.content_stream().read()
                good = iterator.get_record_offset() + iterator.get_record_length()
        except Exception as exc:  # the torn tail of a killed write
            log.info("%s: cut at byte %d (%s)", path.name, good, exc)
    with open(path, "r+b") as stream:
        stream.truncate(good)
    final = path.with_name(path.name.removesuffix(OPEN_SUFFIX))
    path.rename(final)
    return final


class WarcCaptureMiddleware:
    def __init__(self, crawler, folder: Path, crawl_id: int, max_bytes: int, respect_noarchive: bool):
        self.crawler = crawler
        self.folder = folder
        self.crawl_id = crawl_id
        self.max_bytes = max_bytes
        self.respect_noarchive = respect_noarchive
        self.slug = ""
        self.seq = 0
        self.stream = None
        self.writer: WARCWriter | None = None
        self.name = ""

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        folder = settings.get("SHELFMARK_WARC_DIR") or (warc_dir(settings["SHELFMARK_DB"]) if settings.get("SHELFMARK_DB") else None)
        if not folder:
            raise NotConfigured("no SHELFMARK_WARC_DIR or SHELFMARK_DB: nowhere to write WARC files")
        mw = cls(crawler, Path(folder), settings.getint("SHELFMARK_CRAWL_ID"),
                 settings.getint("SHELFMARK_WARC_MAX_BYTES", 1_000_000_000), settings.getbool("SHELFMARK_RESPECT_NOARCHIVE", True))
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(mw.flush, signal=warc_flush)
        return mw

    # -- files ------------------------------------------------------------------

    def spider_opened(self, spider) -> None:
        self.slug = getattr(getattr(spider, "source", None), "slug", None) or spider.name.replace(":", "-")
        self.folder.mkdir(parents=True, exist_ok=True)
        for left in sorted(self.folder.glob(f"*-{self.slug}-*.warc.gz{OPEN_SUFFIX}")):
            repair_open_file(left)
        prefix = f"{self.crawl_id:05d}-{self.slug}-"
        seqs = [int(p.name[len(prefix):].split(".")[0]) for p in self.folder.glob(prefix + "*.warc.gz*")
                if p.name[len(prefix):].split(".")[0].isdigit()]
        # a resumed crawl never appends to an old file: a new one starts after the last
        self.seq = max(seqs, default=-1) + 1

    def _open(self) -> None:
        self.name = f"{self.crawl_id:05d}-{self.slug}-{self.seq:05d}.warc.gz"
        self.stream = open(self.folder / (self.name + OPEN_SUFFIX), "wb", buffering=WRITE_BUFFER)
        self.writer = _Writer(self.stream)
        info = {"software": f"Shelfmark/{__version__} (warcio)", "format": "WARC File Format 1.1",
                "crawl-id": str(self.crawl_id), "source": self.slug,
                "http-header-user-agent": self.crawler.settings.get("USER_AGENT", "")}
        self.writer.write_record(self.writer.create_warcinfo_record(self.name, info))

    def _close(self) -> None:
        if self.stream is None:
            return
        self.stream.close()
        (self.folder / (self.name + OPEN_SUFFIX)).rename(self.folder / self.name)
        self.stream = self.writer = None
        self.seq += 1

    def spider_closed(self, spider) -> None:
        self._close()

    def flush(self) -> None:
        """Write out the buffered records (the archive pipeline is about to commit rows that name them)."""
        if self.stream is not None:
            self.stream.flush()

    # -- records ----------------------------------------------------------------

    def process_response(self, request, response):
        if request.meta.get("shelfmark_replayed"):
            return response  # read back from our own WARC: already captured
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, vs in response.headers.items() for v in vs]
        self.crawler.stats.inc_value("shelfmark/fetched")
        self.crawler.stats.inc_value("shelfmark/bytes_received", len(response.body) + sum(len(k) + len(v) + 4 for k, v in headers) + 17)
        if self.respect_noarchive:
            reason = noarchive_reason(headers, response.body, response.headers.get("Content-Encoding", b"").decode("latin-1"))
            if reason:
                request.meta["shelfmark_noarchive"] = reason
                return response
        if self.stream is None:
            self._open()
        offset = self.stream.tell()
        self._write(request, response, headers)
        # out to the file now, not when the buffer fills: a crawl killed before the page's row is
        # committed leaves its capture, which the next run replays (scraper/middlewares/incremental.py)
        self.stream.flush()
        request.meta["shelfmark_warc"] = (self.name, offset)
        if self.stream.tell() >= self.max_bytes:
            self._close()
        return response

    def _original(self, url: str):
        """The WARC headers of the archived capture a 304 confirms, or None."""
        known = getattr(self.crawler.spider, "known", None)
        capture = known.capture(url) if known is not None else None
        if capture is None:
            return None
        path = capture_path(self.folder, capture[0])
        try:
            with open(path, "rb") as stream:
                stream.seek(capture[1])
                record = next(iter(ArchiveIterator(stream)))
                return record.rec_headers if record.rec_headers.get_header("WARC-Payload-Digest") else None
        except (OSError, StopIteration, ValueError, zlib.error, ArchiveLoadFailed):
            return None  # damaged: the 304 is written as a plain response, and the page is fetched again in full

    def _write(self, request, response, headers) -> None:
        writer = self.writer
        status = response.status
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        kept = [(k, v) for k, v in headers if k.lower() not in SKIP_HEADERS]
        http = StatusAndHeaders(f"{status} {reason}", kept, protocol=response.protocol or "HTTP/1.1")
        ip = str(response.ip_address) if response.ip_address else None
        original = self._original(response.url) if status == 304 else None
        if original is not None:
            resp = writer.create_revisit_record(response.url, original.get_header("WARC-Payload-Digest"), response.url,
                                                original.get_header("WARC-Date"))
            resp.rec_headers.replace_header("WARC-Profile", NOT_MODIFIED_PROFILE)
            resp.rec_headers.add_header("WARC-Refers-To", original.get_header("WARC-Record-ID"))
        else:
            resp = writer.create_warc_record(response.url, "response", payload=io.BytesIO(response.body),
                                             length=len(response.body), http_headers=http,
                                             warc_headers_dict={"WARC-IP-Address": ip} if ip else None)
        parts = urlsplit(request.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        req_headers = [("Host", parts.netloc)] + [
            (k.decode("latin-1"), v.decode("latin-1")) for k, vs in request.headers.items() for v in vs]
        req = writer.create_warc_record(request.url, "request", payload=io.BytesIO(request.body or b""),
                                        length=len(request.body or b""),
                                        http_headers=StatusAndHeaders(f"{request.method} {target} HTTP/1.1", req_headers,
                                                                      is_http_request=True),
                                        warc_headers_dict={"WARC-Concurrent-To": resp.rec_headers.get_header("WARC-Record-ID")})
        fields = [("source", self.slug), ("crawl-id", str(self.crawl_id))]
        if original is not None:
            fields.append(("http-status", f"{status} {reason}"))
            fields += [("http-header", f"{k}: {v}") for k, v in kept]
        if referer := request.headers.get("Referer"):
            fields.append(("via", referer.decode("latin-1")))
        if depth := request.meta.get("depth"):
            fields.append(("depth", str(depth)))
        payload = "".join(f"{k}: {v}\r\n" for k, v in fields).encode("utf-8")
        meta = writer.create_warc_record(response.url, "metadata", payload=io.BytesIO(payload), length=len(payload),
                                         warc_content_type="application/warc-fields",
                                         warc_headers_dict={"WARC-Refers-To": resp.rec_headers.get_header("WARC-Record-ID")})
        for record in (resp, req, meta):
            writer.write_record(record)
