"""Capture, re-crawl, versions, gone pages, crawl records and re-extraction, end to end.

Two demo blogs are copied to a temporary folder and served on 127.0.0.1; the
WordPress one also offers the REST API and one page asking not to be archived.
The real `shelfmark crawl` runs three times: a first crawl, a re-crawl of the
unchanged sites, and a re-crawl after one review was edited and another post
deleted. The servers are closed before any test looks, so re-extraction can
only read the WARC files.
"""

from __future__ import annotations

import gzip

import hashlib
import json
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive.captures import read_capture, warc_dir
from archive.serve import make_datasette
from scraper.extract import EXTRACTOR_VERSION
from shelfmark.demo.server import serve_sites

from tests.archivist_sites import bump_lastmod, copy_sites, crawl, paths, rows, shelfmark, write_sources

SLUGS = ["quiet-shelf", "ghost-pages"]
PIRANESI = "/2025/03/02/piranesi-by-susanna-clarke/"
SECRET_HISTORY = "/2025/02/08/review-the-secret-history-donna-tartt/"
LEFT_HAND = "/2025/03/14/the-left-hand-of-darkness-by-ursula-k-le-guin/"
NOARCHIVE = "/notes-kept-private/"
OLD_SENTENCE = "The Other is clearly lying about something."
NEW_SENTENCE = "The Other, it turns out, has been lying since his very first visit."
WARCIO = str(Path(sys.executable).parent / "warcio")


def _offer_rest_api(site: Path) -> None:
    """The WordPress REST API's post list (link and modified date), as the sitemap dates them."""
    sitemap = (site / "wp-sitemap-posts-post-1.xml").read_text(encoding="utf-8")
    posts = [{"link": loc, "modified_gmt": mod[:19]}
             for loc, mod in re.findall(r"<loc>([^<]+)</loc>\s*<lastmod>([^<]+)</lastmod>", sitemap)]
    (site / "_wp-posts.json").write_text(json.dumps(posts), encoding="utf-8")
    (site / "_routes.json").write_text(json.dumps({"/wp-json/wp/v2/posts": "_wp-posts.json"}), encoding="utf-8")


def _add_noarchive_page(site: Path) -> None:
    page = site / NOARCHIVE.strip("/")
    page.mkdir()
    page.joinpath("index.html").write_text(
        "<html><head><title>Notes kept private</title><meta name='robots' content='noindex, noarchive'></head>"
        "<body><article><div class='entry-content'><p>Reading notes the author shares but asks us not to keep.</p>"
        "</div></article></body></html>", encoding="utf-8")
    home = site / "index.html"
    home.write_text(home.read_text(encoding="utf-8").replace(
        "</body>", f'<a href="{{{{BASE}}}}{NOARCHIVE}">Private notes</a></body>'), encoding="utf-8")


def _edit_and_delete(site: Path) -> None:
    page = site / PIRANESI.strip("/") / "index.html"
    text = page.read_text(encoding="utf-8")
    assert OLD_SENTENCE in text
    page.write_text(text.replace(OLD_SENTENCE, NEW_SENTENCE), encoding="utf-8")
    # the engine dates the edit now, after the crawls that archived the old text
    bump_lastmod(site / "wp-sitemap-posts-post-1.xml", PIRANESI, datetime.now(timezone.utc).isoformat(timespec="seconds"))
    shutil.rmtree(site / SECRET_HISTORY.strip("/"))
    sitemap = site / "wp-sitemap-posts-post-1.xml"
    sitemap.write_text(re.sub(r"<url>\s*<loc>[^<]*" + re.escape(SECRET_HISTORY) + r"</loc>.*?</url>", "",
                              sitemap.read_text(encoding="utf-8"), flags=re.S), encoding="utf-8")
    _offer_rest_api(site)  # the API follows the sitemap: new date for the edit, the deleted post gone


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("archivist")
    root = copy_sites(tmp / "sites", SLUGS)
    _offer_rest_api(root / "quiet-shelf")
    _add_noarchive_page(root / "quiet-shelf")
    db = tmp / "data" / "archive.db"
    runs = []
    with serve_sites(root) as servers:
        sources = write_sources(tmp / "sources.yaml", dict(servers.urls))
        for step in ("first", "unchanged", "edited"):
            if step == "edited":
                _edit_and_delete(root / "quiet-shelf")
            start = len(servers.requests)
            result = crawl(sources, db)
            runs.append({"stdout": result.stdout, "stderr": result.stderr, "requests": servers.requests[start:]})
        urls = dict(servers.urls)
    # the blogs are gone from here on: anything later can only read the archive
    return {"db": db, "sources": sources, "runs": runs, "urls": urls, "tmp": tmp}


def _records(folder: Path):
    for path in sorted(folder.glob("*.warc.gz")):
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                yield path.name, record


# -- 1. raw capture ------------------------------------------------------------------


def test_warc_files_are_named_by_crawl_and_pass_warcio_check(archive):
    folder = warc_dir(archive["db"])
    names = sorted(p.name for p in folder.iterdir() if p.is_file())
    assert names == sorted(f"{crawl:05d}-{slug}-00000.warc.gz" for crawl in (1, 2, 3) for slug in SLUGS)
    check = subprocess.run([WARCIO, "check", "-v", *[str(folder / n) for n in names]], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr[-2000:]
    index = subprocess.run([WARCIO, "index", "-f", "warc-type,warc-target-uri", str(folder / names[0])],
                           capture_output=True, text=True, check=True)
    types = [json.loads(line)["warc-type"] for line in index.stdout.splitlines()]
    assert types[0] == "warcinfo"
    assert types.count("response") == types.count("request") == types.count("metadata") > 10


def test_every_request_and_response_is_captured_with_its_partner(archive):
    records = list(_records(warc_dir(archive["db"])))
    responses = {r.rec_headers.get_header("WARC-Record-ID"): r for _, r in records if r.rec_type in ("response", "revisit")}
    requests = [r for _, r in records if r.rec_type == "request"]
    assert {r.rec_headers.get_header("WARC-Concurrent-To") for r in requests} == set(responses)
    served = sum(len(run["requests"]) for run in archive["runs"])
    assert len(responses) == served - sum(1 for run in archive["runs"] for s, _, p in run["requests"] if p == NOARCHIVE)


def test_every_page_row_points_to_its_capture(archive):
    folder = warc_dir(archive["db"])
    pages = rows(archive["db"], "select * from pages where status = 200 and kind != 'noarchive'")
    assert len(pages) > 20
    for page in pages:
        capture = read_capture(folder, page["warc_file"], page["warc_offset"])
        assert capture.url == page["url"] and capture.status == 200
        assert hashlib.sha256(capture.body).hexdigest() == page["content_hash"]


async def test_datasette_links_a_review_to_its_capture(archive):
    ds = make_datasette(archive["db"])
    (review,) = rows(archive["db"], "select r.id, r.page_id, r.url from reviews r where r.url like ?", [f"%{LEFT_HAND}"])
    page = await ds.client.get(f"/review/{review['id']}")
    assert f'href="/-/capture/{review["page_id"]}"' in page.text
    capture = await ds.client.get(f"/-/capture/{review['page_id']}")
    assert capture.status_code == 200
    import io

    (record,) = list(ArchiveIterator(io.BytesIO(capture.content)))
    assert record.rec_type == "response" and record.rec_headers.get_header("WARC-Target-URI") == review["url"]


def test_noarchive_page_is_recorded_but_never_captured(archive):
    (page,) = rows(archive["db"], "select * from pages where url like ?", [f"%{NOARCHIVE}"])
    assert page["kind"] == "noarchive" and page["warc_file"] is None and "noarchive" in page["reason"]
    captured = {r.rec_headers.get_header("WARC-Target-URI") for _, r in _records(warc_dir(archive["db"])) if r.rec_type == "response"}
    assert page["url"] not in captured
    (record,) = rows(archive["db"], "select dropped_reasons from crawl_sources where crawl_id = 1 and source_slug = 'quiet-shelf'")
    assert json.loads(record["dropped_reasons"])["noarchive"] == 1


# -- 3. incremental re-crawls ------------------------------------------------------------


def test_unchanged_recrawl_asks_only_what_changed_and_costs_little(archive):
    first, second = (rows(archive["db"], "select * from crawl_sources where crawl_id = ? order by source_slug", [n]) for n in (1, 2))
    for before, after in zip(first, second):
        assert after["status"] == "finished"
        assert (after["new"], after["changed"], after["gone"], after["reviews_new"], after["reviews_changed"]) == (0, 0, 0, 0, 0)
        assert after["unchanged"] >= before["new"] - 2, after["source_slug"]
        assert after["bytes"] < before["bytes"] * 0.05, (after["source_slug"], after["bytes"], before["bytes"])
    requested = paths(archive["runs"][1]["requests"], "quiet-shelf")
    # dated by the sitemap and the REST API: not asked for at all
    assert LEFT_HAND not in requested and PIRANESI not in requested
    assert any(p.startswith("/wp-json/wp/v2/posts") for p in requested)
    second = [r for name, r in _records(warc_dir(archive["db"])) if name.startswith("00002-")
              and r.rec_type in ("response", "revisit") and not r.rec_headers.get_header("WARC-Target-URI").endswith("/robots.txt")]
    # every archived page, feed, sitemap and API listing answered 304, written as a revisit of
    # its capture; engine paths that were missing and links dead last time are not asked again
    assert second and {r.rec_type for r in second} == {"revisit"}
    assert {r.rec_headers.get_header("WARC-Profile") for r in second} == {"http://netpreserve.org/warc/1.1/revisit/server-not-modified"}
    originals = {r.rec_headers.get_header("WARC-Record-ID") for name, r in _records(warc_dir(archive["db"]))
                 if name.startswith("00001-") and r.rec_type == "response"}
    assert {r.rec_headers.get_header("WARC-Refers-To") for r in second} <= originals
    assert "reviews new 0, changed 0" in archive["runs"][1]["stdout"]


def test_conditional_requests_carry_the_archived_validators(archive):
    requests = [r for name, r in _records(warc_dir(archive["db"])) if name.startswith("00002-quiet-shelf") and r.rec_type == "request"]
    home = next(r for r in requests if r.rec_headers.get_header("WARC-Target-URI").endswith(archive["urls"]["quiet-shelf"] + "/"))
    (page,) = rows(archive["db"], "select etag from pages where url = ?", [archive["urls"]["quiet-shelf"] + "/"])
    assert home.http_headers.get_header("If-None-Match") == page["etag"]


# -- 4. versions and gone pages -------------------------------------------------------------


def test_an_edited_review_becomes_a_new_version_and_the_old_one_stays(archive):
    (review,) = rows(archive["db"], "select id, body_text from reviews where url like ?", [f"%{PIRANESI}"])
    versions = rows(archive["db"], "select * from review_versions where review_id = ? order by version", [review["id"]])
    assert [v["version"] for v in versions] == [1, 2]
    assert OLD_SENTENCE in versions[0]["body_text"] and NEW_SENTENCE in versions[1]["body_text"]
    assert NEW_SENTENCE in review["body_text"] and versions[1]["crawl_id"] == 3
    others = rows(archive["db"], "select review_id, count(*) n from review_versions where review_id != ? group by review_id", [review["id"]])
    assert others and all(r["n"] == 1 for r in others)
    diff = shelfmark("changes", str(review["id"]), "--db", str(archive["db"]))
    assert diff.returncode == 0, diff.stderr
    assert f"-{OLD_SENTENCE}" in diff.stdout and f"+{NEW_SENTENCE}" in diff.stdout


async def test_each_version_opens_the_capture_it_was_read_from(archive):
    """A reader of version 1 of an edited review opens the archived copy of version 1's page, not the latest one."""
    (review,) = rows(archive["db"], "select id, page_id from reviews where url like ?", [f"%{PIRANESI}"])
    pid, ds = review["page_id"], make_datasette(archive["db"])
    old = await ds.client.get(f"/-/capture/{pid}/view?version=1")
    new = await ds.client.get(f"/-/capture/{pid}/view?version=2")
    latest = await ds.client.get(f"/-/capture/{pid}/view")
    assert old.status_code == new.status_code == latest.status_code == 200
    assert OLD_SENTENCE in old.text and NEW_SENTENCE not in old.text
    assert NEW_SENTENCE in new.text and NEW_SENTENCE in latest.text and OLD_SENTENCE not in latest.text
    assert f'href="/-/capture/{pid}?version=1" class="warc"' in old.text
    record = await ds.client.get(f"/-/capture/{pid}?version=1")
    assert record.status_code == 200 and "-v1.warc.gz" in record.headers["content-disposition"]
    assert OLD_SENTENCE.encode() in gzip.decompress(record.content)
    page = (await ds.client.get(f"/review/{review['id']}?version=1")).text
    assert f'href="/-/capture/{pid}/view?version=1" class="capture">Archived copy of version 1</a>' in page
    assert f'href="/-/capture/{pid}/view?version=2" class="capture">archived copy</a>' in page
    for bad in ("9", "x"):
        missing = await ds.client.get(f"/-/capture/{pid}/view?version={bad}")
        assert missing.status_code == 404 and "no review with that version" in missing.text


def test_a_deleted_post_is_marked_gone_never_deleted(archive):
    (page,) = rows(archive["db"], "select * from pages where url like ?", [f"%{SECRET_HISTORY}"])
    assert page["status"] == 404 and page["gone_at"] and page["warc_file"], dict(page)
    (review,) = rows(archive["db"], "select gone_at, body_text from reviews where page_id = ?", [page["id"]])
    assert review["gone_at"] == page["gone_at"] and len(review["body_text"]) > 500
    assert read_capture(warc_dir(archive["db"]), page["warc_file"], page["warc_offset"]).status == 200


# -- 6. crawl records -------------------------------------------------------------------


async def test_each_run_and_source_leaves_a_record_browsable_in_datasette(archive):
    crawls = rows(archive["db"], "select * from crawls order by id")
    assert [c["status"] for c in crawls] == ["finished"] * 3
    assert all(c["finished_at"] >= c["started_at"] for c in crawls)
    (third,) = rows(archive["db"], "select * from crawl_sources where crawl_id = 3 and source_slug = 'quiet-shelf'")
    # changed: the edited post, and the sitemap and API listing that re-date it
    assert (third["changed"], third["gone"], third["reviews_changed"]) == (3, 1, 1)
    assert third["fetched"] > 0 and third["bytes"] > 0 and third["finished_at"]
    reasons = json.loads(rows(archive["db"], "select dropped_reasons from crawl_sources where crawl_id = 1 and source_slug = 'quiet-shelf'")[0][0])
    assert reasons["a trap parameter (print=)"] > 0 and reasons["robots.txt or middleware"] >= 1
    ds = make_datasette(archive["db"])
    data = (await ds.client.get("/archive/crawl_sources.json", params={"_shape": "array", "crawl_id": 3})).json()
    assert {r["source_slug"] for r in data} == set(SLUGS)


# -- 2. re-extraction from the WARC files alone ------------------------------------------------


def test_reextract_rebuilds_pages_and_reviews_from_warc_alone(archive, tmp_path):
    db = tmp_path / "copy" / "archive.db"
    db.parent.mkdir()
    shutil.copy(archive["db"], db)
    shutil.copytree(warc_dir(archive["db"]), warc_dir(db))
    truth = {r["url"]: r["body_text"] for r in rows(db, "select url, body_text from reviews")}
    (piranesi,) = rows(db, "select id from reviews where url like ?", [f"%{PIRANESI}"])
    (lost,) = rows(db, "select id, url from reviews where url like ?", [f"%{LEFT_HAND}"])
    import sqlite3

    with sqlite3.connect(db) as conn:  # an older, worse extractor made these rows; one review was never found
        conn.execute("update pages set extractor_version = '0.9'")
        conn.execute("update reviews set body_text = 'stale', body_markdown = 'stale', extractor_version = '0.9'")
        conn.execute("update review_versions set body_text = 'stale', extractor_version = '0.9'")
        conn.execute("delete from review_versions where review_id = ?", [lost["id"]])
        conn.execute("delete from reviews where id = ?", [lost["id"]])
        conn.execute("update pages set kind = 'other', is_review = 0 where url = ?", [lost["url"]])
    result = shelfmark("reextract", "--db", str(db), "--sources", str(archive["sources"]))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "re-extracted" in result.stdout
    rebuilt = {r["url"]: r["body_text"] for r in rows(db, "select url, body_text from reviews")}
    assert rebuilt == truth
    assert {r[0] for r in rows(db, "select distinct extractor_version from reviews")} == {EXTRACTOR_VERSION}
    assert {r[0] for r in rows(db, "select distinct extractor_version from pages where warc_file is not null "
                                    "and kind not in ('feed', 'sitemap', 'api')")} == {EXTRACTOR_VERSION}
    versions = rows(db, "select version, body_text, extractor_version from review_versions where review_id = ? order by version", [piranesi["id"]])
    assert OLD_SENTENCE in versions[0]["body_text"] and NEW_SENTENCE in versions[1]["body_text"]
    assert {v["extractor_version"] for v in versions} == {EXTRACTOR_VERSION}



def test_reextract_keeps_a_review_it_no_longer_reads_as_one(archive, tmp_path):
    """A better classifier reads as a non-review a page an older one took for a review: the review and its
    versions stay, marked, and leave what readers see."""
    import sqlite3

    from archive import counts
    from archive.store import Archive

    db = tmp_path / "copy" / "archive.db"
    db.parent.mkdir()
    shutil.copy(archive["db"], db)
    shutil.copytree(warc_dir(archive["db"]), warc_dir(db))
    (page,) = rows(db, "select id, url, source_slug, kind from pages where warc_file is not null and status = 200 and "
                       "is_review = 0 and kind in ('list', 'about', 'announcement', 'other') order by id limit 1")
    words = "Mistaken for a review by an older extractor, quillwort and all."
    with sqlite3.connect(db) as conn:
        conn.execute("update pages set kind = 'review', is_review = 1, extractor_version = '0.9' where id = ?", [page["id"]])
        review_id = conn.execute(
            "insert into reviews (page_id, url, source_slug, title, body_text, body_markdown, content_hash, extractor_version) "
            "values (?, ?, ?, 'Not a review', ?, ?, ?, '0.9')",
            [page["id"], page["url"], page["source_slug"], words, words, hashlib.sha256(words.encode()).hexdigest()]).lastrowid
        conn.execute("insert into review_versions (review_id, version, body_text, content_hash) values (?, 1, ?, 'x')",
                     [review_id, words])
    found = lambda: [r[0] for r in rows(db, "select rowid from reviews_fts where reviews_fts match 'quillwort'")]  # noqa: E731
    assert found() == [review_id]
    result = shelfmark("reextract", "--db", str(db), "--sources", str(archive["sources"]))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "reviews unreviewed 1" in result.stdout
    (kept,) = rows(db, "select body_text, unreviewed_at, unreviewed_kind from reviews where id = ?", [review_id])
    assert kept["body_text"] == words and kept["unreviewed_at"] and kept["unreviewed_kind"] == page["kind"]
    assert rows(db, "select kind from pages where id = ?", [page["id"]])[0]["kind"] == page["kind"]
    assert len(rows(db, "select 1 from review_versions where review_id = ?", [review_id])) == 1
    assert found() == []
    assert rows(db, "select 1 from review_index where review_id = ?", [review_id]) == []
    with Archive(db) as kept_archive:
        for table in counts.FILL_ORDER:
            assert counts.kept(kept_archive.db, table) == counts.fresh(kept_archive.db, table), table

@pytest.mark.parametrize("workers", [0, 2])
def test_reextract_reports_each_capture_it_cannot_read_and_does_the_rest(archive, tmp_path, workers):
    """A missing WARC file behind one page and an offset past the end of its file behind one older version: each is reported by
    its URL, its rows are left as they were, and every other page and version is re-extracted, whether the
    pages go to the workers ten at a time or are read in this process."""
    import sqlite3

    from scraper.reextract import reextract
    from scraper.sources import load_sources

    db = tmp_path / "copy" / "archive.db"
    db.parent.mkdir()
    shutil.copy(archive["db"], db)
    shutil.copytree(warc_dir(archive["db"]), warc_dir(db))
    (broken_page,) = rows(db, "select id, url from pages where url like ?", [f"%{LEFT_HAND}"])
    (old,) = rows(db, "select v.id, r.url from review_versions v join reviews r on r.id = v.review_id "
                      "where r.url like ? and v.version = 1", [f"%{PIRANESI}"])
    with sqlite3.connect(db) as conn:
        conn.execute("update pages set extractor_version = '0.9'")
        conn.execute("update review_versions set body_text = 'stale', extractor_version = '0.9'")
        conn.execute("update pages set warc_file = 'moved-away.warc.gz' where id = ?", [broken_page["id"]])
        conn.execute("update review_versions set warc_offset = 1000000000 where id = ?", [old["id"]])  # past the end
    eligible = rows(db, "select count(*) n from pages where warc_file is not null "
                        "and coalesce(kind, '') not in ('feed', 'sitemap', 'api', 'unparsed', 'not-html', 'noarchive')")[0]["n"]
    older = rows(db, "select count(*) n from review_versions v where warc_file is not null and version < "
                     "(select max(version) from review_versions w where w.review_id = v.review_id)")[0]["n"]
    summary = reextract(str(db), load_sources(archive["sources"]), workers=workers)
    assert summary.unreadable == [broken_page["url"], old["url"]]
    assert (summary.pages, summary.versions) == (eligible - 1, older - 1)
    assert rows(db, "select extractor_version from pages where id = ?", [broken_page["id"]])[0][0] == "0.9"
    assert rows(db, "select body_text from review_versions where id = ?", [old["id"]])[0][0] == "stale"
    done = rows(db, "select distinct extractor_version from pages where warc_file is not null and id != ? "
                    "and kind not in ('feed', 'sitemap', 'api')", [broken_page["id"]])
    assert [r[0] for r in done] == [EXTRACTOR_VERSION]
    stale = rows(db, "select v.id from review_versions v join reviews r on r.id = v.review_id "
                     "where v.body_text = 'stale' and r.page_id != ?", [broken_page["id"]])
    assert [r[0] for r in stale] == [old["id"]]


def test_an_offset_inside_a_record_is_a_capture_error_naming_the_file(archive):
    """A page row whose offset lands mid-record (a hand-edited or damaged archive): a CaptureError that names the
    file and offset, which reextract reports for that URL, never warcio's own traceback."""
    from archive.captures import CaptureError

    page = rows(archive["db"], "select warc_file, warc_offset from pages where status = 200 and kind != 'noarchive'")[0]
    with pytest.raises(CaptureError, match=rf"{re.escape(page['warc_file'])} at {page['warc_offset'] + 3}: not a readable WARC record"):
        read_capture(warc_dir(archive["db"]), page["warc_file"], page["warc_offset"] + 3)


def test_reextract_of_one_source_leaves_the_others_versions_alone(archive, tmp_path):
    """`shelfmark reextract SLUG` rebuilds that source's pages and older review versions, and no other source's;
    a slug the archive does not hold is refused by name before anything is written."""
    import sqlite3

    db = tmp_path / "copy" / "archive.db"
    db.parent.mkdir()
    shutil.copy(archive["db"], db)
    shutil.copytree(warc_dir(archive["db"]), warc_dir(db))
    with sqlite3.connect(db) as conn:
        conn.execute("update pages set extractor_version = '0.9'")
        conn.execute("update review_versions set body_text = 'stale', extractor_version = '0.9'")
    older = ("select r.source_slug, v.body_text, v.extractor_version from review_versions v join reviews r on r.id = v.review_id "
             "where v.warc_file is not null and v.version < (select max(version) from review_versions w where w.review_id = v.review_id)")
    assert {r["source_slug"] for r in rows(db, older)} == {"quiet-shelf"}  # the edited blog has older versions

    refused = shelfmark("reextract", "no-such-blog", "--db", str(db), "--sources", str(archive["sources"]))
    assert refused.returncode != 0 and "'no-such-blog'" in refused.stderr and "quiet-shelf" in refused.stderr
    assert {r["extractor_version"] for r in rows(db, "select extractor_version from pages")} == {"0.9"}

    other = shelfmark("reextract", "ghost-pages", "--db", str(db), "--sources", str(archive["sources"]))
    assert other.returncode == 0, other.stderr[-2000:]
    assert "and 0 older versions" in other.stdout
    assert {(r["body_text"], r["extractor_version"]) for r in rows(db, older)} == {("stale", "0.9")}
    assert {r["source_slug"] for r in rows(db, "select source_slug from pages where extractor_version = ?",
                                           [EXTRACTOR_VERSION])} == {"ghost-pages"}

    own = shelfmark("reextract", "quiet-shelf", "--db", str(db), "--sources", str(archive["sources"]))
    assert own.returncode == 0, own.stderr[-2000:]
    rebuilt = rows(db, older)
    assert rebuilt and all(r["body_text"] != "stale" and r["extractor_version"] == EXTRACTOR_VERSION for r in rebuilt)
