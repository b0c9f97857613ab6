"""Serve a folder of static files on 127.0.0.1 fast enough that the server is never what a crawl waits for.

nginx when it is installed (Debian: ``apt-get install nginx-light``): one
worker, no access log, sendfile, ETag and Last-Modified with 304 answers, as a
real blog's server would give. Without nginx, a threaded stdlib server (it
costs the crawl CPU on the same two cores; the benchmark says so).

Reached as ``http://localhost:PORT`` (a host name, not a bare IP: trafilatura's
crawler refuses bare IPs).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

NGINX_CONF = """
daemon off;
{user}
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    types {{ text/html html; application/xml xml; text/plain txt; }}
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy; fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {root};
        index index.html index.xml;
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(port: int, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"the static server on port {port} did not start within {seconds} s")


class _Quiet(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def translate_path(self, path: str) -> str:
        # a request through a proxy names the whole address ("GET http://lamplit.localhost:PORT/page/2/"), as the
        # crawl's http_proxy sends it: the file is its path (nginx reads it so itself)
        if "://" in path:
            path = urlsplit(path).path or "/"
        return super().translate_path(path)


@contextlib.contextmanager
def serve(root: Path, port: int | None = None):
    """Serve `root` at http://localhost:PORT; yields (base URL, server name, server pid)."""
    port = port or free_port()
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx:
        with tempfile.TemporaryDirectory(prefix="shelfmark-nginx-") as tmp:
            conf = Path(tmp) / "nginx.conf"
            # as root, nginx's workers would run as nobody, who may not read a private temporary folder
            user = "user root;" if os.geteuid() == 0 else ""
            conf.write_text(NGINX_CONF.format(user=user, tmp=tmp, port=port, root=Path(root).resolve()), encoding="utf-8")
            proc = subprocess.Popen([nginx, "-c", str(conf), "-p", tmp], stderr=subprocess.PIPE)
            try:
                _wait(port)
                yield f"http://localhost:{port}", "nginx", proc.pid
            finally:
                proc.terminate()
                proc.wait(10)
        return
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{server.server_address[1]}", "python http.server (nginx not installed)", None
    finally:
        server.shutdown()
        server.server_close()
