"""5. Schedules, one crawl of a source at a time, and `status`; 7. progress; 1. WARC rotation by size."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from archive.captures import read_capture, warc_dir
from scraper.locks import SourceLocks, held_elsewhere, lock_dir
from scraper.schedule import ScheduleError, check_schedule, is_due, next_due
from shelfmark.demo.server import serve_sites
from tests.archivist_sites import ROOT, copy_sites, rows, shelfmark, write_sources

SLUGS = ["quiet-shelf", "paper-lanterns", "ghost-pages"]
MONDAY_6 = "0 6 * * 1"


@pytest.mark.parametrize("text", ["12h", "90m", "7d", "2w", "weekly", "daily", MONDAY_6, "*/15 * * * *"])
def test_schedules_accepted(text):
    assert check_schedule(text) == text


@pytest.mark.parametrize("text", ["every tuesday", "0h", "0 6 * *", "61 * * * *", "soon"])
def test_schedules_refused_with_what_is_accepted(text):
    with pytest.raises(ScheduleError, match="interval"):
        check_schedule(text)


def test_next_due_for_intervals_and_cron():
    last = datetime(2026, 3, 4, 10, 30, tzinfo=timezone.utc)  # a Wednesday
    assert next_due("12h", last) == last + timedelta(hours=12)
    assert next_due("weekly", last) == last + timedelta(days=7)
    assert next_due(MONDAY_6, last) == datetime(2026, 3, 9, 6, 0, tzinfo=timezone.utc)
    assert next_due(None, last) is None
    assert is_due("12h", None) and not is_due(None, None)
    assert is_due("12h", last, now=last + timedelta(hours=12)) and not is_due("12h", last, now=last + timedelta(hours=11))


def _crawl(sources, db, *args):
    return shelfmark("crawl", *args, "--sources", str(sources), "--db", str(db), "--no-throttle", "--log-level", "WARNING")


def test_due_crawls_only_what_is_due_never_twice_at_once_and_status_shows_it(tmp_path):
    with serve_sites(copy_sites(tmp_path / "sites", SLUGS)) as servers:
        schedules = {"quiet-shelf": "schedule: 1h", "ghost-pages": f"schedule: \"{MONDAY_6}\""}
        sources = write_sources(tmp_path / "sources.yaml", dict(servers.urls), schedules)
        db = tmp_path / "data" / "archive.db"

        first = _crawl(sources, db, "--due")
        assert first.returncode == 0, first.stderr[-2000:]
        assert "paper-lanterns: no schedule" in first.stdout
        crawled = {r[0] for r in rows(db, "select source_slug from crawl_sources")}
        assert crawled == {"quiet-shelf", "ghost-pages"}
        assert not [p for s, _, p in servers.requests if s == "paper-lanterns"]
        # 7. not a terminal: plain, timestamped progress lines, one per source
        assert re.search(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d progress quiet-shelf: done \d+, queued \d+, [\d.]+ pages/s, errors \d+$",
                         first.stderr, re.M), first.stderr[-1500:]

        seen = len(servers.requests)
        second = _crawl(sources, db, "--due")
        assert second.returncode == 0 and "nothing is due" in second.stdout
        assert "quiet-shelf: next due" in second.stdout
        assert len(servers.requests) == seen and rows(db, "select count(*) from crawls")[0][0] == 1

        status = shelfmark("status", "--sources", str(sources), "--db", str(db))
        assert status.returncode == 0, status.stderr
        lines = {line.split()[0]: line for line in status.stdout.splitlines()[1:]}
        (started,) = rows(db, "select started_at from crawl_sources where source_slug = 'quiet-shelf'")[0]
        due = datetime.fromisoformat(started) + timedelta(hours=1)
        assert "#1" in lines["quiet-shelf"] and "finished: new" in lines["quiet-shelf"]
        assert f"{due:%Y-%m-%d %H:%M} UTC (1h)" in lines["quiet-shelf"]
        assert "never" in lines["paper-lanterns"] and "not scheduled" in lines["paper-lanterns"]
        assert f"({MONDAY_6})" in lines["ghost-pages"]

        # another run holds paper-lanterns: a named crawl refuses, --due skips it
        sources = write_sources(tmp_path / "sources.yaml", dict(servers.urls), {**schedules, "paper-lanterns": "schedule: 1h"})
        with SourceLocks(lock_dir(str(db))) as held:
            assert held.try_lock("paper-lanterns")
            busy = _crawl(sources, db, "paper-lanterns")
            assert busy.returncode == 1 and "paper-lanterns is being crawled by another run" in busy.stderr
            # refused before Scrapy and the extraction workers start (seconds on a busy machine), and the probe left
            # our lock held and took none of its own
            timed = subprocess.run([sys.executable, "-X", "importtime", "-m", "shelfmark.cli", "crawl", "paper-lanterns", "quiet-shelf",
                                    "--sources", str(sources), "--db", str(db)], cwd=ROOT, capture_output=True, text=True, timeout=120)
            assert timed.returncode == 1 and "paper-lanterns is being crawled by another run" in timed.stderr
            imported = {line.rsplit("|", 1)[-1].strip() for line in timed.stderr.splitlines() if line.startswith("import time:")}
            assert "scraper.locks" in imported and not {"scrapy", "scraper.run", "scraper.extract"} & imported
            assert held_elsewhere(lock_dir(str(db)), ["paper-lanterns", "quiet-shelf"]) == ["paper-lanterns"]
            skipped = _crawl(sources, db, "--due")
            assert skipped.returncode == 0 and "being crawled by another run" in skipped.stdout
        assert not [p for s, _, p in servers.requests if s == "paper-lanterns"]
        assert rows(db, "select count(*) from crawls")[0][0] == 1


def test_interactive_crawl_redraws_progress_per_source(tmp_path):
    with serve_sites(copy_sites(tmp_path / "sites", ["quiet-shelf"])) as servers:
        sources = write_sources(tmp_path / "sources.yaml", dict(servers.urls))
        master, slave = pty.openpty()
        chunks: list[bytes] = []

        def drain():
            while True:
                try:
                    data = os.read(master, 4096)
                except OSError:
                    return
                if not data:
                    return
                chunks.append(data)

        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
        proc = subprocess.run([sys.executable, "-m", "shelfmark.cli", "crawl", "--sources", str(sources),
                               "--db", str(tmp_path / "a.db"), "--no-throttle", "--log-level", "ERROR"],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=slave, timeout=180)
        os.close(slave)
        reader.join(timeout=10)
        os.close(master)
    assert proc.returncode == 0
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert "\x1b[2Kquiet-shelf: done" in screen and "progress" not in screen
    assert re.search(r"quiet-shelf: done [1-9]\d*, queued \d+, [\d.]+ pages/s, errors 0", screen)


def test_warc_files_rotate_by_size(tmp_path):
    with serve_sites(copy_sites(tmp_path / "sites", ["quiet-shelf"])) as servers:
        sources = write_sources(tmp_path / "sources.yaml", dict(servers.urls))
        db = tmp_path / "a.db"
        result = _crawl(sources, db, "--warc-size", "0.03")
        assert result.returncode == 0, result.stderr[-2000:]
    files = sorted(p.name for p in warc_dir(db).glob("*.warc.gz"))
    assert len(files) >= 3 and files[:2] == ["00001-quiet-shelf-00000.warc.gz", "00001-quiet-shelf-00001.warc.gz"]
    sizes = [(warc_dir(db) / name).stat().st_size for name in files]
    assert all(size < 30_000 + 40_000 for size in sizes[:-1])  # closed once past the limit: one record over at most
    pages = rows(db, "select * from pages where warc_file is not null")
    assert len({p["warc_file"] for p in pages}) >= 3
    for page in pages:
        assert read_capture(warc_dir(db), page["warc_file"], page["warc_offset"]).url == page["url"]
    check = subprocess.run([str(Path(sys.executable).parent / "warcio"), "check", *[str(warc_dir(db) / f) for f in files]],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout[-1000:]
