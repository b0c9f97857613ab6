"""A re-crawl heals an archive whose captures are lost or damaged, and a crawl says plainly what it did.

Two demo blogs served on 127.0.0.1 (port 0) are crawled by the real `shelfmark crawl` (a subprocess): a first
crawl at the default log level, and a re-crawl. Then the archive's `.db` is copied without its `warcs/` folder
(as a user moving an archive might), and another copy keeps its WARC files but with their bytes damaged; each copy
is re-crawled. Every conditional request used to get a 304 whose archived copy could not be read, recorded as "could
not be reached (HTTP 304)", the crawl failed, and every later run did the same.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from archive.captures import read_capture, warc_dir
from shelfmark.demo.server import serve_sites

from tests.archivist_sites import rows, shelfmark, write_sources

SLUGS = ["paper-lanterns", "quiet-shelf"]


def _crawl(sources: Path, db: Path, *extra: str):
    return shelfmark("crawl", "--sources", str(sources), "--db", str(db), "--no-throttle", *extra)


def _copy_db(db: Path, dest: Path) -> Path:
    dest.mkdir(parents=True)
    shutil.copy(db, dest / db.name)
    return dest / db.name


def _damage(db: Path, folder: Path) -> None:
    """Each WARC file cut to half its size (a copy stopped halfway), and the record of one blog's home page, in the
    part kept, overwritten with zeros (a bad disk): its file is there, so the page is asked for conditionally."""
    home = rows(db, "select warc_file, warc_offset from pages where url like '%/' and source_slug = 'quiet-shelf' "
                    "and kind = 'listing' order by length(url) limit 1")[0]
    # and one review's record mid-file (not the last before the cut): its sitemap date must not skip it
    posts = rows(db, "select warc_file, warc_offset from pages where is_review = 1 "
                     "order by warc_offset")
    sizes = {path.name: path.stat().st_size for path in folder.glob("*.warc.gz")}
    cuts = {name: size // 2 for name, size in sizes.items()}
    if not any(p["warc_offset"] + 3000 < cuts[p["warc_file"]] for p in posts if p["warc_file"] in cuts):
        # the crawl's order put every review in the second half of its file: cut one file just after a review's
        # record that has more of the file behind it, so a review is still damaged mid-file
        post = next(p for p in posts if p["warc_file"] in cuts and p["warc_offset"] + 6000 < sizes[p["warc_file"]])
        cuts[post["warc_file"]] = post["warc_offset"] + 3001
    for path in folder.glob("*.warc.gz"):
        data = bytearray(path.read_bytes())
        half = cuts[path.name]
        if path.name == home["warc_file"]:
            assert home["warc_offset"] + 300 < half
            data[home["warc_offset"]:home["warc_offset"] + 300] = bytes(300)
        mid = [p["warc_offset"] for p in posts if p["warc_file"] == path.name and p["warc_offset"] + 3000 < half]
        for offset in mid[:1]:
            data[offset:offset + 300] = bytes(300)
        path.write_bytes(bytes(data[:half]))
    assert any(p["warc_offset"] + 3000 < (folder / p["warc_file"]).stat().st_size for p in posts), "a post damaged"


def _versions(db: Path) -> set[tuple]:
    return {tuple(r) for r in rows(db, "select review_id, version, content_hash, warc_file from review_versions")}


def _latest(db: Path) -> dict:
    return dict(rows(db, "select * from crawls order by id desc limit 1")[0])


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("heals")
    db = tmp / "data" / "archive.db"
    out = {"db": db, "tmp": tmp}
    with serve_sites(slugs=SLUGS) as servers:
        sources = write_sources(tmp / "sources.yaml", dict(servers.urls))
        out["sources"] = sources
        out["first"] = _crawl(sources, db)  # the default log level, as a user runs it
        out["failed"] = [dict(r) for r in rows(db, "select url, error from pages where error is not null")]
        out["again"] = _crawl(sources, db, "--log-level", "WARNING")
        out["versions"] = _versions(db)
        moved = _copy_db(db, tmp / "moved")  # the .db without its warcs/
        out["moved"] = moved
        out["moved_run"] = _crawl(sources, moved, "--log-level", "WARNING")
        out["moved_record"] = _latest(moved)
        out["moved_again"] = _crawl(sources, moved, "--verbose")
        damaged = _copy_db(db, tmp / "damaged")
        shutil.copytree(warc_dir(db), warc_dir(damaged))
        _damage(damaged, warc_dir(damaged))
        out["damaged"] = damaged
        start = len(servers.requests)
        out["damaged_run"] = _crawl(sources, damaged, "--log-level", "WARNING")
        out["damaged_requests"] = servers.requests[start:]
        out["damaged_record"] = _latest(damaged)
    return out


# -- 1. a re-crawl of an archive whose WARC files are lost or damaged heals it ------------------------------------


@pytest.mark.parametrize("copy", ["moved", "damaged"])
def test_a_recrawl_without_readable_captures_finishes_and_says_so(runs, copy):
    result = runs[f"{copy}_run"]
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "HTTP 304" not in result.stdout + result.stderr
    crawl = runs[f"{copy}_record"]
    assert crawl["status"] == "finished"
    assert {r["status"] for r in rows(runs[copy], "select status from crawl_sources where crawl_id = ?",
                                       [crawl["id"]])} == {"finished"}
    # the crawl's record and its summary say which archived copies were fetched again
    counts = json.loads(crawl["counts"])
    for slug in SLUGS:
        assert counts["sources"][slug]["refetched"] > 3, counts["sources"][slug]
        assert f"{slug}: {counts['sources'][slug]['refetched']} pages fetched again in full" in result.stdout


@pytest.mark.parametrize("copy", ["moved", "damaged"])
def test_every_archived_page_has_a_readable_capture_again_and_no_version_is_lost(runs, copy):
    db = runs[copy]
    folder = warc_dir(db)
    pages = rows(db, "select url, warc_file, warc_offset from pages where warc_file is not null and gone_at is null")
    assert len(pages) > 10
    for page in pages:
        assert read_capture(folder, page["warc_file"], page["warc_offset"]).status == 200, page["url"]
    # the old versions keep their rows (and what they name), and no review is doubled or lost
    assert runs["versions"] <= _versions(db)
    assert rows(db, "select count(*) from reviews")[0][0] == rows(runs["db"], "select count(*) from reviews")[0][0]


def test_a_damaged_capture_is_asked_for_once_more_without_validators(runs):
    """The WARC file is there, so the page is asked conditionally; its 304 cannot be shown, so it is asked again."""
    asked = [(slug, path) for slug, _, path in runs["damaged_requests"]]
    home = [a for a in asked if a == ("quiet-shelf", "/")]
    assert len(home) == 2, asked[:20]


def test_the_healed_archive_recrawls_as_before(runs):
    result = runs["moved_again"]
    assert result.returncode == 0, result.stderr[-3000:]
    counts = json.loads(_latest(runs["moved"])["counts"])
    assert not any(s.get("refetched") for s in counts["sources"].values()), counts
    assert "fetched again in full" not in result.stdout


# -- 3. a crawl's own lines, not Scrapy's ~400 -----------------------------------------------------------------


def test_a_crawl_at_the_default_level_prints_progress_not_scrapys_log(runs):
    first = runs["first"]
    assert first.returncode == 0, first.stderr[-3000:]
    assert "[scrapy." not in first.stderr, first.stderr[:3000]
    assert "Overridden settings" not in first.stderr and "Dumping Scrapy stats" not in first.stderr
    assert " progress paper-lanterns: done " in first.stderr  # our progress lines stay
    assert len(first.stderr.splitlines()) < 30, first.stderr


def test_verbose_shows_scrapys_log(runs):
    assert "[scrapy." in runs["moved_again"].stderr
    assert "Dumping Scrapy stats" in runs["moved_again"].stderr


# -- 4. the summary names failed pages, and prints no empty parenthesis -------------------------------------------


def test_the_summary_and_the_record_name_the_failed_pages(runs):
    first = runs["first"]
    failed = runs["failed"]
    assert failed, "the demo blogs link to pages that are not there"
    for page in failed:
        assert f"{page['url']} ({page['error']})" in first.stdout, first.stdout
    counts = json.loads(rows(runs["db"], "select counts from crawls where id = 1")[0][0])
    recorded = [p for s in counts["sources"].values() for p in s["failed_pages"]]
    assert {(p["url"], p["error"]) for p in recorded} == {(p["url"], p["error"]) for p in failed}


def test_a_recrawl_summary_has_no_empty_parenthesis(runs):
    again = runs["again"]
    assert again.returncode == 0, again.stderr[-3000:]
    assert "()" not in again.stdout, again.stdout


# -- 4. `status` with one bad source; `reextract` when no capture can be read --------------------------------------


def test_status_prints_the_good_sources_and_the_bad_ones_mistake(runs):
    sources = runs["tmp"] / "one-bad.yaml"
    text = runs["sources"].read_text(encoding="utf-8")
    sources.write_text(text.replace("    platform: wordpress", "    platfrom: wordpress"), encoding="utf-8")
    result = shelfmark("status", "--sources", str(sources), "--db", str(runs["db"]))
    assert result.returncode == 1
    assert "paper-lanterns" in result.stdout and "last crawl" in result.stdout, result.stdout
    assert "'quiet-shelf': field 'platfrom'" in result.stderr, result.stderr


def test_reextract_all_fails_when_captures_cannot_be_read(runs):
    lost = _copy_db(runs["db"], runs["tmp"] / "reextract")
    result = shelfmark("reextract", "--all", "--db", str(lost), "--sources", str(runs["sources"]))
    assert result.returncode == 1, result.stdout + result.stderr
    said = re.search(r"(\d+) of (\d+) captures could not be read", result.stderr)
    assert said and said[1] == said[2] and int(said[1]) > 10, result.stderr
    assert "no such WARC file" in result.stderr
