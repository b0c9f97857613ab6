"""Fault suite, 6: fuzzing the extractor and the feed, sitemap and robots.txt parsers.

Hypothesis generates pages (tag soup with the class names engines use, ratings,
JSON-LD of every shape, lying charsets) and mutates the corpus pages of
tests/corpus/ (cut, spliced, doubled, sprinkled with bytes); and it generates
RSS, Atom and sitemaps with hostile values (unjoinable URLs, DTDs, gzip cut
short). The properties: the extractor returns a well-formed record with a kind
and a reason, and the parsers return a listing (or its error), never an
exception. What the crawl runs (`extract_to_dict`) records a page the extractor
cannot handle as `unparsed`, with the reason.

Runs are bounded and reproducible: `derandomize=True`, no example database,
a fixed number of examples per test.
"""

from __future__ import annotations

import gzip
import html
import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scraper.discovery import Listing, feeds_from_html, parse_xml_listing, sitemaps_from_robots
from scraper.extract import Hints, extract_page
from scraper.links import LinkMemo
from scraper.pipelines.extract import extract_to_dict

CORPUS = sorted(Path(__file__).parent.joinpath("corpus").rglob("*.html"))
KINDS = {"review", "list", "interview", "announcement", "listing", "about", "event", "other", "empty"}
FUZZ = settings(derandomize=True, database=None, deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
COUNTS: dict[str, int] = {}


@pytest.fixture(scope="module", autouse=True)
def tally():
    yield
    print(f"\ninputs fuzzed: {sum(COUNTS.values())} ({', '.join(f'{k} {v}' for k, v in sorted(COUNTS.items()))})")


def counted(name: str) -> None:
    COUNTS[name] = COUNTS.get(name, 0) + 1


# -- pages ------------------------------------------------------------------------

TAGS = ["p", "div", "span", "a", "article", "section", "header", "footer", "main", "aside", "nav", "h1", "h2", "h3",
        "ul", "ol", "li", "blockquote", "table", "tr", "td", "img", "script", "style", "form", "input", "iframe",
        "time", "figure", "figcaption", "br", "hr", "em", "strong", "pre", "code", "noscript", "svg", "template",
        "meta", "link", "title", "body", "head", "html", "button", "select", "textarea", "math", "q", "cite"]
CLASSES = ["entry-content", "post-body", "gh-content", "itemFullText", "post", "hentry", "entry-title", "comments",
           "sharedaddy", "jp-relatedposts", "author-bio", "widget", "rating", "review", "post-content", "sd-content",
           "wp-block-quote", "subscribe", "byline", "entry-date published", "tags-links", "cat-links"]
PHRASES = ["Rating: 4/5", "★★★½", "⭐️⭐️⭐️", "8/10", "four stars", "4 out of 5", "Title by Some Author",
           "Review: A Book – An Author", "‘Quoted’ by Writer", "(Author, 2005)", "Subscribe", "Donate on Ko-fi",
           "© 2024 me", "12 March 2024", "Mar 3 – reading at the library", "Leave a comment", "by", "", "5/0", "0/0",
           "1e309/5", "½", "NaN/10", "-3/5", "99999999999999999999/5"]
ATTRS = ["class", "id", "href", "src", "alt", "title", "datetime", "rel", "itemprop", "content", "name", "property",
         "type", "style", "lang", "charset", "http-equiv"]

text = st.one_of(st.text(max_size=60), st.sampled_from(PHRASES))
attr_value = st.one_of(st.sampled_from(CLASSES), text, st.sampled_from(
    ["http://[oops/", "javascript:x", "//evil.test/a", "../../..", "#", "https://blog.test/2024/01/review/", "\x00"]))
attrs = st.lists(st.tuples(st.sampled_from(ATTRS), attr_value), max_size=3).map(
    lambda pairs: "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in pairs))


def _element(children):
    def build(tag, attributes, kids, closed):
        return f"<{tag}{attributes}>{''.join(kids)}" + (f"</{tag}>" if closed else "")

    return st.builds(build, st.sampled_from(TAGS), attrs, st.lists(children, max_size=4), st.booleans())


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["@type", "@graph", "name", "author", "reviewRating", "ratingValue", "bestRating",
                         "itemReviewed", "headline", "datePublished", "isbn", "publisher", "url"]), inner, max_size=4),
    max_leaves=12)
jsonld = json_value.map(lambda v: f'<script type="application/ld+json">{json.dumps(v)}</script>')
node = st.recursive(text.map(html.escape) | text | jsonld, _element, max_leaves=25)


@st.composite
def pages(draw) -> str | bytes:
    head = draw(st.sampled_from(["", "<!DOCTYPE html>", "<?xml version='1.0'?>", "\ufeff", "<!-- x -->"]))
    title = f"<title>{draw(text)}</title>" if draw(st.booleans()) else ""
    generator = draw(st.sampled_from(["", '<meta name="generator" content="WordPress 6.7">',
                                      '<meta name="generator" content="Blogger">', '<meta name="generator" content="Ghost 5.0">']))
    body = "".join(draw(st.lists(node, min_size=0, max_size=6)))
    page = f"{head}<html><head>{title}{generator}</head><body>{body}</body></html>" if draw(st.booleans()) else head + body
    if draw(st.booleans()):
        return page
    declared = draw(st.sampled_from(["", '<meta charset="utf-8">', '<meta charset="shift_jis">', '<meta charset="no-such">']))
    encoding = draw(st.sampled_from(["utf-8", "latin-1", "utf-16", "cp1252"]))
    return (declared + page).encode(encoding, errors="replace")


URLS = st.sampled_from(["https://blog.test/2024/01/02/a-review/", "http://127.0.0.1:8080/", "https://blog.test/?p=12",
                        "https://xn--bcher-kva.example/b%C3%BCcher/", "http://blog.test/a b/ü?x=<y>#frag"])


def check_record(html_in: str | bytes, url: str) -> dict:
    record = extract_page(html_in, url).to_dict()
    json.dumps(record)  # the archive stores it as JSON-ready values
    assert record["kind"] in KINDS, record["kind"]
    assert isinstance(record["reason"], str) and record["reason"].strip(), record
    assert record["is_review"] == (record["kind"] == "review")
    assert record["rating"] is None or (0.0 <= record["rating"] <= 1.0 and not math.isnan(record["rating"])), record["rating_raw"]
    assert isinstance(record["body_text"], str) and isinstance(record["body_markdown"], str)
    assert record["word_count"] >= 0
    return record


@settings(FUZZ, max_examples=100)
@given(page=pages(), url=URLS)
def test_extractor_on_generated_pages(page, url):
    counted("generated pages")
    check_record(page, url)


def _mutate(data: bytes, ops: list[tuple[str, float, int, bytes]]) -> bytes:
    for op, where, size, payload in ops:
        at = int(where * len(data))
        if op == "cut":
            data = data[:at]
        elif op == "delete":
            data = data[:at] + data[at + size:]
        elif op == "double":
            data = data[:at] + data[at:at + size] * 2 + data[at + size:]
        elif op == "insert":
            data = data[:at] + payload + data[at:]
        elif op == "flip":
            data = data[:at] + bytes(b ^ 0x5A for b in data[at:at + size]) + data[at + size:]
    return data


SPLICES = st.sampled_from([b"<", b">", b"</div>", b"<div class='entry-content'>", b"<article>", b"\x00", b"\xff\xfe",
                           b"<![CDATA[", b"<!--", b"&#xD800;", b"&#1114112;", b"<script>", b"\xe2\x98", b"]]>",
                           b"<table><tr><td>", b"\r\n" * 50, b"<svg><foreignObject><p>"])
MUTATIONS = st.lists(st.tuples(st.sampled_from(["cut", "delete", "double", "insert", "flip"]), st.floats(0, 1),
                               st.integers(1, 4000), SPLICES | st.binary(max_size=40)), min_size=1, max_size=4)


@settings(FUZZ, max_examples=80)
@given(index=st.integers(0, max(len(CORPUS) - 1, 0)), ops=MUTATIONS)
def test_extractor_on_mutated_corpus_pages(index, ops):
    assert len(CORPUS) >= 40, "tests/corpus/ went missing"
    counted("mutated corpus pages")
    check_record(_mutate(CORPUS[index].read_bytes(), ops), "https://blog.test/2024/01/02/a-review/")


@pytest.mark.parametrize("page", [b"", b"\x00" * 100, b"\xff\xfe\x00<", "\ud800", "<" * 5000, "<p>" * 3000])
def test_extractor_on_degenerate_pages(page):
    counted("degenerate pages")
    check_record(page, "https://blog.test/x/")


def test_the_crawl_records_a_page_the_extractor_cannot_handle():
    """What the crawl runs never raises: a page that breaks the extractor becomes `unparsed`, with its reason."""
    page = CORPUS[0].read_bytes()
    broken = Hints(review_url_patterns=("(",))  # a pattern the sources file would refuse: it breaks extraction
    with pytest.raises(Exception):
        extract_page(page, "https://blog.test/x/", broken)
    record = extract_to_dict(page, "https://blog.test/x/", broken)
    assert record["kind"] == "unparsed" and record["is_review"] is False
    assert record["reason"].startswith("extraction failed: ") and len(record["reason"]) <= 300
    assert extract_to_dict(page, "https://blog.test/x/", Hints())["kind"] in KINDS


# -- feeds, sitemaps, robots.txt ------------------------------------------------------

URL_TEXT = st.one_of(st.sampled_from(["http://[oops/", "https://blog.test/a/", "/relative/", "  spaced  ", "",
                                      "javascript:alert(1)", "http://a.test:99999/", "http://[::1]:80/x", "%zz"]),
                     st.text(max_size=40))
DATE_TEXT = st.one_of(st.sampled_from(["2024-01-02", "2024-13-45T99:99:99Z", "Mon, 02 Jan 2024 10:00:00 +0000", ""]),
                      st.text(max_size=20))
esc = lambda s: html.escape(s, quote=True)  # noqa: E731


@st.composite
def listings(draw) -> bytes:
    kind = draw(st.sampled_from(["rss", "atom", "urlset", "sitemapindex", "rdf", "other"]))
    entries = draw(st.lists(st.tuples(URL_TEXT, DATE_TEXT), max_size=5))
    if kind == "rss":
        items = "".join(f"<item><link>{esc(u)}</link><guid>{esc(u)}</guid><pubDate>{esc(d)}</pubDate></item>" for u, d in entries)
        doc = f"<rss version='2.0'><channel>{items}</channel></rss>"
    elif kind == "atom":
        items = "".join(f"<entry><link rel='alternate' href='{esc(u)}'/><updated>{esc(d)}</updated></entry>" for u, d in entries)
        doc = f"<feed xmlns='http://www.w3.org/2005/Atom'><link rel='next' href='{esc(draw(URL_TEXT))}'/>{items}</feed>"
    elif kind == "rdf":
        items = "".join(f"<item><link>{esc(u)}</link><dc:date>{esc(d)}</dc:date></item>" for u, d in entries)
        doc = f"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:dc='http://purl.org/dc/elements/1.1/'>{items}</rdf:RDF>"
    elif kind in ("urlset", "sitemapindex"):
        tag = "url" if kind == "urlset" else "sitemap"
        items = "".join(f"<{tag}><loc>{esc(u)}</loc><lastmod>{esc(d)}</lastmod></{tag}>" for u, d in entries)
        doc = f"<{kind} xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{items}</{kind}>"
    else:
        doc = f"<html><body>{esc(draw(st.text(max_size=30)))}</body></html>"
    prolog = draw(st.sampled_from([
        "", "<?xml version='1.0' encoding='utf-8'?>", "<?xml version='1.0' encoding='no-such'?>",
        "<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>]>",
        "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", "\ufeff"]))
    data = (prolog + doc).encode("utf-8", errors="replace")
    data = _mutate(data, draw(st.lists(st.tuples(st.sampled_from(["cut", "delete", "double", "insert", "flip"]),
                                                 st.floats(0, 1), st.integers(1, 60), SPLICES), max_size=2)))
    if draw(st.booleans()):
        data = gzip.compress(data)
        if draw(st.booleans()):
            data = data[: draw(st.integers(2, max(2, len(data) - 1)))]  # a gzip cut short
    return data


@settings(FUZZ, max_examples=300)
@given(body=listings(), base=st.sampled_from(["https://blog.test/", "http://127.0.0.1:8000/blog/"]))
def test_feed_and_sitemap_parser_never_raises(body, base):
    counted("feeds and sitemaps")
    listing = parse_xml_listing(body, base)
    assert isinstance(listing, Listing)
    assert listing.kind in ("rss", "atom", "urlset", "sitemapindex", "unknown")
    assert listing.error is None or (isinstance(listing.error, str) and listing.error)
    for url, date in listing.pages:
        assert isinstance(url, str) and (date is None or isinstance(date, str))
    assert all(isinstance(u, str) for u in listing.sitemaps)
    assert listing.next_page is None or isinstance(listing.next_page, str)
    assert "root:" not in json.dumps([listing.pages, listing.sitemaps]), "an external entity was read"


@pytest.mark.parametrize("bad, why", [
    ("http://[oops/", "urljoin raises on it"), ("http://blog.test:99999/", "a port out of range"),
    ("https://blog.test/a&#xD800;b/", "lxml cannot decode the surrogate it would keep"),
])
def test_one_bad_entry_keeps_the_rest_of_a_sitemap(bad, why):
    """Inputs the fuzzing found: each once made the parser raise, losing every entry of the listing."""
    counted("found by fuzzing")
    body = f"<urlset><url><loc>https://blog.test/a/</loc></url><url><loc>{bad}</loc></url><url><loc>https://blog.test/c/</loc></url></urlset>"
    listing = parse_xml_listing(body.encode(), "https://blog.test/")
    assert listing.error is None, why
    assert [u for u, _ in listing.pages if u.endswith(("/a/", "/c/"))] == ["https://blog.test/a/", "https://blog.test/c/"], why


@settings(FUZZ, max_examples=200)
@given(lines=st.lists(st.one_of(st.text(max_size=40), URL_TEXT.map(lambda u: f"Sitemap: {u}"),
                                st.sampled_from(["User-agent: *", "Disallow: /", "sitemap:", "SITEMAP :http://[x"])), max_size=8),
       links=st.lists(st.tuples(st.sampled_from(["application/rss+xml", "application/atom+xml", "text/html", "", " APPLICATION/RSS+XML "]),
                                URL_TEXT), max_size=5))
def test_robots_and_link_parsers_never_raise(lines, links):
    counted("robots.txt and <link> sets")
    assert all(isinstance(u, str) for u in sitemaps_from_robots("\n".join(lines), "https://blog.test/"))
    assert all(isinstance(u, str) for u in feeds_from_html(links, "https://blog.test/"))


@settings(FUZZ, max_examples=200)
@given(hrefs=st.lists(URL_TEXT | st.sampled_from(["//[oops/", "[x", "?q=1", "#top", "mailto:a@b"]), max_size=6),
       quote=st.sampled_from(['"', "'", ""]), base=st.sampled_from(["https://blog.test/a/", "http://127.0.0.1:8/b/c"]))
def test_page_link_reader_never_raises(hrefs, quote, base):
    counted("link sets of a page")
    page = "".join(f"<a href={quote}{esc(h)}{quote}>x</a>" for h in hrefs)
    assert all(isinstance(u, str) for u in LinkMemo().new_links(page, base))
