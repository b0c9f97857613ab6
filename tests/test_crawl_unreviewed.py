"""A crawl that finds an archived review is no longer one leaves that in its record (m010).

The Ghost demo blog is copied to a temporary folder and served on 127.0.0.1; the real
`shelfmark crawl` archives it, the blogger turns one review into a short post listing what is
on her nightstand (the sitemap re-dates it), and a second `shelfmark crawl` reads that page
again. The record of each crawl (`crawls`, `crawl_sources`), the printed summary,
`shelfmark status` and Datasette's crawl tables must all say how many reviews the crawl
no longer read as reviews.
"""

from __future__ import annotations

import os

import re
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from archive.serve import make_datasette
from shelfmark.demo.server import serve_sites

from tests.archivist_sites import bump_lastmod, copy_sites, crawl, rows, shelfmark, write_sources

SLUG = "ghost-pages"
GILEAD = "/the-weight-of-a-quiet-house/"
NIGHTSTAND = """<section class="gh-content gh-canvas is-body">
<p>I have taken this post down as a review: I want to reread the book slowly before I say anything more about it,
and what was here no longer says what I think. Instead, here is the pile on my nightstand this spring, in the
order I mean to read it, with a line on why each one made the pile.</p>
<ol>
<li>Gilead, again: a friend says the second reading is the real one.</li>
<li>Plainsong, because two old brothers farming cattle on the plains sounds like the right company for April.</li>
<li>Jayber Crow, which a reader of this blog has recommended to me three times now.</li>
<li>Olive Kitteridge, for the bus, since each chapter stands alone.</li>
<li>My Antonia, which I have owned for ten years without opening.</li>
</ol>
<p>I will write about whichever of them I finish first. What is on your own pile this spring?</p>
</section>"""


def _unreview(site: Path) -> None:
    """The blogger rewrites the Gilead review as a list of what she is reading; the engine re-dates it."""
    page = site / GILEAD.strip("/") / "index.html"
    text = page.read_text(encoding="utf-8")
    text, reviews = re.subn(r'<script type="application/ld\+json">\{[^<]*"@type": "Review".*?</script>', "", text, flags=re.S)
    text, bodies = re.subn(r'<section class="gh-content gh-canvas is-body">.*?</section>', NIGHTSTAND, text, count=1, flags=re.S)
    assert (reviews, bodies) == (1, 1)
    served = page.stat().st_mtime
    page.write_text(text.replace("The weight of a quiet house</", "On my nightstand this spring</"), encoding="utf-8")
    # HTTP dates count whole seconds: a rewrite within the second the copy was made would answer the crawl's
    # If-Modified-Since with 304 (the test then failed now and then); the edit is dated two seconds ahead
    edited = max(served, time.time()) + 2
    os.utime(page, (edited, edited))
    # the sitemap's date counts whole seconds too: "now" could fall in the second the first crawl fetched the page
    # and read as no change, so the engine's date is two seconds ahead
    bump_lastmod(site / "sitemap-posts.xml", GILEAD, (datetime.now(timezone.utc) + timedelta(seconds=2)).isoformat(timespec="seconds"))


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("unreviewed-crawl")
    root = copy_sites(tmp / "sites", [SLUG])
    db = tmp / "data" / "archive.db"
    with serve_sites(root) as servers:
        sources = write_sources(tmp / "sources.yaml", dict(servers.urls))
        first = crawl(sources, db)
        _unreview(root / SLUG)
        second = crawl(sources, db)
    status = shelfmark("status", "--sources", str(sources), "--db", str(db))
    assert status.returncode == 0, status.stderr[-2000:]
    return {"db": db, "stdout": [first.stdout, second.stdout], "status": status.stdout}


def test_the_review_is_kept_marked(crawled):
    (review,) = rows(crawled["db"], "select r.unreviewed_at, r.unreviewed_kind, r.body_text, p.kind from reviews r "
                                    "join pages p on p.id = r.page_id where r.url like ?", [f"%{GILEAD}"])
    assert review["unreviewed_at"] and review["unreviewed_kind"] == review["kind"] != "review"
    assert "quiet house" in review["body_text"] or "prairie" in review["body_text"]  # the review's text, not the list's


def test_each_crawl_records_how_many_reviews_it_no_longer_read_as_reviews(crawled):
    sources = rows(crawled["db"], "select crawl_id, reviews_unreviewed, non_reviews, changed from crawl_sources order by crawl_id")
    assert [(r["crawl_id"], r["reviews_unreviewed"]) for r in sources] == [(1, 0), (2, 1)]
    assert sources[1]["non_reviews"] >= 1 and sources[1]["changed"] >= 1
    crawls = rows(crawled["db"], "select id, status, reviews_unreviewed from crawls order by id")
    assert [tuple(c) for c in crawls] == [(1, "finished", 0), (2, "finished", 1)]


def test_the_crawl_summary_and_status_show_it(crawled):
    first, second = crawled["stdout"]
    assert "no longer reviews 0;" in first and "no longer reviews:" not in first
    assert re.search(r"^crawl 2 finished: .*, no longer reviews 1; non-reviews \d+;", second, flags=re.M), second
    assert f"  {SLUG}: no longer reviews: 1, kept and marked (reviews.unreviewed_at)" in second
    (line,) = [line for line in crawled["status"].splitlines() if line.startswith(SLUG)]
    assert line.split()[1] == "#2" and ", no longer reviews 1" in line, crawled["status"]


async def test_datasette_crawl_tables_show_it(crawled):
    ds = make_datasette(crawled["db"])
    records = (await ds.client.get("/archive/crawl_sources.json", params={"_shape": "array", "crawl_id": 2})).json()
    assert [(r["source_slug"], r["reviews_unreviewed"]) for r in records] == [(SLUG, 1)]
    (run,) = (await ds.client.get("/archive/crawls.json", params={"_shape": "array", "id": 2})).json()
    assert run["reviews_unreviewed"] == 1
    page = await ds.client.get("/archive/crawl_sources")
    assert page.status_code == 200 and 'data-column="reviews_unreviewed"' in page.text
