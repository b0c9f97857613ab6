"""9. Consent: a withdrawn source leaves Datasette and exports, stays recoverable, and is not crawled again."""

from __future__ import annotations

import csv
import shutil

import pytest

from archive.serve import make_datasette
from archive.withdraw import sidecar_path
from shelfmark.demo.server import serve_sites
from tests.archivist_sites import copy_sites, crawl, rows, shelfmark, write_sources

SLUGS = ["quiet-shelf", "ghost-pages"]
COUNTS = {
    "pages": "select count(*) from pages where source_slug = ?",
    "reviews": "select count(*) from reviews where source_slug = ?",
    "review_versions": "select count(*) from review_versions v join reviews r on r.id = v.review_id where r.source_slug = ?",
    "sources": "select count(*) from sources where slug = ?",
}


def _counts(db, slug):
    return {name: rows(db, sql, [slug])[0][0] for name, sql in COUNTS.items()}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("withdraw")
    with serve_sites(copy_sites(tmp / "sites", SLUGS)) as servers:
        sources = write_sources(tmp / "sources.yaml", dict(servers.urls))
        db = tmp / "archive.db"
        crawl(sources, db)
        urls = dict(servers.urls)
    return {"db": db, "sources": sources, "urls": urls, "tmp": tmp}


async def test_withdraw_hides_everything_and_restore_brings_it_back(crawled, tmp_path):
    db, ghost = crawled["db"], crawled["urls"]["ghost-pages"]
    before, kept = _counts(db, "ghost-pages"), _counts(db, "quiet-shelf")
    assert before["reviews"] == 4 and before["review_versions"] == 4
    (fts_before,) = rows(db, "select count(*) from reviews_fts")[0]

    no_reason = shelfmark("withdraw", "ghost-pages", "--db", str(db))
    assert no_reason.returncode == 1 and "give the reason" in no_reason.stderr
    result = shelfmark("withdraw", "ghost-pages", "--reason", "the author asked us to take it down", "--db", str(db))
    assert result.returncode == 0, result.stderr

    assert _counts(db, "ghost-pages") == dict.fromkeys(COUNTS, 0)
    assert _counts(db, "quiet-shelf") == kept
    assert rows(db, "select count(*) from reviews_fts")[0][0] == fts_before - 4
    ds = make_datasette(db)
    listed = (await ds.client.get("/archive/reviews.json", params={"_shape": "array", "_size": "max"})).json()
    assert listed and not [r for r in listed if r["url"].startswith(ghost)]
    pages = (await ds.client.get("/archive/pages.json", params={"_shape": "array", "source_slug": "ghost-pages"})).json()
    assert pages == []

    release = shelfmark("export", str(tmp_path / "out"), "--db", str(db))
    assert release.returncode == 0, release.stderr
    (folder,) = (tmp_path / "out").iterdir()
    for path in folder.rglob("*"):
        if path.is_file():
            assert ghost.encode() not in path.read_bytes(), f"{path.name} still holds the withdrawn blog"
    with open(folder / "data" / "reviews.csv", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == kept["reviews"]

    refused = shelfmark("crawl", "ghost-pages", "--sources", str(crawled["sources"]), "--db", str(db))
    assert refused.returncode == 1 and "withdrawn" in refused.stderr and "--restore" in refused.stderr
    status = shelfmark("status", "--sources", str(crawled["sources"]), "--db", str(db))
    assert "withdrawn" in status.stdout and "the author asked" in status.stdout

    assert sidecar_path(db).exists()
    restored = shelfmark("withdraw", "ghost-pages", "--restore", "--db", str(db))
    assert restored.returncode == 0, restored.stderr
    assert _counts(db, "ghost-pages") == before
    assert rows(db, "select count(*) from reviews_fts")[0][0] == fts_before
    assert rows(db, "select count(*) from reviews where source_slug = 'ghost-pages' and book_id is null")[0][0] == 0
    hits = (await make_datasette(db).client.get("/archive/reviews.json", params={"_shape": "array", "_search": "Piranesi"})).json()
    assert any(h["url"].startswith(ghost) for h in hits)


def test_withdrawing_twice_or_an_unknown_source_says_so(crawled, tmp_path):
    db = tmp_path / "archive.db"
    shutil.copy(crawled["db"], db)
    first = shelfmark("withdraw", "quiet-shelf", "--reason", "takedown", "--db", str(db))
    assert first.returncode == 0, first.stderr
    again = shelfmark("withdraw", "quiet-shelf", "--reason", "takedown", "--db", str(db))
    assert again.returncode == 1 and "already withdrawn" in again.stderr
    unknown = shelfmark("withdraw", "no-such-blog", "--reason", "takedown", "--db", str(db))
    assert unknown.returncode == 1 and "no source 'no-such-blog'" in unknown.stderr
