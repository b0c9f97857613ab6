"""A command that reads an archive refuses a path with none, names it and says what to do, and creates nothing.

`shelfmark changes 10` with no archive at the default path used to create an empty `data/shelfmark.db`, which
`shelfmark export DIR` then wrote out as an all-zero release, exit status 0. Only `crawl` (and the demo) create an
archive.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from shelfmark.cli import main

SOURCES = """sources:
  - slug: quiet-shelf
    name: Quiet Shelf
    home_url: "http://127.0.0.1:9/"
    platform: wordpress
"""

COMMANDS = {
    "changes": ["changes", "10"],
    "export": ["export", "{out}"],
    "serve": ["serve", "--port", "9"],
    "reextract": ["reextract", "--all", "--sources", "{sources}"],
    "check": ["check", "quiet-shelf", "--sources", "{sources}"],
    "withdraw": ["withdraw", "quiet-shelf"],
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize("where", ["--db", "default"])
def test_a_command_reading_an_archive_refuses_a_missing_one(tmp_path, monkeypatch, name, where):
    monkeypatch.chdir(tmp_path)
    sources = tmp_path / "sources.yaml"
    sources.write_text(SOURCES, encoding="utf-8")
    args = [a.format(out=tmp_path / "release", sources=sources) for a in COMMANDS[name]]
    db = "mistyped/shelfmark.db" if where == "--db" else "data/shelfmark.db"
    if where == "--db":
        args += ["--db", db]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert f"{db}: no such archive; pass --db with the path of your archive" in result.output
    assert "Serving" not in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sources.yaml"]  # nothing created: no folder, no file


@pytest.mark.parametrize("where", ["--db", "default"])
def test_status_before_the_first_crawl_lists_every_source_as_never_and_creates_nothing(tmp_path, monkeypatch, where):
    """`status` with no archive yet is a first run to come, not a mistyped path: each source "never", exit 0."""
    monkeypatch.chdir(tmp_path)
    sources = tmp_path / "sources.yaml"
    sources.write_text(SOURCES, encoding="utf-8")
    args = ["status", "--sources", str(sources)] + (["--db", "mistyped/shelfmark.db"] if where == "--db" else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "quiet-shelf" in result.output and "never" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sources.yaml"]
