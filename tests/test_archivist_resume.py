"""8. Resume: a crawl stopped midway (Ctrl-C, or killed outright) is resumed by the next run.

The crawl runs at a polite pace (a quarter second between requests) so it can
be stopped while it works; every wait is bounded. The resumed run must not ask
again for anything the stopped one captured, and must end with exactly the
rows an uninterrupted crawl makes.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive.captures import warc_dir
from shelfmark.demo.server import serve_sites
from tests.archivist_sites import ROOT, copy_sites, crawl, rows, write_sources

SLUGS = ["quiet-shelf", "paper-lanterns"]
GOLD = json.loads((Path(__file__).parent / "fixtures" / "demo_gold.json").read_text(encoding="utf-8"))
PACE = "politeness:\n  download_delay: 0.25\n"


def _captured(folder: Path) -> set[str]:
    """URLs whose response record was written whole (a killed crawl may leave a torn last one)."""
    urls = set()
    for path in folder.glob("*.warc.gz*"):
        with open(path, "rb") as stream:
            try:
                for record in ArchiveIterator(stream):
                    record.content_stream().read()
                    if record.rec_type == "response":
                        urls.add(record.rec_headers.get_header("WARC-Target-URI"))
            except Exception:
                pass
    return urls


def _wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The same blogs crawled without interruption: the rows a resumed crawl must end with."""
    tmp = tmp_path_factory.mktemp("reference")
    with serve_sites(copy_sites(tmp / "sites", SLUGS)) as servers:
        db = tmp / "ref.db"
        crawl(write_sources(tmp / "sources.yaml", dict(servers.urls)), db)
        base = {slug: url for slug, url in servers.urls.items()}
        requests = len(servers.requests)
    strip = lambda url: next(url.replace(b, slug) for slug, b in base.items() if url.startswith(b))  # noqa: E731
    return {"requests": requests, "pages": {strip(r[0]) for r in rows(db, "select url from pages")},
            "reviews": {strip(r[0]) for r in rows(db, "select url from reviews")}}


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "killed"])
def test_a_stopped_crawl_resumes_without_fetching_again(tmp_path, reference, stop):
    with serve_sites(copy_sites(tmp_path / "sites", SLUGS)) as servers:
        sources = write_sources(tmp_path / "sources.yaml", dict(servers.urls), {s: PACE for s in SLUGS})
        db = tmp_path / "data" / "archive.db"
        with open(tmp_path / "first.log", "wb") as log:
            proc = subprocess.Popen([sys.executable, "-m", "shelfmark.cli", "crawl", "--sources", str(sources), "--db", str(db),
                                     "--log-level", "WARNING"], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
            try:
                _wait_for(lambda: len(servers.requests) >= 14, 60, "the crawl to get going")
                proc.send_signal(stop)
                proc.wait(timeout=60)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait(timeout=10)
        stopped_at = len(servers.requests)
        captured = _captured(warc_dir(db))
        status = rows(db, "select status from crawls")[0][0]
        assert status == ("interrupted" if stop == signal.SIGINT else "running")
        assert 5 < len(captured) < reference["requests"] - 8, "stopped midway"

        resumed = crawl(sources, db)
        again = [(slug, path) for slug, _, path in servers.requests[stopped_at:] if path != "/robots.txt"]
        urls = dict(servers.urls)

    fetched_again = [servers_url for slug, path in again if (servers_url := urls[slug] + path) in captured]
    assert fetched_again == [], "the resumed crawl asked again for what was archived"
    assert "resuming crawl 1" in resumed.stderr
    assert [tuple(r) for r in rows(db, "select id, status from crawls")] == [(1, "finished")]
    assert {r[0] for r in rows(db, "select status from crawl_sources")} == {"finished"}

    strip = lambda url: next(url.replace(b, slug) for slug, b in urls.items() if url.startswith(b))  # noqa: E731
    assert {strip(r[0]) for r in rows(db, "select url from pages")} == reference["pages"]
    reviews = [strip(r[0]) for r in rows(db, "select url from reviews")]
    assert sorted(reviews) == sorted(reference["reviews"]) and len(reviews) == sum(
        1 for slug in SLUGS for gold in GOLD[slug].values() if gold["is_review"])
    assert rows(db, "select count(*), count(distinct review_id) from review_versions")[0][:] == (len(reviews), len(reviews))
    (record,) = rows(db, "select sum(reviews_new) from crawl_sources")
    assert record[0] == len(reviews), "the crawl record counts each review once"

    folder = warc_dir(db)
    assert not list(folder.glob("*.open")), "the torn file was repaired and closed"
    check = subprocess.run([str(Path(sys.executable).parent / "warcio"), "check", *map(str, folder.glob("*.warc.gz"))],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout[-2000:]
