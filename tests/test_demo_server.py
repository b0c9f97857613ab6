"""The bundled demo blogs and the static server that serves them (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from shelfmark.demo.server import SITES_ROOT, serve_sites

GOLD = json.loads((Path(__file__).parent / "fixtures" / "demo_gold.json").read_text("utf-8"))
SLUGS = ["quiet-shelf", "paper-lanterns", "northern-review", "ghost-pages"]
FEEDS = {
    "quiet-shelf": ("/feed/", "application/rss+xml"),
    "paper-lanterns": ("/feeds/posts/default", "application/atom+xml"),
    "northern-review": ("/index.php?format=feed&type=rss", "application/rss+xml"),
    "ghost-pages": ("/rss/", "application/rss+xml"),
}
SITEMAPS = {
    "quiet-shelf": "/wp-sitemap.xml",
    "paper-lanterns": "/sitemap.xml",
    "northern-review": "/sitemap.xml",
    "ghost-pages": "/sitemap.xml",
}
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def fetch(url, method="GET", headers=None):
    """(status, headers, body) without following redirects or raising on 4xx."""
    req = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with _opener.open(req, timeout=10) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


@pytest.fixture(scope="module")
def demo():
    with serve_sites() as servers:
        yield servers


def test_all_sites_served_on_localhost(demo):
    assert sorted(demo.urls) == sorted(SLUGS)
    for url in demo.urls.values():
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
    assert len(set(demo.urls.values())) == 4


@pytest.mark.parametrize("slug", SLUGS)
def test_home_page(demo, slug):
    status, headers, body = fetch(demo.urls[slug] + "/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    text = body.decode("utf-8")
    assert "<html" in text and "{{BASE}}" not in text


@pytest.mark.parametrize("slug", SLUGS)
def test_feed_content_type_and_base(demo, slug):
    path, ctype = FEEDS[slug]
    status, headers, body = fetch(demo.urls[slug] + path)
    assert status == 200
    assert headers["Content-Type"] == ctype
    text = body.decode("utf-8")
    assert "{{BASE}}" not in text
    assert demo.urls[slug] + "/" in text
    links = feed_links(body)
    assert len(links) >= 4


@pytest.mark.parametrize("slug", SLUGS)
def test_sitemap(demo, slug):
    status, headers, body = fetch(demo.urls[slug] + SITEMAPS[slug])
    assert status == 200
    assert headers["Content-Type"] == "application/xml"
    locs = [el.text for el in ET.fromstring(body).iter(SM + "loc")]
    assert locs and all(loc.startswith(demo.urls[slug] + "/") for loc in locs)


@pytest.mark.parametrize("slug", SLUGS)
def test_robots_txt(demo, slug):
    status, headers, body = fetch(demo.urls[slug] + "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    text = body.decode()
    assert "User-agent: *" in text
    assert f"Sitemap: {demo.urls[slug]}/" in text
    disallowed = [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Disallow:")]
    for path in GOLD["_robots_disallowed"][slug]:
        assert path in disallowed


def feed_links(body: bytes) -> list[str]:
    root = ET.fromstring(body)
    links = [el.text.strip() for el in root.iter("link") if el.text and el.text.strip()]
    atom = "{http://www.w3.org/2005/Atom}"
    links += [el.get("href") for el in root.iter(atom + "link") if el.get("rel") == "alternate"]
    # channel-level links point at the home page; keep item links only
    return [u for u in links if urllib.parse.urlsplit(u).path not in ("", "/")]


def sitemap_urls(demo, slug) -> list[str]:
    """Every page URL in every sitemap named by robots.txt (following sitemap indexes)."""
    _, _, robots = fetch(demo.urls[slug] + "/robots.txt")
    todo = [line.split(":", 1)[1].strip() for line in robots.decode().splitlines() if line.startswith("Sitemap:")]
    assert demo.urls[slug] + SITEMAPS[slug] in todo
    seen, pages = set(), []
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        status, _, body = fetch(url)
        assert status == 200, url
        root = ET.fromstring(body)
        locs = [el.text for el in root.iter(SM + "loc")]
        if root.tag == SM + "sitemapindex":
            todo.extend(locs)
        else:
            pages.extend(locs)
    assert len(seen) >= 2 or slug == "northern-review"
    return pages


@pytest.mark.parametrize("slug", SLUGS)
def test_every_feed_and_sitemap_url_resolves(demo, slug):
    path, _ = FEEDS[slug]
    _, _, body = fetch(demo.urls[slug] + path)
    urls = feed_links(body) + sitemap_urls(demo, slug)
    assert len(urls) >= 6
    for url in urls:
        assert url.startswith(demo.urls[slug] + "/"), url
        status, _, _ = fetch(url)
        assert status == 200, url


@pytest.mark.parametrize("slug", SLUGS)
def test_gold_paths_exist_and_are_linked(demo, slug):
    gold = GOLD[slug]
    assert len(gold) >= 5
    _, _, feed = fetch(demo.urls[slug] + FEEDS[slug][0])
    advertised = {urllib.parse.urlsplit(u).path for u in feed_links(feed) + sitemap_urls(demo, slug)}
    for path in gold:
        status, headers, body = fetch(demo.urls[slug] + path)
        assert status == 200, path
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert f'href="{demo.urls[slug]}{path}"' in body.decode() or f"href='{demo.urls[slug]}{path}'" in body.decode()
        assert path in advertised, path


def test_gold_counts_and_books():
    pages = [g for slug in SLUGS for g in GOLD[slug].values()]
    reviews = [g for g in pages if g["is_review"]]
    assert len(reviews) >= 14 and len(pages) - len(reviews) >= 8
    assert all(g["book"] and g["book"]["title"] and g["book"]["author"] for g in reviews)
    assert all(g["book"] is None and g["rating"] is None for g in pages if not g["is_review"])
    kinds = {g["kind"] for g in pages}
    assert {"review", "list", "interview", "announcement", "about", "event"} <= kinds
    for g in reviews:
        if g["rating"]:
            assert 0 < g["rating"]["normalized"] <= 1 and g["rating"]["raw"]
    counted = {(b["title"], b["author"]): b["reviews"] for b in GOLD["_books"]}
    actual: dict = {}
    for g in reviews:
        key = (g["book"]["title"], g["book"]["author"])
        actual[key] = actual.get(key, 0) + 1
    assert counted == actual
    assert counted[("The Left Hand of Darkness", "Ursula K. Le Guin")] == 4
    assert sum(1 for n in counted.values() if n >= 2) >= 3


def test_redirect_directory_without_slash(demo):
    base = demo.urls["quiet-shelf"]
    status, headers, _ = fetch(base + "/category/reviews")
    assert status == 301
    assert headers["Location"] == base + "/category/reviews/"
    status, headers, _ = fetch(base + "/about?x=1")
    assert status == 301 and headers["Location"] == base + "/about/?x=1"


@pytest.mark.parametrize("slug", SLUGS)
def test_404_uses_site_page(demo, slug):
    status, headers, body = fetch(demo.urls[slug] + "/no/such/page/")
    assert status == 404
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    text = body.decode()
    assert "<html" in text and "{{BASE}}" not in text
    assert (SITES_ROOT / slug / "_404.html").is_file()


def test_etag_and_last_modified_revalidation(demo):
    url = demo.urls["ghost-pages"] + "/review-piranesi-susanna-clarke/"
    status, headers, body = fetch(url)
    assert status == 200 and body
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert etag.startswith('"') and last_modified.endswith("GMT")
    status, headers, body = fetch(url, headers={"If-None-Match": etag})
    assert status == 304 and body == b""
    status, _, _ = fetch(url, headers={"If-None-Match": '"something-else"'})
    assert status == 200
    status, _, _ = fetch(url, headers={"If-Modified-Since": last_modified})
    assert status == 304
    status, _, _ = fetch(url, headers={"If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"})
    assert status == 200


def test_head_request(demo):
    url = demo.urls["quiet-shelf"] + "/feed/"
    status, headers, body = fetch(url, method="HEAD")
    assert status == 200 and body == b""
    assert headers["Content-Type"] == "application/rss+xml"
    assert int(headers["Content-Length"]) > 1000


def test_routes_json_mapping(demo):
    base = demo.urls["northern-review"]
    # parameter order and encoding do not matter
    for target in ("/index.php?format=feed&type=rss", "/index.php?type=rss&format=feed"):
        status, headers, _ = fetch(base + target)
        assert status == 200 and headers["Content-Type"] == "application/rss+xml"
    _, _, page1 = fetch(base + "/index.php/arts/books")
    _, _, page2 = fetch(base + "/index.php/arts/books?start=3")
    assert b"itemListView" in page1 and b"itemListView" in page2 and page1 != page2
    # query strings without a route are ignored: the print view is the same article
    item = "/index.php/arts/books/item/123-le-guin-s-winter-planet-asks-what-a-person-is"
    _, _, article = fetch(base + item)
    _, _, printed = fetch(base + item + "?tmpl=component&print=1")
    assert article == printed and b"itemFullText" in article
    pl = demo.urls["paper-lanterns"]
    status, headers, body = fetch(pl + "/search?updated-max=2025-01-20T09:00:00-08:00&max-results=4")
    assert status == 200 and b"Older" not in body.split(b"blog-pager")[0][-200:]
    status, headers, _ = fetch(pl + "/feeds/posts/default?alt=rss")
    assert status == 200 and headers["Content-Type"] == "application/rss+xml"


def test_query_ignored_for_traps(demo):
    base = demo.urls["quiet-shelf"]
    path = "/2025/03/14/the-left-hand-of-darkness-by-ursula-k-le-guin/"
    _, _, plain = fetch(base + path)
    for q in ("?replytocom=54", "?share=twitter", "?print=1"):
        status, _, body = fetch(base + path + q)
        assert status == 200 and body == plain
    assert b"?replytocom=" in plain and b"?share=facebook" in plain
    status, _, _ = fetch(demo.urls["paper-lanterns"] + "/2025/02/station-eleven-by-emily-st-john-mandel.html?m=1")
    assert status == 200


@pytest.mark.parametrize("slug", SLUGS)
def test_underscore_files_never_served(demo, slug):
    hidden = [p for p in (SITES_ROOT / slug).iterdir() if p.name.startswith("_")]
    assert any(p.name == "_404.html" for p in hidden)
    for p in hidden:
        status, _, _ = fetch(demo.urls[slug] + "/" + p.name)
        assert status == 404, p.name


def test_path_traversal_refused(demo):
    status, _, _ = fetch(demo.urls["quiet-shelf"] + "/../ghost-pages/robots.txt")
    assert status == 404
    status, _, _ = fetch(demo.urls["quiet-shelf"] + "/%2e%2e/ghost-pages/robots.txt")
    assert status == 404


@pytest.mark.parametrize("slug", SLUGS)
def test_no_placeholder_left_in_any_served_text_file(demo, slug):
    root = SITES_ROOT / slug
    routes = json.loads((root / "_routes.json").read_text()) if (root / "_routes.json").exists() else {}
    targets = list(routes)
    for file in root.rglob("*"):
        if not file.is_file() or any(part.startswith("_") for part in file.relative_to(root).parts):
            continue
        rel = file.relative_to(root).as_posix()
        if rel.endswith("/index.html") or rel.endswith("/index.xml"):
            rel = rel.rsplit("/", 1)[0] + "/"
        elif rel in ("index.html",):
            rel = ""
        targets.append("/" + rel)
    assert len(targets) >= 10
    for target in targets:
        status, headers, body = fetch(demo.urls[slug] + target)
        assert status == 200, target
        assert b"{{BASE}}" not in body, target
        assert b"{{" not in body or headers["Content-Type"].startswith("text/html"), target


def test_private_pages_exist_but_disallowed(demo):
    # the pages exist (a crawler that ignores robots.txt would find them) ...
    for slug, path in [("quiet-shelf", "/private/reading-notes/"), ("paper-lanterns", "/p/drafts.html"),
                       ("northern-review", "/index.php/subscribers")]:
        status, _, _ = fetch(demo.urls[slug] + path)
        assert status == 200
        _, _, home = fetch(demo.urls[slug] + "/")
        assert path.encode() in home
    # ... and the request log records them, so crawl tests can assert they were never fetched
    assert any(p == "/p/drafts.html" for s, _, p in demo.requests if s == "paper-lanterns")


def test_request_log_and_close():
    servers = serve_sites(slugs=["ghost-pages"])
    try:
        base = servers.urls["ghost-pages"]
        fetch(base + "/rss/")
        fetch(base + "/about/", method="HEAD")
        assert servers.requests == [("ghost-pages", "GET", "/rss/"), ("ghost-pages", "HEAD", "/about/")]
        assert servers.requested_paths("ghost-pages") == ["/rss/", "/about/"]
    finally:
        servers.close()
    with pytest.raises(OSError):
        urllib.request.urlopen(base + "/", timeout=2)


def test_serve_sites_custom_root(tmp_path):
    site = tmp_path / "tiny"
    site.mkdir()
    (site / "index.html").write_text('<a href="{{BASE}}/x">x</a>', "utf-8")
    (site / "feed").write_text('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "utf-8")
    (site / "_secret.txt").write_text("no", "utf-8")
    with serve_sites(tmp_path) as servers:
        base = servers.urls["tiny"]
        status, headers, body = fetch(base + "/")
        assert status == 200 and body.decode() == f'<a href="{base}/x">x</a>'
        status, headers, _ = fetch(base + "/feed")
        assert headers["Content-Type"] == "application/atom+xml"
        assert fetch(base + "/_secret.txt")[0] == 404
        assert fetch(base + "/missing")[0] == 404


def test_sources_yaml_lists_every_site():
    data = yaml.safe_load((SITES_ROOT.parent / "sources.yaml").read_text("utf-8"))
    sources = data["sources"]
    assert [s["slug"] for s in sources] == SLUGS
    for s in sources:
        assert set(s) == {"slug", "name", "home_url", "platform", "schedule"} and s["schedule"] == "daily"
        assert s["home_url"] == "{{site:%s}}/" % s["slug"]
        assert (SITES_ROOT / s["slug"] / "robots.txt").is_file()
