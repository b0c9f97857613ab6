"""Pages that are not the page: bot challenges, error pages served with 200, binary served as HTML.

A blog behind a firewall or a broken database still answers 200, with a
page that must not become a review (nor, on a re-crawl, replace one). These
functions say what such a page is, or None for an ordinary page.

Calibration: a challenge or error page carries a marker of the service that
sent it (script paths, widget classes: these are what the services emit, not
wording a blogger would write) or an error title, and has almost no text; the
word limit keeps a real post that embeds a CAPTCHA in its comment form, or
reviews a novel called "Access Denied", a post. Checked on the bodies of the
services' own pages as served in 2025 and on the demo and corpus pages (no
false positive).
"""

from __future__ import annotations

import re
from html import unescape

from lxml import html as lxml_html

MAX_WORDS = 120  # challenge and error pages seen hold 5–60 words of text
MAX_BYTES = 300_000  # bigger pages are not checked: no challenge page is that big

CHALLENGES = [  # (who sent it, what its pages carry: script paths, cookie and widget names; lower case)
    ("Cloudflare", ("_cf_chl_opt", "/cdn-cgi/challenge-platform/", "cf-browser-verification", "cf-challenge")),
    ("DataDome", ("captcha-delivery.com", "datadome")),
    ("Imperva", ("_incapsula_resource", "incapsula incident")),
    ("PerimeterX", ("px-captcha", "_pxappid")),
    ("Sucuri", ("sucuri-firewall", "sucuri website firewall", "sucuri_cloudproxy")),
    ("DDoS-Guard", ("ddos-guard",)),
    ("AWS WAF", ("aws-waf-token", "awswaf")),
    ("CAPTCHA", ("g-recaptcha", "h-captcha", "cf-turnstile", "frc-captcha", "/recaptcha/api.js", "hcaptcha.com/1/api")),
]
# Every mark above holds one of these: a page whose bytes hold none of them carries no mark (_may_carry_mark).
# Of all other characters only 'İ' (to 'i' and a combining dot) and the Kelvin sign (to 'k') lower-case to
# ASCII letters, so each mark must hold an anchor without a 'k' that is not the end of a mark ending in 'i'
# (tests/test_faults_parts.py checks it).
ANCHORS = (b"captcha", b"_cf_", b"cf-", b"cdn-cgi", b"datadome", b"incapsula", b"_pxappid", b"sucuri", b"ddos-guard",
           b"aws-waf", b"awswaf")
# Encodings in which each ASCII character is its own single byte.
ASCII_SAFE = ("utf-8", "utf8", "ascii", "us-ascii", "cp1252", "windows-1252", "iso-8859-1", "latin-1", "latin1")
CAPTCHA_MAX_WORDS = 60  # a CAPTCHA alone is weaker evidence (comment forms carry them): fewer words still
ERROR_TITLE = re.compile(
    r"\b(database error|error establishing a database connection|internal server error|bad gateway|service "
    r"(temporarily )?unavailable|gateway time-?out|too many requests|access denied|forbidden|not found|page not found|"
    r"account (has been )?suspended|site (is )?(temporarily )?(under|down for) maintenance|briefly unavailable|"
    r"error [45]\d\d|[45]\d\d error|^[45]\d\d\b)",
    re.I,
)
CONTROLS = bytes(range(9)) + bytes(range(14, 32))  # never in text; tab, newlines, form feed are
MAGIC = [
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or EPUB, DOCX)"), (b"\x1f\x8b", "gzip data"), (b"\x7fELF", "a program"),
    (b"RIFF", "a RIFF media file"), (b"\x00\x00\x00", "a media file"), (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3"), (b"BZh", "bzip2 data"), (b"\xfd7zXZ", "xz data"), (b"7z\xbc\xaf", "a 7-Zip archive"),
]


def binary_reason(body: bytes, content_type: str = "") -> str | None:
    """Why `body` is not a web page despite its type, or None."""
    for magic, what in MAGIC:
        if body.startswith(magic):
            return f"{what} served as {content_type or 'a web page'}"
    head = body[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with a byte-order mark: NULs are expected
    controls = len(head) - len(head.translate(None, CONTROLS))
    if head.count(b"\x00") > 2 or controls > len(head) // 20:
        return f"binary data served as {content_type or 'a web page'}"
    return None


def _visible_words(tree) -> int:
    body = tree.find("body")
    root = body if body is not None else tree
    texts = root.xpath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]")
    return len(" ".join(texts).split())


def _may_carry_mark(body: bytes | None, encoding: str | None) -> bool:
    """False when the page's bytes show that its text holds no service's mark, in any case.

    Lower-casing bytes costs a twentieth of lower-casing the text, and eleven anchors are
    searched instead of twenty marks; only for encodings where the bytes tell (``ASCII_SAFE``).
    """
    if body is None or (encoding or "").lower() not in ASCII_SAFE:
        return True
    lower = body.lower()
    return any(anchor in lower for anchor in ANCHORS)


def page_problem(text: str, body: bytes | None = None, encoding: str | None = None) -> str | None:
    """Why an HTML page served with 200 is not the page asked for (a challenge, an error), or None.

    `body` and `encoding`, when given, are the bytes `text` was decoded from and their encoding:
    the check then reads the bytes where it can, which is cheaper, with the same answer.
    """
    if len(text) > MAX_BYTES:
        return None
    service = None
    if _may_carry_mark(body, encoding):
        lower = text.lower()  # plain substring tests: a case-insensitive regex costs ~6 ms on an 11 KB page
        service = next((who for who, marks in CHALLENGES if any(mark in lower for mark in marks)), None)
    title_match = re.search(r"<title[^>]*>(.*?)</title>", text[:20000], re.I | re.S)
    title = unescape(re.sub(r"\s+", " ", title_match.group(1)).strip()) if title_match else ""
    h1_match = re.search(r"<h1[^>]*>(.*?)</h1>", text[:100_000], re.I | re.S)
    h1 = re.sub(r"<[^>]+>|\s+", " ", h1_match.group(1)).strip() if h1_match else ""
    error = next((t for t in (title, h1) if t and ERROR_TITLE.search(t)), None)
    if service is None and error is None:
        return None
    try:
        tree = lxml_html.document_fromstring(text.encode("utf-8", "replace"))
    except (ValueError, lxml_html.etree.ParserError):
        return None
    if _visible_words(tree) > (CAPTCHA_MAX_WORDS if service == "CAPTCHA" and not error else MAX_WORDS):
        return None
    if service:
        return f"a bot challenge ({service}) instead of the page"
    return f"an error page ({error[:80]!r}) instead of the page"
