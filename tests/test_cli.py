"""The `shelfmark` command as a user runs it: help, extract, sources, demo, serve."""

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from shelfmark.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "seedlike"


@pytest.mark.parametrize("command", ["crawl", "serve", "extract", "demo", "sources"])
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"], prog_name="shelfmark")
    assert result.exit_code == 0
    assert "Usage: shelfmark " + command in result.output
    assert len(result.output.splitlines()) > 4


def test_extract_one_page_prints_the_record():
    result = CliRunner().invoke(main, ["extract", str(FIXTURES / "blogger_emoji.html"), "--url", "https://blog.example/x.html"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["is_review"] is True and record["reason"]
    assert (record["book_title"], record["book_author"]) == ("The Left Hand of Darkness", "Ursula K. Le Guin")
    assert record["rating"] == pytest.approx(0.8)
    assert record["body_markdown"].count("###") >= 3 and "Comments" not in record["body_text"]
    assert "removed" not in record


def test_extract_several_pages_and_stdin():
    files = [str(FIXTURES / "wpcom.html"), str(FIXTURES / "joomla_news.html")]
    result = CliRunner().invoke(main, ["extract", "--full", *files])
    records = json.loads(result.output)
    assert [r["book_author"] for r in records] == ["Ursula K. Le Guin"] * 2
    assert all(r["removed"] for r in records), "--full lists what was removed and why"
    piped = CliRunner().invoke(main, ["extract", "-"], input=(FIXTURES / "wp_personal.html").read_bytes())
    assert json.loads(piped.output)["book_title"] == "The Left Hand of Darkness"


def test_extract_missing_file_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.html")])
    assert result.exit_code == 1
    assert "nope.html: no such file" in result.output


def test_bad_sources_file_stops_before_any_request(tmp_path):
    bad = tmp_path / "sources.yaml"
    bad.write_text("sources:\n  - slug: ok\n    name: Fine\n    home_url: https://ok.example/\n    limits: {max_pages: many}\n")
    result = CliRunner().invoke(main, ["crawl", "--sources", str(bad), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1
    assert f"{bad}: source 'ok': field 'limits.max_pages'" in result.output
    assert not (tmp_path / "a.db").exists(), "nothing is created before the file is valid"


def test_sources_command_lists_the_shipped_file():
    result = CliRunner().invoke(main, ["sources", "config/sources.yaml"])
    assert result.exit_code == 0
    assert "all valid" in result.output and "triumph-of-the-now" in result.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_demo_builds_the_archive_then_serves_it(tmp_path):
    """The README's first command, end to end: build, then Datasette answering over HTTP."""
    db = tmp_path / "demo.db"
    port = _free_port()
    log = (tmp_path / "demo.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "shelfmark.cli", "demo", "--db", str(db), "--port", str(port), "--any-ports"],
        stdout=log, stderr=subprocess.STDOUT, text=True,
    )
    try:
        deadline = time.monotonic() + 120
        body = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/demo/book_summary.json?_shape=array", timeout=5) as r:
                    body = json.loads(r.read())
                break
            except OSError:
                time.sleep(0.5)
        assert body is not None, (tmp_path / "demo.log").read_text()[-3000:]
        assert max(b["review_count"] for b in body) == 4
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from reviews").fetchone()[0] >= 14
        assert conn.execute("select status from crawls").fetchone()[0] == "finished"


def test_each_reported_error_name_still_finds_its_class():
    """The CLI names the errors it turns into messages instead of importing them: a class moved or renamed fails here."""
    import importlib

    from shelfmark.cli import REPORTED_ERRORS, reported

    for dotted in REPORTED_ERRORS:
        module, name = dotted.rsplit(".", 1)
        cls = getattr(importlib.import_module(module), name)
        assert issubclass(cls, Exception) and reported(type("Sub", (cls,), {})("x")), dotted
    assert not reported(ValueError("x"))


def test_status_does_not_import_scrapy(tmp_path):
    """A command that crawls nothing starts without Scrapy and Twisted (~1.2 s of CPU each time)."""
    db = tmp_path / "a.db"
    code = ("import sys; from click.testing import CliRunner; from shelfmark.cli import main; "
            f"r = CliRunner().invoke(main, ['status', '--db', {str(db)!r}]); "
            "print(r.exit_code, 'scrapy' in sys.modules, 'twisted' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[1:] == ["False", "False"], out
