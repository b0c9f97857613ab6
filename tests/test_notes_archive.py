"""Disclosures, content warnings and spoiler sections from extraction to the archive, the reader and exports.

A page written here goes through `extract_page`, `Archive.save_pages` (a real SQLite file), the real Datasette
review page and `export_release`; an older archive gains the columns by migration without losing a row.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlite_utils

from archive.export import export_release
from archive.schema import NOTE_COLUMNS, migrations
from archive.serve import make_datasette
from archive.store import Archive
from scraper.extract import extract_page

URL = "http://alpha.test/2024/05/the-salt-road-by-mira-okonkwo/"
NOTE = "Thanks to Harrow &amp; Finch for the advance copy &lt;script&gt;x()&lt;/script&gt; via NetGalley."
BODY = f"""<p><em>{NOTE}</em></p>
<p><strong>CW:</strong> shipwreck, the death of a sibling</p>
<p>Two sisters walk the old salt road from the coast to the mountains, carrying their mother's ashes and a grudge
each. The road is long and so is the book, and I was glad of both by the end.</p>
<p>Okonkwo writes weather better than anyone I have read this year; the chapters in the high passes made me cold.</p>
<h3>Spoilers below</h3>
<p>The younger sister never meant to reach the mountains at all, and the last chapter says why.</p>
<p>Rating: 4/5</p>"""


def page(body: str) -> str:
    return ("<!doctype html><html lang='en'><head><title>The Salt Road by Mira Okonkwo</title></head><body>"
            f"<article class='post'><h1 class='entry-title'>The Salt Road by Mira Okonkwo</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


def save(db_path, body: str, fetched_at: str) -> dict:
    record = extract_page(page(body), URL).to_dict()
    with Archive(db_path) as archive:
        archive.upsert_sources([{"slug": "alpha", "name": "Alpha Reads", "home_url": "http://alpha.test/"}])
        crawl = archive.start_crawl(["alpha"])
        archive.save_pages([{"crawl_id": crawl, "source_slug": "alpha", "url": URL, "status": 200,
                             "fetched_at": fetched_at, "content_hash": str(hash(body)), "record": record}])
        archive.finish_crawl(crawl, {})
    return record


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "shelfmark.db"
    record = save(path, BODY, "2024-06-01T10:00:00+00:00")
    assert record["is_review"], record["reason"]
    return path


def test_notes_are_stored_on_the_review_and_on_each_version(db_path):
    db = sqlite_utils.Database(db_path)
    review = next(db["reviews"].rows)
    assert review["disclosure"].startswith("Thanks to Harrow & Finch for the advance copy")
    assert review["content_warnings"] == "shipwreck, the death of a sibling"
    assert review["spoiler_sections"] == 1
    # the blog edits the review: the warning goes, the new version says so, the first keeps its own
    save(db_path, BODY.replace("<p><strong>CW:</strong> shipwreck, the death of a sibling</p>", ""), "2024-07-01T10:00:00+00:00")
    versions = list(db.query("select version, content_warnings, disclosure from review_versions order by version"))
    assert [(v["version"], v["content_warnings"]) for v in versions] == [(1, "shipwreck, the death of a sibling"), (2, None)]
    assert all(v["disclosure"] for v in versions)
    assert next(db["reviews"].rows)["content_warnings"] is None


async def test_the_review_page_shows_the_notes_escaped(db_path):
    ds = make_datasette(db_path)
    with sqlite3.connect(db_path) as conn:
        (rid,) = conn.execute("select id from reviews").fetchone()
    html = (await ds.client.get(f"/review/{rid}")).text
    notes = html[html.index('class="review-notes"'):html.index("</ul>", html.index('class="review-notes"'))]
    assert "Free copy." in notes and "Harrow &amp; Finch" in notes
    assert "&lt;script&gt;x()&lt;/script&gt;" in notes and "<script>x()" not in html
    assert "Content warnings:</strong> shipwreck, the death of a sibling" in notes
    assert "1 section marked as spoilers" in notes


def test_exports_carry_and_describe_the_notes(db_path, tmp_path):
    folder = export_release(db_path, tmp_path / "out")
    rows = [json.loads(line) for line in (folder / "data" / "reviews.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows[0]["content_warnings"] == "shipwreck, the death of a sibling" and rows[0]["spoiler_sections"] == 1
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for table in ("reviews", "review_versions"):
        resource = next(r for r in package["resources"] if r["name"] == f"{table}-jsonl".replace("_", "-"))
        fields = {f["name"]: f for f in resource["schema"]["fields"]}
        for column in NOTE_COLUMNS:
            assert fields[column]["description"], (table, column)


def test_an_older_archive_gains_the_columns_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m004_review_notes")
    db["sources"].insert({"slug": "alpha", "name": "Alpha Reads"})
    db["crawls"].insert({"id": 1, "started_at": "2024-01-01", "status": "finished"})
    db["pages"].insert({"id": 1, "url": URL, "source_slug": "alpha", "crawl_id": 1})
    db["reviews"].insert({"id": 1, "page_id": 1, "url": URL, "source_slug": "alpha", "body_text": "old text"})
    db.close()
    with Archive(path) as archive:
        row = archive.db["reviews"].get(1)
        assert row["body_text"] == "old text"
        # not looked for yet: null, which is not "none"
        assert {k: row[k] for k in NOTE_COLUMNS} == dict.fromkeys(NOTE_COLUMNS)
        assert set(NOTE_COLUMNS) <= set(archive.db["review_versions"].columns_dict)
