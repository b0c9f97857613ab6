"""Fault suite, 2: content that is wrong.

One fault server on 127.0.0.1 plays a blog whose pages are badly made:
wrong or missing charsets (cp1252, latin-1, Shift-JIS, a UTF-8 byte-order
mark), binary served as HTML, pages of tens of megabytes, decompression
bombs, absurdly nested and broken markup, broken feeds and sitemaps, XML
entity bombs and external entities, endless calendars and pagination, and
one post under many URLs. One real crawl (`scraper.run.run_crawl` in a
subprocess); the archive must hold the right text, say what it refused and
why, stay bounded, and keep one review per post.
"""

from __future__ import annotations

import os

import pytest

from tests.archivist_sites import rows
from tests.faults.crawl import crawl, write_sources
from tests.faults.pages import ROBOTS, home_page, review_page
from tests.faults.server import FaultServer, bomb, page, stream

WESTERN = "“Curly quotes”, a café, naïve façades — and 5 € for the lot."
LATIN1 = "Crème brûlée, señor, smørrebrød at Ærø."
JAPANESE = "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。薄暗い所でニャーニャー泣いていた事だけは記憶している。"
# path → (bytes of a review page holding `expected`, Content-Type, expected text)
META_LATIN1 = '<meta charset="ISO-8859-1">'
META_SJIS = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'


def _charset_pages() -> dict[str, tuple[bytes, str, str]]:
    def review(title, extra, head=""):
        return review_page(title, "Mireille Aubert", extra=extra, head=head)

    return {
        "/cs/cp1252-in-header/": (review("Windows Weather", WESTERN).encode("cp1252"), "text/html; charset=windows-1252", WESTERN),
        "/cs/latin1-in-meta/": (review("Old Latin", LATIN1, META_LATIN1).encode("latin-1"), "text/html", LATIN1),
        "/cs/shift-jis-in-meta/": (review("The Cat", JAPANESE, META_SJIS).encode("shift_jis"), "text/html", JAPANESE),
        "/cs/shift-jis-undeclared/": (review("The Cat Again", JAPANESE).encode("shift_jis"), "text/html", JAPANESE),
        "/cs/bom-against-header/": (b"\xef\xbb\xbf" + review("Marked Bytes", WESTERN).encode(), "text/html; charset=iso-8859-1", WESTERN),
        "/cs/utf8-labelled-latin1/": (review("Mislabelled", LATIN1).encode(), "text/html; charset=ISO-8859-1", LATIN1),
        "/cs/cp1252-labelled-utf8/": (review("Wrong Label", WESTERN).encode("cp1252"), "text/html; charset=utf-8", WESTERN),
        "/cs/cp1252-undeclared/": (review("No Label", WESTERN).encode("cp1252"), "text/html", WESTERN),
    }


SIZE_LIMIT = 16 * 1024 * 1024  # DOWNLOAD_MAXSIZE, as shipped
REFUSED = {  # path → words its failure must say
    "/binary/png/": "PNG image", "/binary/noise/": "binary data", "/binary/raw-gzip/": "gzip data",
    "/huge/declared/": "size limit", "/huge/streamed/": "size limit",
    "/bomb/gzip/": "size limit", "/bomb/deflate/": "size limit", "/bomb/br/": "size limit", "/bomb/zstd/": "size limit",
}
DUPLICATES = ["/posts/one-review/?utm_source=feed&utm_medium=rss", "/posts/one-review/#comments", "/?p=4242",
              "/posts/one-review", "/index.php/posts/one-review/", "/POSTS/one-review/", "/posts/one-review/?replytocom=7"]
MAX_DEPTH, MAX_LISTING = 12, 5

LOL = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>/from-sitemap/&lol9;/</loc></url><url><loc>/from-sitemap/after-the-laughs/</loc></url></urlset>"""


def _xxe(base: str) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY probe SYSTEM "{base}/xxe-probe/">'
            f'<!ENTITY local SYSTEM "file:///etc/hostname">]>'
            f'<rss version="2.0"><channel><title>t</title><item><title>x</title><link>{base}/from-feed/&probe;&local;</link></item>'
            f'<item><title>y</title><link>{base}/from-feed/plain/</link></item></channel></rss>').encode()


def _odd_site(site: FaultServer) -> None:
    base = site.base
    links = list(_charset_pages()) + list(REFUSED) + DUPLICATES + [
        "/posts/one-review/", "/markup/deep/", "/markup/broken/", "/diary/?day=1", "/events/calendar/?month=2025-04",
        "/archive/page/1/", "/list/?page=1", "/after/"]
    home = home_page(links).replace("</head>", '<link rel="alternate" type="application/rss+xml" href="/feeds/broken.rss" />'
                                    '<link rel="alternate" type="application/atom+xml" href="/feeds/xxe.rss" /></head>')
    site.route("/", page(home))
    sitemaps = ["truncated.xml", "lol.xml", "self-index.xml", "not-xml.xml", "bomb.xml.gz"]
    site.route("/robots.txt", page(ROBOTS + "".join(f"Sitemap: {base}/sitemaps/{n}\n" for n in sitemaps), "text/plain"))
    for path, (body, content_type, _) in _charset_pages().items():
        site.route(path, page(body, content_type))
    site.route("/binary/png/", page(b"\x89PNG\r\n\x1a\n" + os.urandom(6000)))
    site.route("/binary/noise/", page(bytes(range(256)) * 40))
    site.route("/binary/raw-gzip/", bomb(24, encoding=None))
    site.route("/huge/declared/", stream(b"<p>" + b"much ado " * 8000 + b"</p>\n", 40 * 1024 * 1024, declare_length=True))
    site.route("/huge/streamed/", stream(b"<p>" + b"much ado " * 8000 + b"</p>\n", 40 * 1024 * 1024, declare_length=False))
    site.route("/bomb/gzip/", bomb(64))  # 64 MB in 64 KB
    site.route("/bomb/deflate/", bomb(24, encoding="deflate"))
    site.route("/bomb/br/", bomb(32, encoding="br"))  # 32 MB in about 60 bytes
    site.route("/bomb/zstd/", bomb(32, encoding="zstd"))
    # one post, many addresses: each serves the same page, which names its canonical URL
    one = page(review_page("One True Post", "Ines Quarry", canonical=f"{base}/posts/one-review/"))
    for path in ["/posts/one-review/", "/posts/one-review", "/index.php/posts/one-review/", "/POSTS/one-review/"]:
        site.route(path, one)
    site.route("/?p=4242", one)
    deep = review_page("Deep Water", "Ines Quarry").replace('<div class="entry-content">',
                                                              '<div class="entry-content">' + "<div>" * 100_000)
    site.route("/markup/deep/", page(deep))
    broken = (review_page("Loose Ends", "Ines Quarry").replace("</p>", "", 3).replace("<main", "<table><tr><td><main")
              .replace("</article>", "</div></span></article></html><b><i>").replace('class="site-header"', "class=site-header <<>"))
    site.route("/markup/broken/", page(broken))
    site.route("/after/", page(review_page("Still Standing", "Ines Quarry")))
    _traps(site)
    _feeds_and_sitemaps(site)


def _traps(site: FaultServer) -> None:
    def diary(handler, query):
        day = int(query.split("=")[1])
        page(home_page([f"/diary/?day={day + 1}", f"/diary/?day={day - 1}"], f"Diary, day {day}"))(handler, query)

    def paged(prefix: str, fmt: str):
        def respond(handler, query):
            number = int(query.split("=")[1]) if "=" in query else int(handler.path.rstrip("/").rsplit("/", 1)[1])
            page(home_page([fmt.format(number + 1)], f"Page {number}"))(handler, query)
        return respond

    site.route_prefix("/diary/", diary)
    site.route_prefix("/events/calendar/", page(home_page(["/events/calendar/?month=2025-05"])))
    site.route_prefix("/archive/page/", paged("/archive/page/", "/archive/page/{}/"))
    site.route_prefix("/list/", paged("/list/", "/list/?page={}"))


def _feeds_and_sitemaps(site: FaultServer) -> None:
    base = site.base
    xml = "application/xml"
    for name in ("a", "b", "after-the-laughs"):
        site.route(f"/from-sitemap/{name}/", page(review_page(f"Mapped {name.title()}", "Ines Quarry")))
    site.route("/from-feed/plain/", page(review_page("Fed Through", "Ines Quarry")))
    site.route("/sitemaps/truncated.xml", page(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}/from-sitemap/a/</loc>'
        f'</url><url><loc>{base}/from-sitemap/b/</loc></url><url><loc>{base}/from-sit', xml))
    site.route("/sitemaps/lol.xml", page(LOL.replace(b"<loc>/", f"<loc>{base}/".encode()), xml))
    site.route("/sitemaps/self-index.xml", page(
        f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f'<sitemap><loc>{base}/sitemaps/self-index.xml</loc></sitemap><sitemap><loc>{base}/sitemaps/truncated.xml</loc></sitemap>'
        f'</sitemapindex>', xml))
    site.route("/sitemaps/not-xml.xml", page("<html><body><p>Nothing to see<p>here</body>", xml))
    site.route("/sitemaps/bomb.xml.gz", bomb(64, encoding=None, content_type="application/gzip"))
    site.route("/feeds/broken.rss", page(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>A & B</title>'
        f'<link>{base}/from-feed/plain/</link><item><title>never closed', "application/rss+xml"))
    site.route("/feeds/xxe.rss", page(_xxe(base), "application/rss+xml"))


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults-content")
    db = tmp / "archive.db"
    with FaultServer() as site:
        _odd_site(site)
        sources = write_sources(tmp / "sources.yaml", {"odd-pages": site.url("/")},
                                {"odd-pages": f"limits: {{max_depth: {MAX_DEPTH}, max_listing_pages: {MAX_LISTING}}}"})
        # no stalls here: a timeout long enough for 16 MB on a busy machine
        summary, seconds, log = crawl(sources, db, {"DOWNLOAD_TIMEOUT": 20}, timeout=150)
        yield {"db": db, "site": site, "summary": summary, "seconds": seconds, "log": log, "paths": site.paths()}


def _review(db, url):
    found = rows(db, "select * from reviews where url = ?", [url])
    return found[0] if found else None


def _page(db, url):
    found = rows(db, "select * from pages where url = ?", [url])
    assert found, f"{url} was never recorded"
    return found[0]


@pytest.mark.parametrize("path", list(_charset_pages()))
def test_each_charset_is_read_right(crawled, path):
    expected = _charset_pages()[path][2]
    review = _review(crawled["db"], crawled["site"].url(path))
    row = _page(crawled["db"], crawled["site"].url(path))
    assert review is not None, f"{path}: {row['kind']} ({row['reason']}) {row['error']}"
    assert expected in review["body_text"], review["body_text"][:300]
    assert "\ufffd" not in review["body_text"] and "Ã" not in review["body_text"]


def test_binary_huge_and_bombs_are_refused_and_recorded(crawled):
    db, site = crawled["db"], crawled["site"]
    for path, words in REFUSED.items():
        row = _page(db, site.url(path))
        assert row["error"] and words.casefold() in row["error"].casefold(), f"{path}: {row['error']!r}"
        assert not row["is_review"] and row["warc_file"] is None
    sizes = rows(db, "select max(bytes) from pages")[0][0]
    assert sizes <= SIZE_LIMIT


def test_absurd_markup_does_not_stop_the_crawl(crawled):
    db, site = crawled["db"], crawled["site"]
    deep = _page(db, site.url("/markup/deep/"))
    assert not deep["is_review"] and "stopped the parser" in deep["reason"], deep["reason"]
    broken = _review(db, site.url("/markup/broken/"))
    assert broken is not None and broken["book_title"] == "Loose Ends" and broken["rating"] == pytest.approx(0.8)
    assert _review(db, site.url("/after/")) is not None, "pages after the bad ones are still extracted"
    assert "Traceback" not in crawled["log"], crawled["log"][-3000:]


def test_broken_feeds_and_sitemaps_are_read_safely(crawled):
    db, site, paths = crawled["db"], crawled["site"], crawled["paths"]
    for name in ("truncated.xml", "lol.xml", "self-index.xml", "not-xml.xml", "bomb.xml.gz"):
        row = _page(db, site.url(f"/sitemaps/{name}"))
        assert row["reason"] or row["error"], f"{name} recorded without a word"
    assert _page(db, site.url("/sitemaps/not-xml.xml"))["kind"] == "unparsed"
    assert "50 MB" in _page(db, site.url("/sitemaps/bomb.xml.gz"))["reason"]
    assert paths.count("/sitemaps/self-index.xml") == 1
    for url in ("/from-sitemap/a/", "/from-sitemap/b/", "/from-feed/plain/", "/from-sitemap/after-the-laughs/"):
        assert _review(db, site.url(url)) is not None, f"{url}, listed before the damage, was not archived"
    # entities were never expanded nor fetched: no laughs, no probe, no local file
    assert "/xxe-probe/" not in paths
    assert not [p for p in paths if "lollol" in p]
    hostname = open("/etc/hostname").read().strip() if os.path.exists("/etc/hostname") else None
    if hostname:
        assert not rows(db, "select url from pages where url like ?", [f"%{hostname}%"])


def test_traps_stay_bounded(crawled):
    paths = crawled["paths"]
    assert len({p for p in paths if p.startswith("/diary/")}) <= 2 * MAX_DEPTH + 1  # forwards and backwards
    assert len([p for p in paths if p.startswith("/events/calendar/")]) == 0
    assert len({p for p in paths if p.startswith("/archive/page/")}) <= MAX_LISTING
    assert len({p for p in paths if p.startswith("/list/")}) <= MAX_LISTING
    record = rows(crawled["db"], "select * from crawl_sources where source_slug = 'odd-pages'")[0]
    assert record["status"] == "finished"
    assert "pagination beyond the listing limit" in record["dropped_reasons"]


def test_one_post_under_many_urls_is_one_review(crawled):
    db, site = crawled["db"], crawled["site"]
    reviews = rows(db, "select url from reviews where book_title = 'One True Post'")
    assert [r["url"] for r in reviews] == [site.url("/posts/one-review/")]
    copies = rows(db, "select url, reason from pages where kind = 'duplicate'")
    assert len(copies) >= 4 and all("/posts/one-review/" in c["reason"] for c in copies)
    assert not [p for p in crawled["paths"] if "utm_source" in p or "replytocom" in p]
