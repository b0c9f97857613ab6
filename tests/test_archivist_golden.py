"""`shelfmark check`: golden pages per source, end to end, on a served blog that changes its theme.

The WordPress demo blog is copied to a temporary folder and served on 127.0.0.1. The real `shelfmark`
command crawls it, records a golden baseline (`check --save`) and checks it: no drift. Then the blog
changes its theme (new class names for the post body, share bar, related posts and sign-up box).
`check --live` sees the drift before any crawl writes it; after a re-crawl, `check` sees it in the
archive, page by page and field by field, while `check --baseline-captures` (the old captures, the
same extractor) still finds none.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import pytest

from scraper.golden import Expect, compare, similarity
from shelfmark.demo.server import serve_sites

from tests.archivist_sites import copy_sites, crawl, rows, shelfmark, write_sources

SLUG = "quiet-shelf"
PIRANESI = "/2025/03/02/piranesi-by-susanna-clarke/"
GOLDEN_YAML = f"""golden:
  - url: "{{base}}{PIRANESI}"
    is_review: true
    book_title: Piranesi
    book_author: Susanna Clarke
    rating: 4/5
    contains: ["Some books you read and some books you wander around in"]
    absent: ["Subscribe to get the latest posts", "Share this:"]
"""
# The new theme renames the post body and the Jetpack blocks, and opens every post with a strip of its own:
# reading time, a sign-up line and an audio player's note. The cleaner knows none of it.
RENAMED = {'<div class="entry-content">': '<div class="story__text">', "sharedaddy": "share-strip",
           "jp-relatedposts": "further-reading", "wp-block-jetpack-subscriptions": "signup-panel"}
STRIP = ('<div class="story-top"><p class="story-meta">A three minute read, filed under fantasy, with a cup of something warm.</p>'
         '<p>Subscribe to get the latest posts sent to your email: new reviews every other Sunday, never anything else.</p>'
         '<p>Listen to this review: the audio version is read aloud by the author and runs a little under four minutes.</p></div>')


def _change_theme(site) -> int:
    changed = 0
    for page in site.glob("2025/*/*/*/index.html"):
        text = page.read_text(encoding="utf-8")
        new = text.replace('<div class="entry-content">', '<div class="entry-content">' + STRIP, 1)
        for old, replacement in RENAMED.items():
            new = new.replace(old, replacement)
        if new != text:
            page.write_text(new, encoding="utf-8")
            changed += 1
    # the engine re-dates every post when the theme is saved (as a cache-busting plugin does)
    sitemap = site / "wp-sitemap-posts-post-1.xml"
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    sitemap.write_text(re.sub(r"<lastmod>[^<]*</lastmod>", f"<lastmod>{now}</lastmod>", sitemap.read_text(encoding="utf-8")),
                       encoding="utf-8")
    return changed


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("golden")
    root = copy_sites(tmp / "sites", [SLUG])
    db = tmp / "data" / "archive.db"
    out = {"db": db, "tmp": tmp}
    with serve_sites(root) as servers:
        base = servers.urls[SLUG]
        out["base"] = base
        sources = write_sources(tmp / "sources.yaml", {SLUG: base}, {SLUG: GOLDEN_YAML.format(base=base)})
        out["sources"] = sources
        args = ("--sources", str(sources), "--db", str(db))
        crawl(sources, db)
        out["save"] = shelfmark("check", SLUG, "--save", "--pages", "5", *args)
        out["clean"] = shelfmark("check", SLUG, *args)
        out["themed_pages"] = _change_theme(root / SLUG)
        start = len(servers.requests)
        out["live"] = shelfmark("check", SLUG, "--live", *args)
        out["live_requests"] = servers.requests[start:]
        out["before_recrawl"] = shelfmark("check", *args)
        crawl(sources, db)
    out["after"] = shelfmark("check", SLUG, *args)
    out["baseline_captures"] = shelfmark("check", SLUG, "--baseline-captures", *args)
    out["baseline"] = json.loads((tmp / "golden" / f"{SLUG}.json").read_text(encoding="utf-8"))
    return out


def _page_block(stdout: str, url: str) -> str:
    """The report's lines about one page: its status line and the indented drift lines under it."""
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if [w.rstrip(",") for w in line.split()[1:2]] == [url])
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith("        ")), len(lines))
    return "\n".join(lines[start:end])


def test_save_records_a_baseline_of_archived_pages_beside_the_sources_file(run):
    assert run["save"].returncode == 0, run["save"].stderr
    assert f"{SLUG}: 5 golden pages recorded in {run['tmp'] / 'golden' / (SLUG + '.json')}" in run["save"].stdout
    baseline = run["baseline"]
    assert baseline["source"] == SLUG and len(baseline["pages"]) == 5
    kinds = [p["expect"]["is_review"] for p in baseline["pages"]]
    assert kinds.count(True) >= 3 and kinds.count(False) >= 1  # reviews first, other kinds too
    page_rows = {r["url"]: r for r in rows(run["db"], "select url, warc_file, warc_offset, content_hash from pages")}
    for page in baseline["pages"]:
        # the baseline names the first crawl's capture; the re-crawl captured the re-themed posts again
        assert page["capture"]["warc_file"].startswith("00001-")
        if re.search(r"/2025/\d\d/\d\d/", page["url"]):
            assert page_rows[page["url"]]["warc_file"].startswith("00002-")
    review = next(p for p in baseline["pages"] if p["expect"]["is_review"])
    assert review["expect"]["body_text"] and review["expect"]["book_title"]
    # what the cleaner removed from the page becomes phrases that must stay out
    assert any(p["absent"] for p in baseline["pages"])


def test_an_unchanged_blog_has_no_drift(run):
    assert run["clean"].returncode == 0, run["clean"].stdout + run["clean"].stderr
    assert run["clean"].stdout.strip().endswith(f"{SLUG}: no drift")
    golden = {p["url"] for p in run["baseline"]["pages"]} | {run["base"] + PIRANESI}  # recorded, and from sources.yaml
    assert run["clean"].stdout.count("  ok    ") == len(golden)
    assert run["before_recrawl"].returncode == 0, run["before_recrawl"].stdout  # the archive still holds the old theme


def test_live_check_sees_the_new_theme_before_a_crawl_writes_it(run):
    live = run["live"]
    assert run["themed_pages"] >= 5
    assert live.returncode == 1, live.stdout + live.stderr
    piranesi = _page_block(live.stdout, run["base"] + PIRANESI)
    assert piranesi.split()[0] == "DRIFT"
    assert "absent: expected 'Subscribe to get the latest posts', got in the clean text" in piranesi
    assert re.search(r", body 0\.\d\d \(", piranesi)  # the sign-up strip costs some similarity
    assert "the page changed since the baseline" in piranesi
    # politely: robots.txt first, then only the golden pages, once each
    paths = [p for _, _, p in run["live_requests"]]
    golden = {p["url"] for p in run["baseline"]["pages"]} | {run["base"] + PIRANESI}
    assert paths[0] == "/robots.txt" and len(paths) == 1 + len(golden) and len(set(paths)) == len(paths)


def test_after_the_recrawl_the_archive_check_names_each_drifted_page_and_field(run):
    after = run["after"]
    assert after.returncode == 1, after.stdout + after.stderr
    golden = {p["url"] for p in run["baseline"]["pages"]} | {run["base"] + PIRANESI}
    reviews = {p["url"] for p in run["baseline"]["pages"] if p["expect"]["is_review"]} | {run["base"] + PIRANESI}
    assert after.stdout.strip().endswith(f"{SLUG}: drift on {len(reviews)} of {len(golden)} pages")
    assert run["base"] + PIRANESI in {p["url"] for p in run["baseline"]["pages"]}  # the blog has four reviews: all sampled
    piranesi = _page_block(after.stdout, run["base"] + PIRANESI)
    assert piranesi.startswith("  DRIFT") and "capture of " in piranesi and "the page changed since the baseline" in piranesi
    fields = {line.split(":")[0].strip() for line in piranesi.splitlines()[1:]}
    assert fields == {"absent", "added"}  # the book, the rating and the review's own text are still right
    assert "added: expected no text the baseline lacks, got 2 blocks" in piranesi and "'subscribe to get the latest" in piranesi
    # every re-themed review in the baseline drifts the same way, named by its new text; the unchanged home page does not
    for page in run["baseline"]["pages"]:
        block = _page_block(after.stdout, page["url"])
        assert block.split()[0] == ("DRIFT" if page["expect"]["is_review"] else "ok"), block
        if page["expect"]["is_review"]:
            assert "added:" in block and "subscribe to get the latest posts" in block


def test_the_baseline_captures_still_read_the_same_with_this_extractor(run):
    result = run["baseline_captures"]
    assert result.returncode == 0, result.stdout
    assert "same page as the baseline" in result.stdout


def test_check_without_golden_pages_says_how_to_make_some(tmp_path, run):
    sources = write_sources(tmp_path / "sources.yaml", {SLUG: run["base"]})
    result = shelfmark("check", "--sources", str(sources), "--db", str(run["db"]))
    assert result.returncode == 1 and "no source in" in result.stderr and "--save" in result.stderr


# -- compare, on records written here -----------------------------------------------------------------------


def test_compare_names_each_field_that_drifted_and_nothing_else():
    expect = Expect(url="http://a.test/x", is_review=True, kind="review", book_title="Piranesi", book_author="Susanna Clarke",
                    rating=0.8, body_text="the house of endless halls and tides", contains=["endless halls"], absent=["Share this"])
    same = {"is_review": True, "kind": "review", "book_title": "piranesi", "book_author": "Clarke, Susanna", "rating": 0.8,
            "body_text": "The House of endless halls and tides"}
    assert compare(expect, same) == ([], 1.0)
    worse = {"is_review": False, "kind": "listing", "reason": "several post bodies", "book_title": None, "rating": None,
             "body_text": "Share this: the house of halls. Recent posts"}
    drifts, score = compare(expect, worse)
    assert [d.field for d in drifts] == ["is_review", "book", "rating", "body", "added", "lost", "contains", "absent"]
    assert score == pytest.approx(similarity(expect.body_text, worse["body_text"])) and score < 0.9


def test_golden_entries_are_checked_when_the_sources_file_is_read(tmp_path):
    from scraper.sources import SourcesError, parse_sources

    text = ("sources:\n  - slug: a\n    name: A\n    home_url: http://a.test/\n    golden:\n"
            "      - url: http://elsewhere.test/x\n")
    with pytest.raises(SourcesError, match="golden page 'http://elsewhere.test/x' is not on a.test"):
        parse_sources(text, "s.yaml")
    with pytest.raises(SourcesError, match=r"field 'golden.0.rating' 'lots' is not a rating"):
        parse_sources(text.replace("elsewhere.test", "a.test") + "        rating: lots\n", "s.yaml")


def test_a_damaged_baseline_or_a_page_the_archive_lacks_is_named_with_what_to_do(tmp_path, run):
    sources = write_sources(tmp_path / "sources.yaml", {SLUG: run["base"]})
    (tmp_path / "golden").mkdir()
    (tmp_path / "golden" / f"{SLUG}.json").write_text('{"pages": [{"url": "x"', encoding="utf-8")
    damaged = shelfmark("check", SLUG, "--sources", str(sources), "--db", str(run["db"]))
    assert damaged.returncode == 1
    assert f"golden/{SLUG}.json: not a golden baseline" in damaged.stderr and "--save" in damaged.stderr
    missing = shelfmark("check", SLUG, "--save", "--url", run["base"] + "/never-crawled/", "--sources", str(sources),
                        "--db", str(run["db"]))
    assert missing.returncode == 1 and "/never-crawled/: not captured in" in missing.stderr
    no_db = shelfmark("check", SLUG, "--sources", str(sources), "--db", str(tmp_path / "nowhere.db"))
    assert no_db.returncode == 1 and "no such archive" in no_db.stderr
    assert not (tmp_path / "nowhere.db").exists()
