"""A tiny static HTTP server for the bundled demo blogs (stdlib only).

One :class:`~http.server.ThreadingHTTPServer` per site directory, each on
127.0.0.1 with an OS-chosen port, each in a daemon thread::

    with serve_sites() as demo:
        print(demo.urls["quiet-shelf"])      # http://127.0.0.1:54321
        ...
        assert not any("/private/" in p for _, _, p in demo.requests)

How a request path is turned into a file of the site tree:

1. Routes. A site may have ``_routes.json`` mapping request targets to files,
   e.g. ``{"/index.php?format=feed&type=rss": "_feed.xml"}``. A key with a query
   matches when the path and the *set* of query parameters match (order and
   percent-encoding do not matter); a key without a query matches the path
   whatever the query. Route targets may be ``_``-prefixed files, which are
   otherwise never served.
2. The file system, ignoring the query string: ``/a/b/`` serves
   ``a/b/index.html`` (or ``index.xml``); ``/a/b`` serves the file ``a/b`` if it
   exists, or redirects (301) to ``/a/b/`` when ``a/b`` is a directory.
3. Anything else is a 404 with the site's ``_404.html`` page.

Files and directories whose names start with ``_`` are never served directly.
In every text response the placeholder ``{{BASE}}`` is replaced by the site's
base URL (``http://127.0.0.1:PORT``, no trailing slash). Responses carry an
``ETag`` (hash of the body) and ``Last-Modified`` (file mtime) and answer
``If-None-Match`` / ``If-Modified-Since`` with 304. ``HEAD`` is supported.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

SITES_ROOT = Path(__file__).resolve().parent / "sites"
# Where `shelfmark demo` and `python -m shelfmark.demo.server` serve the bundled blogs: the same addresses every
# time, so the demo archive's links to the originals work whenever the blogs are served, and it can be re-crawled.
DEMO_PORTS = {"quiet-shelf": 8101, "paper-lanterns": 8102, "northern-review": 8103, "ghost-pages": 8104}
BASE_PLACEHOLDER = b"{{BASE}}"

_EXT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
}
_TEXT_PREFIXES = ("text/", "application/xml", "application/rss+xml", "application/atom+xml",
                  "application/json", "application/javascript", "image/svg+xml")


def _sniff_xml(body: bytes) -> str | None:
    """Return an XML content type from the document's root element, or None."""
    head = body[:2048].lstrip()
    pos = 0
    # skip the XML declaration, processing instructions, comments and doctypes
    while True:
        lt = head.find(b"<", pos)
        if lt < 0:
            return None
        if head.startswith(b"<?", lt) or head.startswith(b"<!", lt):
            end = head.find(b">", lt)
            if end < 0:
                return None
            pos = end + 1
            continue
        root = head[lt + 1:lt + 40].lower()
        break
    if root.startswith(b"rss") or root.startswith(b"rdf:rdf"):
        return "application/rss+xml"
    if root.startswith(b"feed"):
        return "application/atom+xml"
    if root.startswith(b"urlset") or root.startswith(b"sitemapindex"):
        return "application/xml"
    return None


def content_type_for(path: Path, body: bytes) -> str:
    """Content-Type by extension; ``.xml`` and extension-less files are sniffed."""
    ext = path.suffix.lower()
    if ext in _EXT_TYPES:
        return _EXT_TYPES[ext]
    if ext == ".xml":
        return _sniff_xml(body) or "application/xml"
    return _sniff_xml(body) or "text/html; charset=utf-8"


def _is_text(ctype: str) -> bool:
    return ctype.startswith(_TEXT_PREFIXES)


def _query_key(query: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(parse_qsl(query, keep_blank_values=True)))


@dataclass
class _Site:
    slug: str
    root: Path
    routes_with_query: dict[tuple[str, tuple], str] = field(default_factory=dict)
    routes_path_only: dict[str, str] = field(default_factory=dict)
    base_url: str = ""

    @classmethod
    def load(cls, slug: str, root: Path) -> "_Site":
        site = cls(slug=slug, root=root.resolve())
        routes_file = root / "_routes.json"
        if routes_file.is_file():
            for target, filename in json.loads(routes_file.read_text("utf-8")).items():
                parts = urlsplit(target)
                path = unquote(parts.path) or "/"
                if parts.query:
                    site.routes_with_query[(path, _query_key(parts.query))] = filename
                else:
                    site.routes_path_only[path] = filename
        return site

    def route(self, path: str, query: str) -> Path | None:
        name = None
        if query:
            name = self.routes_with_query.get((path, _query_key(query)))
        if name is None:
            name = self.routes_path_only.get(path)
        if name is None:
            return None
        file = (self.root / name).resolve()
        return file if file.is_file() and file.is_relative_to(self.root) else None


class _Handler(BaseHTTPRequestHandler):
    server_version = "ShelfmarkDemo/1.0"
    site: _Site  # set on the per-site subclass
    demo: "DemoServers"

    def log_message(self, format, *args):  # noqa: A002 - keep stderr quiet
        pass

    # --- dispatch ---------------------------------------------------------------
    def do_GET(self):
        self._handle(send_body=True)

    def do_HEAD(self):
        self._handle(send_body=False)

    def _handle(self, send_body: bool) -> None:
        self.demo._log(self.site.slug, self.command, self.path)
        parts = urlsplit(self.path)
        path = unquote(parts.path) or "/"
        if not path.startswith("/"):
            path = "/" + path

        file = self.site.route(path, parts.query)
        if file is None:
            kind, target = self._resolve(path)
            if kind == "redirect":
                location = self.site.base_url + target + (f"?{parts.query}" if parts.query else "")
                self._send_redirect(location, send_body)
                return
            file = target
        if file is None:
            self._send_not_found(send_body)
            return
        self._send_file(file, send_body)

    def _resolve(self, path: str):
        segments = [s for s in path.split("/") if s]
        if any(s in (".", "..") or s.startswith("_") for s in segments):
            return "missing", None
        candidate = self.site.root.joinpath(*segments) if segments else self.site.root
        try:
            candidate = candidate.resolve()
        except OSError:
            return "missing", None
        if not candidate.is_relative_to(self.site.root):
            return "missing", None
        if path.endswith("/"):
            if candidate.is_dir():
                for index in ("index.html", "index.xml"):
                    if (candidate / index).is_file():
                        return "file", candidate / index
            return "missing", None
        if candidate.is_file():
            return "file", candidate
        if candidate.is_dir():
            return "redirect", path + "/"
        return "missing", None

    # --- responses --------------------------------------------------------------
    def _body_for(self, file: Path) -> tuple[bytes, str]:
        body = file.read_bytes()
        ctype = content_type_for(file, body)
        if _is_text(ctype):
            body = body.replace(BASE_PLACEHOLDER, self.site.base_url.encode("ascii"))
        return body, ctype

    def _send_file(self, file: Path, send_body: bool) -> None:
        body, ctype = self._body_for(file)
        etag = '"' + hashlib.sha1(body).hexdigest() + '"'
        mtime = int(file.stat().st_mtime)
        last_modified = email.utils.formatdate(mtime, usegmt=True)
        if self._not_modified(etag, mtime):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", last_modified)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", last_modified)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _not_modified(self, etag: str, mtime: int) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = [t.strip() for t in inm.split(",")]
            return "*" in tags or any(t.removeprefix("W/") == etag for t in tags)
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError, IndexError):
                return False
            return mtime <= since
        return False

    def _send_redirect(self, location: str, send_body: bool) -> None:
        body = f'<html><body>Moved to <a href="{location}">{location}</a></body></html>'.encode()
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _send_not_found(self, send_body: bool) -> None:
        page = self.site.root / "_404.html"
        if page.is_file():
            body, ctype = self._body_for(page)
        else:
            body, ctype = b"<h1>Not found</h1>", "text/html; charset=utf-8"
        self.send_response(404)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class PortBusy(OSError):
    """A fixed demo port is taken; the message names the blog, the port and what to do."""


class DemoServers:
    """The running demo sites. ``urls``: slug → base URL; ``requests``: log."""

    def __init__(self) -> None:
        self.urls: dict[str, str] = {}
        self.requests: list[tuple[str, str, str]] = []
        self._servers: dict[str, ThreadingHTTPServer] = {}
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def _log(self, slug: str, method: str, path: str) -> None:
        with self._lock:
            self.requests.append((slug, method, path))

    def requested_paths(self, slug: str) -> list[str]:
        """Raw request targets (path plus query) fetched from one site."""
        with self._lock:
            return [p for s, _, p in self.requests if s == slug]

    def _start(self, slug: str, root: Path, port: int = 0) -> None:
        site = _Site.load(slug, root)
        handler = type(f"_Handler_{slug.replace('-', '_')}", (_Handler,), {"site": site, "demo": self})
        try:
            server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        except OSError as exc:
            raise PortBusy(f"the demo blog {slug} cannot be served on 127.0.0.1:{port} ({exc.strerror}); is another "
                           "`shelfmark demo` or `python -m shelfmark.demo.server` running? Stop it, or build the "
                           "demo on free ports: `shelfmark demo --any-ports`") from None
        server.daemon_threads = True
        site.base_url = f"http://127.0.0.1:{server.server_address[1]}"
        thread = threading.Thread(target=server.serve_forever, name=f"demo-{slug}", daemon=True)
        thread.start()
        self._servers[slug] = server
        self._threads.append(thread)
        self.urls[slug] = site.base_url

    def close(self) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> "DemoServers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def site_slugs(root: Path | None = None) -> list[str]:
    root = Path(root) if root is not None else SITES_ROOT
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def serve_sites(root: Path | None = None, slugs: list[str] | None = None,
                ports: dict[str, int] | None = None) -> DemoServers:
    """Serve every site directory under ``root`` (default: the bundled sites), each on its port in ``ports``
    (``DEMO_PORTS`` for the demo's fixed addresses) or, when not given, on one the OS chooses."""
    root = Path(root) if root is not None else SITES_ROOT
    wanted = slugs if slugs is not None else site_slugs(root)
    demo = DemoServers()
    try:
        for slug in wanted:
            site_root = root / slug
            if not site_root.is_dir():
                raise FileNotFoundError(f"no demo site {slug!r} under {root}")
            demo._start(slug, site_root, (ports or {}).get(slug, 0))
    except BaseException:
        demo.close()
        raise
    return demo


def main(argv: list[str] | None = None) -> int:
    """``python -m shelfmark.demo.server``: serve the demo sites at their fixed addresses until Ctrl-C."""
    try:
        demo = serve_sites(ports=DEMO_PORTS)
    except PortBusy as exc:
        print(exc, file=sys.stderr)
        return 1
    with demo:
        for slug, url in demo.urls.items():
            print(f"{slug:16} {url}/", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
