"""A web server on 127.0.0.1 that misbehaves on purpose, one way per path.

    with FaultServer() as site:
        site.route("/gone/", status(500))
        site.route("/slow/", sleep(10))
        url = site.url("/gone/")
        ...
        site.hits("/slow/")          # times at which /slow/ was asked for

A route is a function ``(handler, query) -> None`` that writes the whole
reply itself, down to the socket, so it can lie about lengths, stall, cut
the connection with a reset, or send bytes no honest server would.
Requests are logged (path with query, monotonic time); unknown paths get a
plain 404. ``close()`` wakes every sleeping route and stops the server, so a
test never waits on a stalled reply.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

Route = Callable[["FaultHandler", str], None]


class FaultHandler(BaseHTTPRequestHandler):
    server: "_Server"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet: the request log is on the server
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        parts = urlsplit(self.path)
        site = self.server.site
        if site.gone.is_set():  # a kept-alive connection to a site that went away: cut, no answer
            self.close_connection = True
            return
        with site.lock:
            site.requests.append((self.path, time.monotonic(), dict(self.headers)))
        route = site.routes.get(self.path) or site.routes.get(parts.path) or site.prefix_route(parts.path)
        if route is None:
            send(self, 404, b"<html><head><title>Not here</title></head><body><p>No such page.</p></body></html>")
            return
        route(self, parts.query)

    def write(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: "FaultServer"


class FaultServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.prefixes: dict[str, Route] = {}
        self.requests: list[tuple[str, float, dict]] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.gone = threading.Event()
        self._server = _Server(("127.0.0.1", 0), FaultHandler)
        self._server.site = self
        self.port = self._server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, responder: Route) -> None:
        """Serve `path` (with its query, if given, else any query) with `responder`."""
        self.routes[path] = responder

    def route_prefix(self, prefix: str, responder: Route) -> None:
        """Serve every path under `prefix` (an endless trap, say) with `responder`."""
        self.prefixes[prefix] = responder

    def prefix_route(self, path: str) -> Route | None:
        for prefix, responder in self.prefixes.items():
            if path.startswith(prefix):
                return responder
        return None

    def hits(self, path: str) -> list[float]:
        """Times at which `path` (exact, query included if given) was requested."""
        with self.lock:
            return [t for p, t, _ in self.requests if p == path or urlsplit(p).path == path and "?" not in path]

    def paths(self) -> list[str]:
        with self.lock:
            return [p for p, _, _ in self.requests]

    def stop_listening(self) -> None:
        """The site goes away: the listening socket closes (new connections are refused), open ones are cut."""
        self.gone.set()
        self._server.shutdown()
        self._server.server_close()

    def close(self) -> None:
        self.stopping.set()
        if self._thread.is_alive():
            self.stop_listening()

    def __enter__(self) -> "FaultServer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# -- responders ----------------------------------------------------------------------------------------------


def send(handler: FaultHandler, code: int, body: bytes, content_type: str = "text/html; charset=utf-8",
         headers: dict[str, str] | None = None) -> None:
    handler.send_response(code)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.write(body)


def page(body: bytes | str, content_type: str = "text/html; charset=utf-8", code: int = 200, **headers: str) -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return lambda h, q: send(h, code, data, content_type, {k.replace("_", "-"): v for k, v in headers.items()})


def status(code: int, body: str = "", **headers: str) -> Route:
    text = body or f"<html><head><title>{code}</title></head><body><h1>Error {code}</h1></body></html>"
    return page(text, code=code, **headers)


def sequence(*routes: Route) -> Route:
    """The n-th request gets the n-th route; the last one answers from then on."""
    calls = iter(routes)
    last: list[Route] = []

    def respond(handler: FaultHandler, query: str) -> None:
        route = next(calls, None)
        if route is not None:
            last[:] = [route]
        last[0](handler, query)

    return respond


def redirect(target: str | Callable[[FaultHandler], str], code: int = 302) -> Route:
    def respond(handler: FaultHandler, query: str) -> None:
        location = target(handler) if callable(target) else target
        send(handler, code, b"", headers={"Location": location})

    return respond


def sleep(seconds: float) -> Route:
    """Say nothing for `seconds` (or until the server closes), then a small page."""
    def respond(handler: FaultHandler, query: str) -> None:
        handler.server.site.stopping.wait(seconds)
        try:
            send(handler, 200, b"<html><body><p>late</p></body></html>")
        except OSError:
            pass

    return respond


def reset_after(body: bytes, sent: int, declared: int | None = None) -> Route:
    """Headers promising `declared` bytes, `sent` bytes of `body`, then a TCP reset (SO_LINGER 0)."""
    def respond(handler: FaultHandler, query: str) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(declared or len(body)))
        handler.end_headers()
        handler.write(body[:sent])
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.close_connection = True
        handler.connection.close()

    return respond


def gzipped(body: bytes, cut: int | None = None, corrupt: bool = False, content_type: str = "text/html; charset=utf-8") -> Route:
    """`body` with Content-Encoding gzip; `cut` keeps only that many compressed bytes; `corrupt` garbles the stream."""
    data = gzip.compress(body)
    if cut is not None:
        data = data[:cut]
    if corrupt:
        data = data[:10] + bytes((b ^ 0x5A) for b in data[10:])
    return lambda h, q: send(h, 200, data, content_type, {"Content-Encoding": "gzip"})


def bomb(megabytes: int, encoding: str | None = "gzip", content_type: str = "text/html; charset=utf-8") -> Route:
    """`megabytes` of blank HTML in a body a thousandth of that or (brotli, zstd) far less.

    Sent with Content-Encoding `encoding` (gzip, deflate, br, zstd), or gzipped as the raw body when it is None.
    Gzip is one small member repeated (a gzip stream may hold many; readers join them): no time spent compressing.
    """
    mb = b" " * (1024 * 1024)
    if encoding in ("gzip", None):
        data = gzip.compress(b"<html><body><div>" + mb) + gzip.compress(mb) * (megabytes - 1)
    elif encoding == "br":
        import brotli

        data = brotli.compress(mb * megabytes, quality=5)
    elif encoding == "zstd":
        try:
            from compression import zstd
        except ImportError:
            from backports import zstd
        data = zstd.compress(mb * megabytes)
    else:  # deflate: one zlib stream
        compressor = zlib.compressobj(1)
        data = b"".join([compressor.compress(mb) for _ in range(megabytes)] + [compressor.flush()])
    return lambda h, q: send(h, 200, data, content_type, {"Content-Encoding": encoding} if encoding else None)


def stream(chunk: bytes, total: int, declare_length: bool, content_type: str = "text/html; charset=utf-8") -> Route:
    """`total` bytes made of `chunk` repeated, with or without Content-Length (then the connection closes at the end)."""
    def respond(handler: FaultHandler, query: str) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        if declare_length:
            handler.send_header("Content-Length", str(total))
        else:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        handler.end_headers()
        sent = 0
        try:
            while sent < total and not handler.server.site.stopping.is_set():
                piece = chunk[: total - sent]
                handler.write(piece)
                sent += len(piece)
        except OSError:
            pass  # the client hung up once it had enough: that is the point

    return respond
