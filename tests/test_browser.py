"""What a reader sees, in a real browser: headless Chromium against a real server.

The archive is built the way readers get one: the bundled demo blogs crawled over
HTTP, plus one review whose HTML carries scripts, event handlers and a
`javascript:` link (saved through `Archive.save_pages`). Datasette runs under
uvicorn on 127.0.0.1, port 0. Chromium prints the DOM after scripts ran
(`--dump-dom`) and takes a screenshot of each page into tests/artifacts/.

Chromium is required, never skipped: `./dev test` installs it on Debian as root.
"""

from __future__ import annotations

import csv
import html as htmlib
import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.reader_archive import HOSTILE_MARKDOWN, add_reviews, review_id, serve_datasette

ARTIFACTS = Path(__file__).parent / "artifacts"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--virtual-time-budget=3000",
]
INSTALL_HINT = (
    "run the suite with ./dev test (as root on Debian it installs them), or: "
    "apt-get install chromium fonts-noto-color-emoji"
)


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail(f"the browser tests need Debian's chromium, which is not installed; {INSTALL_HINT}")
    fonts = subprocess.run(["fc-list"], capture_output=True, text=True).stdout if shutil.which("fc-list") else ""
    if "Emoji" not in fonts:
        pytest.fail(f"no colour emoji font: emoji ratings would render as boxes; {INSTALL_HINT}")
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The demo archive plus a hostile review, served over HTTP; yields (base URL, db path)."""
    from shelfmark.demo.run import build_demo

    db = tmp_path_factory.mktemp("browser") / "demo.db"
    build_demo(db)
    add_reviews(
        db,
        reviews=[("hostile", "http://hostile.test/review", "Hostile markup", "Dangerous Book", "Eve Mallory",
                  "2025-01-02", HOSTILE_MARKDOWN, 0.4)],
        sources=[{"slug": "hostile", "name": "Hostile Blog", "home_url": "http://hostile.test/"}],
    )
    with serve_datasette(db) as (_, base):
        yield base, db


def browse(chromium: str, url: str, shot: str | None = None, size: str = "1280,1000") -> str:
    """The DOM after the page ran, and (when `shot` names one) a screenshot in tests/artifacts/."""
    with tempfile.TemporaryDirectory() as profile:
        common = [chromium, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size}"]
        dom = subprocess.run([*common, "--dump-dom", url], capture_output=True, text=True, timeout=60)
        assert dom.returncode == 0, dom.stderr[-2000:]
        if shot:
            ARTIFACTS.mkdir(exist_ok=True)
            out = ARTIFACTS / shot
            out.unlink(missing_ok=True)
            run = subprocess.run([*common, f"--screenshot={out}", url], capture_output=True, text=True, timeout=60)
            assert run.returncode == 0 and out.stat().st_size > 10_000, run.stderr[-2000:]
    return dom.stdout


def visible_text(dom: str) -> str:
    dom = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S)
    return " ".join(htmlib.unescape(re.sub(r"<[^>]+>", " ", dom)).split())


def test_home_page(chromium, site):
    base, _ = site
    dom = browse(chromium, base + "/", "home.png", "1280,1300")
    text = visible_text(dom)
    assert "Shelfmark" in text and "Newest reviews" in text and "Most reviewed books" in text
    assert "The Left Hand of Darkness" in text
    assert '<form action="/search"' in dom and "<svg" in dom  # search box and the monthly chart


def test_search_folds_accents_and_highlights(chromium, site):
    base, _ = site
    dom = browse(chromium, base + "/search?q=etranger", "search.png")
    text = visible_text(dom)
    assert re.search(r"\b1 review for etranger", text)
    assert "<mark>Étranger</mark>" in dom or "<mark>Étranger</mark>" in dom.replace("&nbsp;", " ")
    assert "Albert Camus" in text


def test_book_page_side_by_side_and_its_export_link(chromium, site):
    base, db = site
    import sqlite3

    with sqlite3.connect(db) as conn:
        book = conn.execute("select id from books where title = 'The Left Hand of Darkness'").fetchone()[0]
        expected = conn.execute("select count(distinct source_slug), count(*) from reviews where book_id = ?", [book]).fetchone()
    dom = browse(chromium, f"{base}/book/{book}", "book.png", "1280,1100")
    cards = re.findall(r'<section class="review-card">(.*?)</section>', dom, re.S)
    assert len(cards) == expected[1] >= 3
    blogs = {re.search(r'href="/blog/([^"]+)"', c).group(1) for c in cards}
    assert len(blogs) == expected[0]
    assert "The Left Hand of Darkness" in visible_text(dom) and re.search(r"average ★+", visible_text(dom))
    # The page's own CSV link, opened in the browser, holds the same reviews.
    href = htmlib.unescape(re.search(r'<a href="([^"]+\.csv[^"]*)">CSV</a>', dom).group(1))
    csv_dom = browse(chromium, base + href, "book-export.png")
    body = htmlib.unescape(re.search(r"<pre[^>]*>(.*?)</pre>", csv_dom, re.S).group(1))
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == expected[1]
    assert {r["source_slug"] for r in rows} == blogs


def test_review_page_reads_as_an_article(chromium, site):
    base, db = site
    import sqlite3

    with sqlite3.connect(db) as conn:
        rid = conn.execute("select id from reviews where title like 'Review: Piranesi%'").fetchone()[0]
    dom = browse(chromium, f"{base}/review/{rid}", "review.png", "1280,1200")
    text = visible_text(dom)
    assert "A review of Piranesi by Susanna Clarke" in text
    assert "Read the original post" in text and "★" in text


def test_hostile_review_renders_inert(chromium, site):
    base, db = site
    rid = review_id(db, "http://hostile.test/review")
    dom = browse(chromium, f"{base}/review/{rid}", "hostile-review.png")
    html_tag = re.search(r"<html[^>]*>", dom).group(0)
    assert "data-pwned" not in html_tag, f"a script from the review ran in the reader's browser: {html_tag}"
    article = re.search(r'<article class="review-article">(.*?)</article>', dom, re.S).group(1).lower()
    for live in ("<script", "onerror", "onclick", "javascript:"):
        assert live not in article, live
    assert "haunting" in article and "styled paragraph" in article
