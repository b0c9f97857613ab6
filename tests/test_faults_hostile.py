"""Fault suite, 5: hostile HTML and open doors.

- No listening port but Datasette's: a crawl (and its extraction workers) listens
  on nothing, so neither Scrapy's telnet console nor its remote-control server is
  up; `shelfmark serve` listens on the one port it was given. Sockets are read
  from /proc (the process' file descriptors against /proc/net/tcp and tcp6).
- A blog page full of tricks (scripts, event handlers, `javascript:` and `data:`
  links, `<base>`, meta refresh, CSS `url()`, iframes, objects, SVG and MathML,
  forms, autofocus, escaped markup that turns into raw HTML in Markdown) is crawled
  end to end by `shelfmark crawl`; a second review carries the same tricks as raw
  HTML in its Markdown (what a careless extractor could let through). Every trick
  would ask a canary server on 127.0.0.1 for its own path, or change the page's
  title. The pages readers and researchers open (the review, the table row, the
  table, search, the feed, the JSON and CSV links) are checked in the Datasette test
  client and in headless Chromium: the canary must hear nothing.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from archive.serve import database_name
from shelfmark.demo.server import DemoServers, serve_sites
from tests.archivist_sites import ROOT, closed_port, copy_sites, crawl, rows, write_sources
from tests.reader_archive import add_reviews, serve_datasette
from tests.test_browser import browse, chromium  # noqa: F401 - the fixture

# -- listening sockets, read from /proc ----------------------------------------------


def _family(pid: int) -> list[int]:
    """`pid` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    family, todo = [], [pid]
    while todo:
        current = todo.pop()
        family.append(current)
        todo += children.get(current, [])
    return family


def listening_ports(pid: int) -> set[int]:
    """TCP ports the process `pid` or any of its children listens on."""
    inodes = set()
    for member in _family(pid):
        try:
            for fd in os.listdir(f"/proc/{member}/fd"):
                target = os.readlink(f"/proc/{member}/fd/{fd}")
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:  # gone meanwhile
            continue
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def test_a_crawl_listens_on_no_port(tmp_path):
    with serve_sites(copy_sites(tmp_path / "sites", ["quiet-shelf"])) as servers:
        sources = write_sources(tmp_path / "sources.yaml", dict(servers.urls),
                                {"quiet-shelf": "politeness:\n  download_delay: 0.2\n"})
        proc = subprocess.Popen([sys.executable, "-m", "shelfmark.cli", "crawl", "--sources", str(sources),
                                 "--db", str(tmp_path / "a.db"), "--log-level", "ERROR"], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples, members = [], 0
        try:
            deadline = time.monotonic() + 90
            while proc.poll() is None and time.monotonic() < deadline:
                if len(servers.requests) >= 2:  # the engine is up: telnet and remote control would be too
                    samples.append(listening_ports(proc.pid))
                    members = max(members, len(_family(proc.pid)))
                time.sleep(0.1)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=30)
    assert proc.returncode == 0
    assert len(samples) >= 5 and members >= 2, "too few looks at the crawl (and its workers) while it ran"
    assert all(s == set() for s in samples), f"the crawl listens on {set().union(*samples)}"


def test_serve_listens_on_its_own_port_only(tmp_path):
    db = tmp_path / "a.db"
    add_reviews(db)
    port = closed_port()
    proc = subprocess.Popen([sys.executable, "-m", "shelfmark.cli", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (ports := listening_ports(proc.pid)) and time.monotonic() < deadline:
            assert proc.poll() is None, "shelfmark serve ended"
            time.sleep(0.1)
        time.sleep(0.5)  # anything else it would open, it opens at start
        ports = listening_ports(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert ports == {port}


# -- hostile pages ---------------------------------------------------------------

REVIEW_PATH = "/2025/01/02/the-locked-house/"


def hostile_post(c: str) -> str:
    """A blog post whose every trick would request `c` + its own path if it ran."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>The Locked House by Mara Quill – Hostile Reads</title>
<meta name="generator" content="WordPress 6.7.2">
<base href="{c}/base/">
<meta http-equiv="refresh" content="30;url={c}/meta-refresh">
<link rel="stylesheet" href="{c}/head-css">
<script>fetch('{c}/head-script')</script>
</head><body class="post-template-default single single-post">
<article class="post type-post status-publish hentry category-reviews">
<header class="entry-header"><h1 class="entry-title">The Locked House by Mara Quill</h1>
<div class="entry-meta"><span class="author vcard">Eve Mallory</span>
<time class="entry-date published" datetime="2025-01-02T10:00:00+00:00">January 2, 2025</time></div></header>
<div class="entry-content">
<p>Rating: 4/5</p>
<p>The Locked House is a haunting novel about a family that seals every door of its home and waits out a long
winter together. Quill writes rooms the way other writers write people.</p>
<p>A reader once sent me this, printed as she wrote it: &lt;script&gt;fetch('{c}/escaped-script')&lt;/script&gt; and
&lt;img src=x onerror="fetch('{c}/escaped-img')"&gt; and [a link](javascript:fetch('{c}/escaped-md')).</p>
<script>fetch('{c}/body-script'); document.title = 'pwned-script';</script>
<p>Her sentences are patient.<img src="x" onerror="fetch('{c}/img-onerror')"> The mother keeps a ledger of every
sound the house makes.</p>
<p>I wrote about the ending <a href="javascript:fetch('{c}/js-href')">in a spoiler note</a>, and the cover is
<a href="data:text/html;base64,PHNjcmlwdD5mZXRjaCgnL2RhdGEnKTwvc2NyaXB0Pg==">here as data</a>.</p>
<p style="background-image:url({c}/style-attr)" onmouseover="fetch('{c}/mouseover')">The middle chapters drag a
little, but the last forty pages are as tense as anything I read this year.</p>
<style>body {{ background: url({c}/style-tag); }}</style>
<iframe src="{c}/iframe" width="300" height="200"></iframe>
<object data="{c}/object"></object><embed src="{c}/embed">
<svg width="10" height="10" onload="fetch('{c}/svg-onload')"><a href="javascript:fetch('{c}/svg-href')"><text y="9">s</text></a></svg>
<math><mtext><a href="javascript:fetch('{c}/mathml')">m</a></mtext></math>
<video poster="{c}/video-poster" src="{c}/video"></video>
<p>The ending earns its silence.</p>
<form action="{c}/form"><input name="q" autofocus onfocus="fetch('{c}/autofocus')"><button formaction="javascript:fetch('{c}/formaction')">Go</button></form>
</div>
<footer class="entry-footer"><span class="cat-links"><a href="/category/reviews/" rel="category tag">Reviews</a></span></footer>
</article>
<script>fetch('{c}/tail-script')</script>
</body></html>
"""


def hostile_markdown(c: str) -> str:
    """The same tricks as raw HTML inside Markdown, which Markdown passes through untouched."""
    return f"""A *haunting* book, reviewed by someone careless.

<script>fetch('{c}/md-script'); document.title = 'pwned-md'</script>

<img src="x" onerror="fetch('{c}/md-onerror')">

[spoilers](javascript:fetch('{c}/md-js-href')) and [data](data:text/html,<script>fetch('{c}/md-data')</script>)

<p style="background:url({c}/md-style-attr)" onclick="fetch('{c}/md-onclick')">styled paragraph</p>

<style>body {{ background: url({c}/md-style-tag) }}</style>

<iframe src="{c}/md-iframe"></iframe><object data="{c}/md-object"></object><embed src="{c}/md-embed">

<svg onload="fetch('{c}/md-svg')"></svg><math><a href="javascript:fetch('{c}/md-math')">m</a></math>

<base href="{c}/md-base/"><meta http-equiv="refresh" content="0;url={c}/md-refresh"><link rel="stylesheet" href="{c}/md-css">

<form action="{c}/md-form"><input autofocus onfocus="fetch('{c}/md-autofocus')"></form>

<details open ontoggle="fetch('{c}/md-ontoggle')"><summary>x</summary></details>

<a href="{c}/md-plain-link">an ordinary link (followed only if a reader clicks)</a>
"""


def write_hostile_blog(folder: Path, canary: str) -> Path:
    site = folder / "hostile-reads"
    (site / REVIEW_PATH.strip("/")).mkdir(parents=True)
    (site / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    (site / "index.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hostile Reads</title>'
        '<meta name="generator" content="WordPress 6.7.2"></head><body><main>'
        f'<article class="post"><h2 class="entry-title"><a href="{{{{BASE}}}}{REVIEW_PATH}">The Locked House by Mara Quill</a>'
        f"</h2></article><script>fetch('{canary}/home-script')</script></main></body></html>", encoding="utf-8")
    (site / REVIEW_PATH.strip("/") / "index.html").write_text(hostile_post(canary), encoding="utf-8")
    return folder


@dataclass
class Hostile:
    canary: DemoServers  # its request log is what the browser test reads
    db: Path
    ds: object  # the Datasette, for its test client
    base: str  # the same Datasette over HTTP, for Chromium
    ids: tuple[int, int]  # the crawled review, the raw-HTML Markdown one
    original: str  # the hostile post on its own blog


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile blog crawled into an archive (plus the raw-HTML Markdown review), served by Datasette."""
    tmp = tmp_path_factory.mktemp("hostile")
    (tmp / "canary-site" / "canary").mkdir(parents=True)
    with serve_sites(tmp / "canary-site") as canary:
        c = canary.urls["canary"] + "/c"
        with serve_sites(write_hostile_blog(tmp / "sites", c)) as blog:
            db = tmp / "data" / "hostile.db"
            crawl(write_sources(tmp / "sources.yaml", dict(blog.urls)), db)
            url = blog.urls["hostile-reads"] + REVIEW_PATH
            add_reviews(db, reviews=[("careless", "http://careless.test/review", "Careless markup", "The Locked House",
                                  "Mara Quill", "2025-01-03", hostile_markdown(c), 0.6)],
                        sources=[{"slug": "careless", "name": "Careless Blog", "home_url": "http://careless.test/"}])
            crawled = rows(db, "select id from reviews where url = ?", [url])
            assert crawled, "the hostile post was not archived as a review"
            injected = rows(db, "select id from reviews where source_slug = 'careless'")[0][0]
            assert canary.requests == [], "the crawl itself fetched a canary URL"
            with serve_datasette(db) as (ds, base):
                yield Hostile(canary, db, ds, base, (crawled[0][0], injected), url)


def reader_paths(db: Path, ids: tuple[int, int]) -> list[str]:
    name = database_name(db)
    book = rows(db, "select book_id from reviews where id = ?", [ids[0]])[0][0]
    paths = [f"/review/{i}" for i in ids] + [f"/{name}/reviews/{i}" for i in ids]
    return paths + [f"/{name}/reviews", f"/{name}/review_versions", f"/{name}/pages", "/search?q=locked+house",
                    f"/book/{book}", "/blog/hostile-reads", "/blog/careless", "/", "/feed.atom"]


LIVE_TAGS = {"iframe", "object", "embed", "frame", "frameset", "base", "form", "svg", "math", "video", "audio", "details"}
ATOM_TAGS = {"feed", "title", "id", "link", "updated", "generator", "entry", "published", "author", "name", "summary"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "data", "background", "xlink:href"}


def test_hostile_markup_never_reaches_reader_pages(hostile):
    canary, db, ds, ids = hostile.canary, hostile.db, hostile.ds, hostile.ids
    c = canary.urls["canary"]

    async def fetch_all():
        return {path: await ds.client.get(path) for path in reader_paths(db, ids)}

    pages = asyncio.run(fetch_all())
    checked = 0
    for path, response in pages.items():
        assert response.status_code == 200, path
        assert "pwned" not in (re.search(r"<title>(.*?)</title>", response.text, re.S) or [""])[0], path
        if path == "/feed.atom":
            assert response.headers["content-type"].startswith("application/atom+xml")
            feed = etree.fromstring(response.content)
            atom = "{http://www.w3.org/2005/Atom}"
            assert {e.tag for e in feed.iter()} <= {atom + t for t in ATOM_TAGS}, "markup in the feed is not text"
            assert all(e.get("type") in (None, "text") for e in feed.iter(atom + "summary"))
            assert "md-script" in response.text  # the tricks are there, as plain text a feed reader shows
            continue
        tree = lxml.html.fromstring(response.text)
        for element in tree.iter():
            if not isinstance(element.tag, str):
                continue
            checked += 1
            tag = element.tag.lower()
            where = f"{path}: <{tag} {dict(element.attrib)}>"
            assert not (tag in LIVE_TAGS and c in " ".join(element.attrib.values())), where
            if tag in ("script", "style", "link", "meta"):
                assert c not in (element.text or "") + " ".join(element.attrib.values()), where
            for name, value in element.attrib.items():
                name = name.lower()
                assert not (name.startswith("on") and c in value), where
                assert name != "style" or c not in value, where
                if name in URL_ATTRIBUTES:
                    assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), where
                    assert c not in value or (tag == "a" and value.endswith("/md-plain-link")), where
    assert checked > 1000
    for path in (f"/review/{ids[0]}", f"/review/{ids[1]}", f"/{database_name(db)}/reviews/{ids[1]}"):
        for body in lxml.html.fromstring(pages[path].text).find_class("shelfmark-review"):
            tags = {e.tag for e in body.iter() if isinstance(e.tag, str)}
            assert not tags & (LIVE_TAGS | {"script", "style", "link", "meta", "input", "button"}), (path, tags)
    # the words survive: the review is there, only its tricks are gone
    for path in (f"/review/{ids[0]}", f"/review/{ids[1]}"):
        assert "haunting" in pages[path].text


def test_hostile_markup_runs_nothing_in_a_browser(hostile, chromium):  # noqa: F811 - the fixture
    canary, name, ids = hostile.canary, database_name(hostile.db), hostile.ids
    # the detector works: the post on its own blog does call the canary, and retitle itself
    original = browse(chromium, hostile.original)
    called = {path.rsplit("/", 1)[1] for _, _, path in canary.requests}
    assert {"head-script", "body-script", "img-onerror", "iframe"} <= called, called
    assert "pwned-script" in re.search(r"<title>(.*?)</title>", original, re.S).group(1)

    before = len(canary.requests)
    capture = rows(hostile.db, "select page_id from reviews where id = ?", [ids[0]])[0][0]
    paths = [f"/review/{ids[0]}", f"/review/{ids[1]}", f"/{name}/reviews/{ids[1]}", f"/{name}/reviews",
             f"/-/capture/{capture}/view", f"/{name}/review.json?id={ids[1]}"]
    doms = {path: browse(chromium, hostile.base + path) for path in paths}
    heard = canary.requests[before:]
    assert heard == [], f"a trick ran in the browser: {heard}"
    for path, dom in doms.items():
        title = re.search(r"<title>(.*?)</title>", dom, re.S)
        assert not title or "pwned" not in title.group(1), path
    assert "haunting" in doms[f"/review/{ids[0]}"] and "haunting" in doms[f"/review/{ids[1]}"]
    assert "haunting" in doms[f"/-/capture/{capture}/view"]  # the archived copy of the post, read as text
    # JSON is shown as text, not run as a page
    assert "md-script" in doms[paths[-1]] and re.search(r"<pre[^>]*>", doms[paths[-1]])


def test_exports_for_browsers_are_not_html(hostile):
    db, ds, ids = hostile.db, hostile.ds, hostile.ids
    name = database_name(db)

    async def get(path):
        return await ds.client.get(path)

    for path, kind in [(f"/{name}/review.json?id={ids[1]}", "application/json"), (f"/{name}/reviews.json", "application/json"),
                       (f"/{name}/review.csv?id={ids[1]}", "text/plain"), (f"/{name}/reviews.csv?_dl=1", "text/csv"),
                       ("/feed.atom", "application/atom+xml")]:
        response = asyncio.run(get(path))
        assert response.status_code == 200, path
        assert response.headers["content-type"].split(";")[0] == kind, (path, response.headers["content-type"])
    capture = rows(db, "select p.id from pages p join reviews r on r.page_id = p.id where r.id = ?", [ids[0]])[0][0]
    response = asyncio.run(get(f"/-/capture/{capture}"))
    assert response.status_code == 200 and response.headers["content-type"] == "application/gzip"
    assert "attachment" in response.headers.get("content-disposition", "")
