"""Fault suite: the pure parts behind the crawl tests, on every page we hold.

The crawls in test_faults_server.py and test_faults_content.py show each
fault end to end; these check the same decisions on many inputs at once:
challenge and error-page detection against every corpus and demo page (no
real post may be taken for one), charset decoding, gzip integrity,
Retry-After parsing, the ?page= bound and entity-safe XML listings.
"""

from __future__ import annotations

import gzip
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from scraper.challenge import ANCHORS, CHALLENGES, binary_reason, page_problem
from scraper.charset import decode_html
from scraper.discovery import parse_xml_listing
from scraper.middlewares.faults import gzip_problem, retry_after_seconds
from scraper.sources import Source
from scraper.urls import trap_reason
from tests.faults.pages import review_page
from tests.test_faults_content import JAPANESE, LATIN1, LOL, WESTERN, _charset_pages, _xxe
from tests.test_faults_server import CAPTCHA, CHALLENGE, DB_DOWN

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([*ROOT.glob("tests/corpus/**/*.html"), *ROOT.glob("tests/holdout/**/*.html"),
                *ROOT.glob("shelfmark/demo/sites/**/*.html")])


def test_no_real_page_is_taken_for_a_challenge_or_binary():
    assert len(PAGES) > 100
    flagged = {}
    for path in PAGES:
        body = path.read_bytes()
        if problem := binary_reason(body, "text/html") or page_problem(body.decode("utf-8", "replace")):
            flagged[str(path.relative_to(ROOT))] = problem
    # the demo blogs' own "not found" pages are the only error pages we hold
    assert sorted(flagged) == ["shelfmark/demo/sites/ghost-pages/_404.html", "shelfmark/demo/sites/quiet-shelf/_404.html"]


@pytest.mark.parametrize("html, words", [(CHALLENGE, "Cloudflare"), (CAPTCHA, "CAPTCHA"), (DB_DOWN, "error page")])
def test_challenges_and_error_pages_are_named(html, words):
    assert words in (page_problem(html) or "")


def test_a_review_with_a_captcha_in_its_comment_form_is_a_page():
    form = '<form id="commentform"><div class="g-recaptcha" data-sitekey="x"></div></form></article>'
    assert page_problem(review_page("Short and Sweet", "Ada Fenwick").replace("</article>", form)) is None


def test_reading_the_bytes_gives_the_same_answer_as_reading_the_text():
    """page_problem given the bytes (a cheaper search) answers as it does from the text alone, on every page we
    hold, the challenge and error pages, and pages whose marks are spelt with letters that lower-case to ASCII."""
    # the only mark, spelt so that only lower-casing the text finds it: 'İ' (U+0130) ends 'api', 'K' (U+212A) is a k
    turkish = '<html><head><title>Hold on</title></head><body><script src="https://hcaptcha.com/1/ap\u0130"></script></body></html>'
    kelvin = '<html><head><title>Hold on</title></head><body><input name="aws-waf-to\u212aen"></body></html>'
    pages = [(p.read_bytes(), "utf-8") for p in PAGES] + [
        (html.encode(encoding), encoding) for html in (CHALLENGE, CAPTCHA, DB_DOWN, turkish, kelvin)
        for encoding in ("utf-8", "cp1252", "utf-16")
        if html.encode(encoding, "replace").decode(encoding) == html]
    assert len(pages) > 100
    for body, encoding in pages:
        text = body.decode(encoding, "replace")
        assert page_problem(text, body, encoding) == page_problem(text)
    # every mark holds an anchor that lower-casing the bytes finds wherever lower-casing the text finds the mark:
    # no 'k' in it (the Kelvin sign lower-cases to one), not the end of a mark ending in 'i' ('İ' gives 'i' + a dot)
    def anchored(mark: str) -> bool:
        return any(b"k" not in a and not (mark.endswith("i") and mark.endswith(a.decode())) and a.decode() in mark
                   for a in ANCHORS)

    assert all(anchored(mark) for _, marks in CHALLENGES for mark in marks)
    assert not anchored("api-ki") and not anchored("sucuri")
    assert "CAPTCHA" in page_problem(turkish, turkish.encode("utf-8"), "utf-8")
    assert "AWS WAF" in page_problem(kelvin, kelvin.encode("utf-8"), "utf-8")


@pytest.mark.parametrize("body, what", [(b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"), (b"%PDF-1.7\n", "PDF"),
                                        (gzip.compress(b"<html></html>"), "gzip"), (bytes(range(256)), "binary")])
def test_binary_bodies_are_named(body, what):
    assert what in (binary_reason(body, "text/html") or "")


def test_utf16_with_a_byte_order_mark_is_not_binary():
    assert binary_reason("<html><body>ok</body></html>".encode("utf-16")) is None


@pytest.mark.parametrize("path", list(_charset_pages()))
def test_charsets_decode(path):
    body, content_type, expected = _charset_pages()[path]
    text, how = decode_html(body, content_type)
    assert expected in text, how


def test_a_declared_charset_the_bytes_disagree_with_is_not_trusted():
    text, how = decode_html(review_page("X", "Y", extra=LATIN1).encode("latin-1"), "text/html; charset=utf-8")
    assert LATIN1 in text and "guessed" in how
    assert decode_html(JAPANESE.encode("shift_jis") * 3, None)[0] == JAPANESE * 3
    assert WESTERN in decode_html(WESTERN.encode("cp1252") + b"\x81", None)[0]  # an undefined byte: still readable


def test_gzip_integrity():
    whole = gzip.compress(b"<p>" * 5000)
    assert gzip_problem(whole, 0) is None
    assert "cut short" in gzip_problem(whole[: len(whole) // 2], 0)
    assert "corrupt" in gzip_problem(whole[:10] + bytes(b ^ 0x5A for b in whole[10:]), 0)
    two = whole + gzip.compress(b"<p>" * 5000)  # members one after another: each must end
    assert gzip_problem(two, 0) is None and "cut short" in gzip_problem(two[:-20], 0)


def test_retry_after_values():
    assert retry_after_seconds(b"120") == 120
    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=90), usegmt=True).encode()
    assert 80 <= retry_after_seconds(when) <= 91
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def test_page_numbers_and_offsets_are_bounded_apart():
    blog = Source(slug="b", name="B", home_url="https://b.example/")
    assert trap_reason("https://b.example/list/?page=5", blog, 5) is None
    assert trap_reason("https://b.example/list/?page=6", blog, 5) == "pagination beyond the listing limit"
    assert trap_reason("https://b.example/list/?start=200", blog, 5) is None  # an offset in posts
    assert trap_reason("https://b.example/list/?start=251", blog, 5) == "pagination beyond the listing limit"


def test_entity_bombs_and_external_entities_are_never_expanded():
    listing = parse_xml_listing(LOL.replace(b"<loc>/", b"<loc>https://b.example/"), "https://b.example/")
    assert [url for url, _ in listing.pages][-1] == "https://b.example/from-sitemap/after-the-laughs/"
    assert all("lol" not in url for url, _ in listing.pages)
    feed = parse_xml_listing(_xxe("https://b.example"), "https://b.example/")
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else "localhost"
    assert feed.kind == "rss" and all(hostname not in url and "probe" not in url for url, _ in feed.pages)
