"""The demo archive is no dead end: its blogs stay up while it is served, it can be re-crawled and inspected.

Before, the demo blogs were served only during the build: every `url` and "Read the original post" pointed at a
closed 127.0.0.1 port, and `shelfmark status --db data/demo.db` listed the sources file's blogs as "never" and
left out the four blogs the demo archive holds.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest
from click.testing import CliRunner

from archive.store import Archive
from shelfmark.cli import demo, main
from shelfmark.demo.server import serve_sites, site_slugs

from tests.archivist_sites import ROOT, shelfmark


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def test_demo_serves_its_blogs_with_the_archive_and_can_be_recrawled(tmp_path):
    db = tmp_path / "demo.db"
    port = _free_port()
    log = (tmp_path / "demo.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "shelfmark.cli", "demo", "--db", str(db), "--port", str(port),
                             "--any-ports"], stdout=log, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    try:
        deadline, served = time.monotonic() + 120, None
        while time.monotonic() < deadline and proc.poll() is None and served is None:
            try:
                served = json.loads(_get(f"http://127.0.0.1:{port}/demo/review_index.json?_shape=array&_size=100"))
            except OSError:
                time.sleep(0.5)
        assert served, (tmp_path / "demo.log").read_text()[-3000:]
        # every review's original answers while the archive is served
        for review in served:
            assert review["title"].split(":")[0][:12] in _get(review["url"]), review["url"]
        # the sources file the build used is beside the archive: the README's re-crawl and status work on it
        sources = tmp_path / "demo.sources.yaml"
        assert sources.is_file()
        again = shelfmark("crawl", "--sources", str(sources), "--db", str(db), "--no-throttle", "--log-level", "ERROR")
        assert again.returncode == 0, again.stderr[-2000:]
        assert f"reviews new 0, changed 0, unchanged {len(served)}" in again.stdout, again.stdout
        status = shelfmark("status", "--sources", str(sources), "--db", str(db))
        assert status.returncode == 0 and "#2" in status.stdout and "never" not in status.stdout, status.stdout
        assert status.stdout.count("UTC (daily)") == 4, status.stdout
        due = shelfmark("crawl", "--due", "--sources", str(sources), "--db", str(db), "--no-throttle")
        assert due.returncode == 0 and "nothing is due" in due.stdout, due.stdout
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()
    text = (tmp_path / "demo.log").read_text()
    assert "re-crawl: shelfmark crawl --sources" in text and "served while the archive is" in text


def test_the_demo_blogs_have_fixed_addresses_and_a_busy_one_is_named():
    from shelfmark.demo.server import DEMO_PORTS, PortBusy

    assert set(DEMO_PORTS) == set(site_slugs()) and len(set(DEMO_PORTS.values())) == len(DEMO_PORTS)
    assert all(p > 1024 for p in DEMO_PORTS.values())
    fixed = next(p for p in demo.params if p.name == "fixed_ports")
    assert fixed.default is True, "`./dev demo` serves the blogs where the archive's links point"
    port = _free_port()
    with serve_sites(slugs=["ghost-pages"], ports={"ghost-pages": port}) as servers:
        assert servers.urls["ghost-pages"] == f"http://127.0.0.1:{port}"
        with pytest.raises(PortBusy, match=rf"ghost-pages cannot be served on 127.0.0.1:{port}.*--any-ports"):
            serve_sites(slugs=["ghost-pages"], ports={"ghost-pages": port})


def test_status_lists_the_blogs_only_the_archive_holds(tmp_path):
    db = tmp_path / "demo.db"
    with Archive(db) as archive:
        archive.upsert_sources([{"slug": "quiet-shelf", "name": "The Quiet Shelf",
                                 "home_url": "http://127.0.0.1:8101/"},
                                {"slug": "listed", "name": "Listed", "home_url": "https://listed.example/"}])
        crawl_id = archive.start_crawl(["quiet-shelf"])
        archive.finish_source(crawl_id, "quiet-shelf", "finished")
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - slug: listed\n    name: Listed\n    home_url: https://listed.example/\n")
    result = CliRunner().invoke(main, ["status", "--sources", str(sources), "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.output.splitlines()[1:]}
    assert "never" in lines["listed"]
    assert f"#{crawl_id}" in lines["quiet-shelf"] and "finished" in lines["quiet-shelf"]
    assert f"not in {sources}" in lines["quiet-shelf"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from sources").fetchone()[0] == 2


def test_a_busy_archive_port_is_refused_before_the_build(tmp_path):
    """`shelfmark demo --port P` with P taken used to crawl the demo blogs for a minute and only then fail to bind
    Datasette; now it refuses first, names the port, and builds nothing."""
    db = tmp_path / "demo.db"
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(demo, ["--db", str(db), "--port", str(port), "--any-ports"])
    assert result.exit_code == 1, result.output
    assert f"127.0.0.1:{port}" in result.output and "--port" in result.output
    assert not db.exists(), "the demo was built although it could not be served"


def test_a_port_taken_by_a_demo_blog_names_that_blog():
    from shelfmark.demo.run import archive_port_busy

    with serve_sites(slugs=site_slugs()[:1]) as servers:
        (slug, url), = servers.urls.items()
        port = int(url.rsplit(":", 1)[1])
        assert f"the demo blog {slug} is served there" in archive_port_busy("127.0.0.1", port, servers.urls)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    assert archive_port_busy("127.0.0.1", free, {}) is None
