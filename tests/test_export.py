"""`shelfmark export DIR`: a dated release a researcher can cite."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import sqlite3

import pytest
import yaml
from click.testing import CliRunner

from archive.export import ExportError, export_release
from archive.serve import CONFIG_DIR
from shelfmark.cli import main
from tests.reader_archive import build_archive

DAY = dt.date(2025, 4, 1)


@pytest.fixture
def release(tmp_path):
    db = build_archive(tmp_path / "shelfmark.db")
    return db, export_release(db, tmp_path / "out", today=DAY)


def test_release_layout(release):
    _, folder = release
    assert folder.name == "shelfmark-2025-04-01"
    names = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    for table in ("sources", "crawls", "pages", "books", "reviews"):
        assert {f"data/{table}.csv", f"data/{table}.jsonl"} <= names
    assert {"shelfmark.db", "datapackage.json", "provenance.json", "CITATION.cff", "README.md"} <= names
    assert not any("fts" in n or "_sqlite" in n for n in names)
    assert not (folder.parent / "shelfmark-2025-04-01.partial").exists()


def test_every_row_in_csv_jsonl_and_sqlite(release):
    db, folder = release
    with sqlite3.connect(db) as conn:
        expected = conn.execute("select url, content_hash, body_markdown from reviews order by id").fetchall()
    with open(folder / "data/reviews.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["url"], r["content_hash"], r["body_markdown"]) for r in rows] == [tuple(e) for e in expected]
    lines = (folder / "data/reviews.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(l)["url"] for l in lines] == [e[0] for e in expected]
    assert json.loads(lines[2])["rating"] == 1.0  # numbers stay numbers in JSON Lines
    with sqlite3.connect(folder / "shelfmark.db") as copy:
        assert copy.execute("select count(*) from reviews").fetchone()[0] == len(expected)
        assert copy.execute("select count(*) from reviews_fts where reviews_fts match 'paramo'").fetchone()[0] == 1
        assert copy.execute("pragma journal_mode").fetchone()[0] == "delete"


def test_data_dictionary_describes_every_column(release):
    _, folder = release
    package = json.loads((folder / "datapackage.json").read_text())
    described = yaml.safe_load((CONFIG_DIR / "metadata.yml").read_text())["databases"]["shelfmark"]["tables"]
    resources = {r["path"]: r for r in package["resources"]}
    reviews = resources["data/reviews.csv"]
    assert reviews["description"] == described["reviews"]["description"]
    fields = {f["name"]: f for f in reviews["schema"]["fields"]}
    assert fields["content_hash"]["description"] == described["reviews"]["columns"]["content_hash"]
    assert fields["rating"]["type"] == "number" and fields["word_count"]["type"] == "integer"
    assert reviews["schema"]["primaryKey"] == ["id"]
    assert {"fields": ["book_id"], "reference": {"resource": "books-csv", "fields": ["id"]}} in reviews["schema"]["foreignKeys"]
    for path, resource in resources.items():
        with open(folder / path, encoding="utf-8") as f:
            header = next(csv.reader(f)) if path.endswith(".csv") else list(json.loads(f.readline() or "{}"))
        names = [field["name"] for field in resource["schema"]["fields"]]
        assert not header or header == names, path
        assert all(field["description"] for field in resource["schema"]["fields"]), path


def test_provenance_and_checksums(release):
    _, folder = release
    provenance = json.loads((folder / "provenance.json").read_text())
    assert provenance["release"] == "2025-04-01"
    assert provenance["rows"]["reviews"] == 5 and provenance["rows"]["sources"] == 2
    assert provenance["extractor_versions"] == {"test-1": 5}
    alpha = next(s for s in provenance["sources"] if s["slug"] == "alpha")
    assert alpha["reviews"] == 3 and alpha["home_url"] == "http://alpha.test/" and alpha["last_fetched"]
    assert provenance["crawls"]["count"] == 1 and provenance["crawls"]["first_started"]
    for name, entry in provenance["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == entry["sha256"], name
    assert "data/reviews.csv" in provenance["files"] and "CITATION.cff" in provenance["files"]


def test_citation_file(release):
    _, folder = release
    cff = yaml.safe_load((folder / "CITATION.cff").read_text())
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset"
    assert str(cff["date-released"]) == "2025-04-01" and cff["version"] == "2025-04-01"
    assert cff["authors"] and {r["url"] for r in cff["references"]} == {"http://alpha.test/", "http://beta.test/"}


def test_existing_release_is_never_overwritten(release):
    db, folder = release
    with pytest.raises(ExportError, match="already exists"):
        export_release(db, folder.parent, today=DAY)


def test_cli_export(tmp_path):
    db = build_archive(tmp_path / "a.db")
    result = CliRunner().invoke(main, ["export", str(tmp_path / "rel"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "reviews 5" in result.output
    assert len(list((tmp_path / "rel").glob("shelfmark-*/datapackage.json"))) == 1
    again = CliRunner().invoke(main, ["export", str(tmp_path / "rel"), "--db", str(db)])
    assert again.exit_code == 1 and "already exists; remove it" in again.output
    missing = CliRunner().invoke(main, ["export", str(tmp_path / "rel2"), "--db", str(tmp_path / "nope.db")])
    assert missing.exit_code == 1 and "nope.db: no such archive" in missing.output


def test_the_views_shipped_in_the_sqlite_file_are_described(release):
    """book_summary, review_index and reviews_by_book are in shelfmark.db: the data dictionary says what they are,
    column by column, and why they have no file of their own."""
    _, folder = release
    package = json.loads((folder / "datapackage.json").read_text())
    described = yaml.safe_load((CONFIG_DIR / "metadata.yml").read_text())["databases"]["shelfmark"]["tables"]
    views = {v["name"]: v for v in package["views"]}
    assert {"book_summary", "review_index", "reviews_by_book"} <= set(views)
    with sqlite3.connect(folder / "shelfmark.db") as copy:
        for name, view in views.items():
            assert view["path"] == "shelfmark.db" and "no" in view["note"] and "files of their own" in view["note"]
            assert view["description"] == described[name]["description"]
            columns = [r[1] for r in copy.execute(f'pragma table_info("{name}")')]
            assert [f["name"] for f in view["schema"]["fields"]] == columns
            assert all(f["description"] != "Not yet described." for f in view["schema"]["fields"]), name
    assert "`book_summary`" in (folder / "README.md").read_text(encoding="utf-8")
