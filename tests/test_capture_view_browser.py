"""The archived copy of a hostile page, opened in headless Chromium: nothing runs, nothing is fetched.

A beacon server on 127.0.0.1 (port 0) counts every request. The hostile page asks it for something in
every way a page can (a script, an image and its onerror, meta refresh, `<base href>` under a relative
image, SVG with a script, CSS `url()` in a style sheet and a style attribute, a stylesheet link, an
iframe, a video poster) and sets a flag on <html> when a script runs. Opened from the beacon server
itself, the page does call it and set the flag (the detector works); opened as Shelfmark's archived
copy, the beacon hears nothing and the flag stays unset. Chromium is driven as in test_browser.py.
"""

from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.capture_warcs import page_id, write_warc
from tests.reader_archive import build_archive, serve_datasette
from tests.test_browser import browse, chromium  # noqa: F401 - the fixture

URL = "http://alpha.test/nlmg"
FLAG = "document.documentElement.setAttribute('data-pwned', '{0}')"


def hostile_page(beacon: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Clones and memory</title>
<meta http-equiv="refresh" content="1;url={beacon}/refresh">
<base href="{beacon}/base/">
<link rel="stylesheet" href="{beacon}/link.css">
<style>body {{ background-image: url({beacon}/css-url) }}</style>
<script>{FLAG.format('script')}; document.title = 'pwned'; fetch('{beacon}/script');</script>
</head><body>
<p>A quiet novel about clones and memory, <em>haunting</em> and tender.</p>
<p style="background-image: url({beacon}/style-attr)">styled paragraph</p>
<img src="{beacon}/img" onerror="{FLAG.format('onerror')}" alt="the cover">
<img src="relative.png" alt="resolved against base">
<img src="x:nothing" onerror="{FLAG.format('onerror2')}">
<a id="js" href="javascript:{FLAG.format('href')}">click me</a>
<svg xmlns="http://www.w3.org/2000/svg"><script>{FLAG.format('svg')}</script>
<image href="{beacon}/svg-image" width="10" height="10"/></svg>
<iframe src="{beacon}/iframe"></iframe>
<video poster="{beacon}/poster"></video>
</body></html>""".encode()


class Beacon(BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self):  # noqa: N802 - http.server's name
        self.hits.append(self.path)
        if self.path in ("/original", "/still"):
            body, kind = self.server.pages[self.path], "text/html; charset=utf-8"
        else:
            body, kind = b"", "text/plain"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def beacon():
    """A real HTTP server on 127.0.0.1, port 0, that records every path asked of it."""
    hits: list[str] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("Handler", (Beacon,), {"hits": hits}))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    page = hostile_page(base)
    # "/still": the same page without its meta refresh, so the DOM Chromium prints is this page's own
    server.pages = {"/original": page, "/still": re.sub(rb'<meta http-equiv="refresh"[^>]*>', b"", page)}
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base, hits
    finally:
        server.shutdown()
        server.server_close()


def test_archived_copy_of_a_hostile_page_runs_and_fetches_nothing(chromium, beacon, tmp_path):  # noqa: F811
    base, hits = beacon
    # the detector works: the page itself, opened from the beacon, runs its script and calls out
    browse(chromium, base + "/original")
    assert {"/original", "/img", "/script", "/link.css", "/refresh"} <= set(hits), hits
    still = browse(chromium, base + "/still")
    assert "data-pwned" in re.search(r"<html[^>]*>", still).group(0)
    del hits[:]

    db = build_archive(tmp_path / "shelfmark.db")
    write_warc(db, "00001-alpha-00000.warc.gz", [(URL, "text/html; charset=utf-8", hostile_page(base))])
    pid = page_id(db, URL)
    with serve_datasette(db) as (_, reader):
        dom = browse(chromium, f"{reader}/-/capture/{pid}/view", "capture-view.png")
    assert hits == [], f"the archived copy called out: {hits}"
    html_tag = re.search(r"<html[^>]*>", dom).group(0)
    assert "data-pwned" not in html_tag, f"a script of the capture ran: {html_tag}"
    assert "pwned" not in re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert "<em>haunting</em>" in dom and "Archived copy of" in dom and "[image: the cover]" in dom
    assert "javascript:" not in dom.lower() and base not in dom
