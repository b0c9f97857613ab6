"""bench/static.py's stdlib server (used when nginx is not installed) answers a request sent through a proxy, as the
crawl benchmark sends them ("GET http://lamplit.localhost:PORT/page/"), with the file at that address's path.
Real HTTP on 127.0.0.1; nothing leaves the machine (the proxy is the server itself)."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench import static


def test_the_stdlib_server_serves_a_proxied_request_by_its_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "index.html").write_text("<p>a page</p>", encoding="utf-8")
    monkeypatch.setattr(static.shutil, "which", lambda name: None)  # as on a machine without nginx
    monkeypatch.setattr(static, "Path", lambda *a: Path("/nonexistent/nginx") if a == ("/usr/sbin/nginx",) else Path(*a))
    with static.serve(tmp_path) as (base, name, _pid):
        assert "python" in name
        port = base.rsplit(":", 1)[1].strip("/")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": f"http://127.0.0.1:{port}"}))
        assert opener.open(f"http://lamplit.localhost:{port}/page/", timeout=10).read() == b"<p>a page</p>"
        with pytest.raises(urllib.error.HTTPError) as missing:  # a path with no file is still a 404
            opener.open(f"http://lamplit.localhost:{port}/nothing-here/", timeout=10)
        assert missing.value.code == 404
