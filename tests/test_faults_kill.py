"""Fault suite, 4: hard crashes, two crawls at once, reading during a crawl.

A real `shelfmark crawl` subprocess against demo blogs on 127.0.0.1 is killed
with SIGKILL at random moments (seeded), again and again, bounded in count and
time. After every kill the archive must hold: SQLite's integrity check passes,
no row is duplicated or half-written (every review has its page, its version
and its book), every page row's capture can be read back, and every WARC file
reads whole up to its last complete record. Then one run finishes the job, and
the archive must equal that of a crawl never interrupted: same pages, hashes,
reviews, books and versions. (tests/test_archivist_resume.py covers one stop
of each kind and that nothing captured is fetched twice.)
"""

from __future__ import annotations

import asyncio
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from archive.schema import migrations
from archive.captures import OPEN_SUFFIX, read_capture, warc_dir
from scraper.middlewares.warc import repair_open_file
from shelfmark.demo.server import serve_sites
from tests.archivist_sites import ROOT, copy_sites, crawl, rows, shelfmark, write_sources

SLUGS = ["quiet-shelf", "paper-lanterns"]
PACE = "politeness:\n  download_delay: 0.1\n"
MAX_KILLS = 8
KILL_BUDGET_S = 30.0  # killing stops after this long, whatever the count
SEED = 20261203


def start_crawl(sources: Path, db: Path, log: Path, *slugs: str) -> subprocess.Popen:
    with open(log, "ab") as out:
        return subprocess.Popen([sys.executable, "-m", "shelfmark.cli", "crawl", *slugs, "--sources", str(sources),
                                 "--db", str(db), "--log-level", "WARNING"], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=30)


def check_archive(db: Path) -> dict[str, int]:
    """Everything that must hold at any moment, killed or not; returns row counts."""
    conn = sqlite3.connect(db)
    try:
        q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
        assert q("pragma integrity_check") == [("ok",)]
        if migrations.pending(sqlite_utils.Database(conn)):
            # killed while the schema was being made: each migration is one transaction,
            # so the schema stops at a migration boundary, and nothing was crawled yet
            return {"pages": 0, "reviews": 0, "migrating": 1}
        assert q("pragma foreign_key_check") == []
        assert q("select url from pages group by url having count(*) > 1") == []
        assert q("select url from reviews group by url having count(*) > 1") == []
        assert q("select page_id from reviews group by page_id having count(*) > 1") == []
        assert q("select key from books group by key having count(*) > 1") == []
        assert q("select review_id, version from review_versions group by 1, 2 having count(*) > 1") == []
        # no half-written review: its page, its book, its version, its search entry
        assert q("select id from reviews where page_id not in (select id from pages)") == []
        assert q("select id from reviews where book_id is not null and book_id not in (select id from books)") == []
        assert q("select id from reviews where id not in (select review_id from review_versions)") == []
        assert q("""select r.id from reviews r where r.content_hash != (select v.content_hash from review_versions v
                    where v.review_id = r.id order by v.version desc limit 1)""") == []
        assert q("select count(*) from reviews") == q("select count(*) from reviews_fts")
        assert q("select id from pages where is_review and id not in (select page_id from reviews)") == []
        pages = q("select url, warc_file, warc_offset from pages where warc_file is not null")
        counts = {"pages": q("select count(*) from pages")[0][0], "reviews": q("select count(*) from reviews")[0][0]}
    finally:
        conn.close()
    for url, name, offset in pages:  # a row is written after its capture: the capture must be whole
        assert read_capture(warc_dir(db), name, offset).url == url
    return counts


def check_warcs(folder: Path, scratch: Path) -> int:
    """Closed files read whole; a file a kill left open reads whole up to its last complete record
    (and the repair the next run makes keeps exactly those). Returns the number of records read."""
    total = 0
    for path in sorted(folder.glob("*.warc.gz*")):
        records, error = 0, None
        with open(path, "rb") as stream:
            try:
                for record in ArchiveIterator(stream):
                    record.content_stream().read()
                    records += 1
            except Exception as exc:  # noqa: BLE001 - a torn tail, allowed only in an open file
                error = exc
        assert error is None or path.name.endswith(OPEN_SUFFIX), f"{path.name}: {error}"
        if path.name.endswith(OPEN_SUFFIX):
            copy = scratch / path.name
            shutil.copyfile(path, copy)
            repaired = repair_open_file(copy)
            with open(repaired, "rb") as stream:
                assert sum(1 for r in ArchiveIterator(stream) if r.content_stream().read() is not None) == records
            repaired.unlink()
        total += records
    return total


def snapshot(db: Path, urls: dict[str, str]) -> dict[str, object]:
    """The archive's content, with the served ports taken out of URLs."""
    def strip(url: str) -> str:
        return next(url.replace(base, slug) for slug, base in urls.items() if url.startswith(base))

    return {
        "pages": sorted((strip(r[0]), r[1], r[2], r[3]) for r in rows(db, "select url, status, content_hash, kind from pages")),
        "reviews": sorted((strip(r[0]), *r[1:]) for r in rows(
            db, "select url, title, book_title, book_author, rating, content_hash, word_count from reviews")),
        "books": sorted(tuple(r) for r in rows(db, "select key, title, author from books")),
        "versions": sorted((strip(r[0]), r[1], r[2]) for r in rows(
            db, "select r.url, v.version, v.content_hash from review_versions v join reviews r on r.id = v.review_id")),
        "crawls": [tuple(r) for r in rows(db, "select id, status from crawls")],
        # the state each blog ended in (a kill that lands just as a crawl finishes leaves the last run a re-crawl,
        # with crawl records of its own; what matters is that every blog ended finished, and the data above)
        "sources": sorted({tuple(r) for r in rows(db, "select source_slug, status from crawl_sources")}),
    }


def test_killed_again_and_again_the_archive_stays_whole_and_resumes_to_the_same(tmp_path):
    rng = random.Random(SEED)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with serve_sites(copy_sites(tmp_path / "sites", SLUGS)) as servers:
        # the reference: the same blogs, same addresses (pages name their own URLs), crawled in one go
        reference_db = tmp_path / "ref" / "archive.db"
        crawl(write_sources(tmp_path / "ref.yaml", dict(servers.urls)), reference_db)
        reference = snapshot(reference_db, dict(servers.urls))
        assert len(reference["reviews"]) >= 8

        sources = write_sources(tmp_path / "sources.yaml", dict(servers.urls), {s: PACE for s in SLUGS})
        db = tmp_path / "data" / "archive.db"
        kills, finished_early, records, moments, migrating, mid_crawl = 0, False, 0, [], 0, 0
        started = time.monotonic()
        while kills < MAX_KILLS and time.monotonic() - started < KILL_BUDGET_S:
            # every other kill lands at a random moment after launch (start-up, migrations, the first
            # fetches), the others at a random moment after this run fetched something (mid-crawl)
            after_fetch = kills % 2 == 1
            moment = rng.uniform(0.0, 0.8) if after_fetch else rng.uniform(0.1, 3.0)
            fetched = len(servers.requests)
            proc = start_crawl(sources, db, tmp_path / "killed.log")
            try:
                if after_fetch:
                    deadline = time.monotonic() + 30
                    while len(servers.requests) == fetched and proc.poll() is None and time.monotonic() < deadline:
                        time.sleep(0.02)
                time.sleep(moment)
                if proc.poll() is not None:
                    finished_early = True  # the crawl completed before this kill: nothing left to interrupt
                    break
                proc.kill()
            finally:
                stop(proc)
            kills += 1
            moments.append(f"{'+fetch ' if after_fetch else ''}{moment:.2f}s")
            mid_crawl += len(servers.requests) > fetched
            if db.exists():
                counts = check_archive(db)
                migrating += counts.get("migrating", 0)
                records = check_warcs(warc_dir(db), scratch)
                assert records >= counts["reviews"]
        print(f"\nkills survived: {kills} ({mid_crawl} mid-crawl) at {moments}; finished early: {finished_early}; "
              f"WARC records after the last kill: {records}; kills while migrating: {migrating}")
        assert kills >= 4 and mid_crawl >= 2, "the crawl finished too soon to be killed often"

        final = crawl(sources, db)
        assert final.returncode == 0
        check_archive(db)
        check_warcs(warc_dir(db), scratch)
        result = snapshot(db, dict(servers.urls))

    assert not list(warc_dir(db).glob(f"*{OPEN_SUFFIX}")), "every torn file was repaired and closed"
    check = subprocess.run([str(Path(sys.executable).parent / "warcio"), "check", *map(str, warc_dir(db).glob("*.warc.gz"))],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout[-2000:]
    for key in ("pages", "reviews", "books", "versions", "sources"):
        assert result[key] == reference[key], key
    # one crawl, resumed to its end; or, when a kill landed while a run that had just finished was shutting
    # down, that crawl and the final run's re-crawl, both finished
    assert result["crawls"] in ([(1, "finished")], [(1, "finished"), (2, "finished")]), result["crawls"]


@pytest.fixture()
def paced(tmp_path):
    """Two demo blogs served, a sources file crawling them at a pace, and an archive path."""
    with serve_sites(copy_sites(tmp_path / "sites", SLUGS)) as servers:
        slow = "politeness:\n  download_delay: 0.3\n"  # slow enough to act while it runs, after a 2 s start
        sources = write_sources(tmp_path / "sources.yaml", dict(servers.urls), {s: slow for s in SLUGS})
        yield servers, sources, tmp_path / "data" / "archive.db"


def wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def crawl_started(db: Path) -> bool:
    try:
        return db.exists() and bool(rows(db, "select count(*) from crawls")[0][0])
    except sqlite3.OperationalError:  # no crawls table yet, or a migration holds the lock
        return False


CONSISTENCY_SQL = """select
  (select count(*) from pages) as pages,
  (select count(*) from reviews) as reviews,
  (select count(distinct review_id) from review_versions) as reviewed_versions,
  (select count(*) from reviews_fts) as indexed,
  (select count(*) from reviews where page_id not in (select id from pages)) as orphans,
  (select count(*) from reviews where book_id is not null and book_id not in (select id from books)) as bookless,
  (select max(id) from reviews) as newest"""


def test_while_a_crawl_runs_a_second_refuses_and_datasette_reads_consistent_data(paced, tmp_path):
    from archive.serve import database_name, make_datasette

    servers, sources, db = paced
    proc = start_crawl(sources, db, tmp_path / "crawl.log")
    second: subprocess.Popen | None = None
    seen: list[dict] = []
    second_done_while_first_ran = False
    try:
        wait_for(lambda: crawl_started(db), 60, "the crawl to open its archive")  # migrated, so Datasette only reads
        second = subprocess.Popen([sys.executable, "-m", "shelfmark.cli", "crawl", "paper-lanterns", "--sources", str(sources),
                                   "--db", str(db)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        ds = make_datasette(db)
        name = database_name(db)

        async def read_while_crawling():
            nonlocal second_done_while_first_ran
            await ds.invoke_startup()
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                done = proc.poll() is not None
                if not done and second.poll() is not None:
                    second_done_while_first_ran = True
                response = await ds.client.get(f"/{name}.json", params={"sql": CONSISTENCY_SQL, "_shape": "objects"})
                assert response.status_code == 200, response.text[:500]
                snap = response.json()["rows"][0]
                seen.append(snap)
                if snap["newest"]:
                    page = await ds.client.get(f"/review/{snap['newest']}")
                    assert page.status_code == 200 and 'class="review-article"' in page.text
                if done:
                    return
                await asyncio.sleep(0.05)

        asyncio.run(read_while_crawling())
        _, err = second.communicate(timeout=60)
    finally:
        stop(proc)
        if second is not None:
            stop(second)
    assert proc.returncode == 0

    # the second crawl refused at once, with a sentence saying why and what to do
    assert second_done_while_first_ran, "the second crawl was still going when the first ended"
    assert second.returncode == 1
    assert ("Error: paper-lanterns is being crawled by another run; wait for it to finish (shelfmark status shows it)"
            in err), err[-2000:]
    assert [tuple(r) for r in rows(db, "select id, status from crawls")] == [(1, "finished")]

    # every read saw a whole state: no review without its page, book, version or search entry
    during = [s for s in seen[:-1] if 0 < s["reviews"]]
    assert len(during) >= 3, f"too few reads while reviews arrived: {seen}"
    for before, after in zip(seen, seen[1:]):
        assert after["pages"] >= before["pages"] and after["reviews"] >= before["reviews"]
    for snap in seen:
        assert snap["orphans"] == 0 and snap["bookless"] == 0, snap
        assert snap["reviews"] == snap["reviewed_versions"] == snap["indexed"], snap
    assert seen[-1]["reviews"] == rows(db, "select count(*) from reviews")[0][0] > seen[0]["reviews"]
    print(f"\nDatasette reads during the crawl: {len(seen)}; consistent: all")
