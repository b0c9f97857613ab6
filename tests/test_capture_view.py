"""The archived copy of a page, `/-/capture/<page_id>/view`, on the real Datasette with real WARC files.

The capture is hostile HTML in cp1252: the view must show its words (decoded with the charset the page
declared) under the archive's banner, and nothing that runs or loads: no script, no event handler, no
`src` at all, a strict CSP. Each way a capture can be missing is a 404 or 410 naming what is missing.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3

import lxml.html
import pytest

from archive.serve import make_datasette
from tests.capture_warcs import page_id, write_warc
from tests.reader_archive import build_archive, review_id

URL = "http://alpha.test/nlmg"
HOSTILE = """<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Clones and memory</title>
<base href="http://evil.test/"><meta http-equiv="refresh" content="0;url=http://evil.test/refresh">
<style>body { background: url(http://evil.test/css) }</style><script>document.title = 'pwned'</script>
<link rel="stylesheet" href="http://evil.test/link.css"></head>
<body onload="alert(1)"><h1 style="background:url(http://evil.test/style)">Clones and memory</h1>
<p>A quiet novel about clones at the caf\u00e9, <em>devastating</em> and tender.</p>
<p><img src="http://evil.test/cover.jpg" srcset="http://evil.test/2x.jpg 2x" alt="The cover" onerror="alert(2)"></p>
<p><a href="javascript:alert(3)">click me</a> <a href="/about">about the blog</a></p>
<svg><script>alert(4)</script><image href="http://evil.test/svg.png"/></svg>
<iframe src="http://evil.test/frame"></iframe><object data="http://evil.test/object"></object>
<form action="http://evil.test/form"><input name="q"><button formaction="http://evil.test/b">Go</button></form>
<video poster="http://evil.test/poster.jpg"><source src="http://evil.test/v.mp4"></video>
</body></html>""".encode("cp1252")


@pytest.fixture
def db(tmp_path):
    return build_archive(tmp_path / "shelfmark.db")


async def test_view_shows_the_text_under_the_banner_and_nothing_live(db):
    write_warc(db, "00001-alpha-00000.warc.gz", [(URL, "text/html", HOSTILE)])
    pid = page_id(db, URL)
    response = await make_datasette(db).client.get(f"/-/capture/{pid}/view")
    assert response.status_code == 200
    html = response.text
    banner = " ".join(re.sub(r"<[^>]+>", "", html).split())
    assert (f"Archived copy of {URL}, fetched 2024-06-02 10:00:00 (UTC), sha256 {hashlib.sha256(HOSTILE).hexdigest()},"
            " captured by Shelfmark 9.9.9") in banner
    assert "caf\u00e9" in html and "<em>devastating</em>" in html and "[image: The cover]" in html
    assert f'href="/-/capture/{pid}"' in html  # the raw WARC record
    assert re.search(rf'<a href="{URL}"[^>]*rel="noopener noreferrer nofollow"', html)
    assert 'href="http://alpha.test/about"' in html  # relative links lead to the original site, not ours
    lower = html.lower()
    assert "<script" not in lower and "javascript:" not in lower and "evil.test" not in lower
    assert not re.search(r"<[^>]+\son\w+\s*=", lower)
    tree = lxml.html.fromstring(html)
    for element in tree.iter():
        if isinstance(element.tag, str):
            assert element.tag not in {"iframe", "object", "embed", "form", "input", "svg", "base", "img", "video",
                                       "source", "style", "script"}, element.tag
            assert element.tag != "meta" or "http-equiv" not in element.attrib
            assert not {"src", "srcset", "style", "poster", "action", "formaction", "data"} & set(element.attrib)
    assert "pwned" not in tree.findtext(".//title")
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "img-src 'none'" in csp and "script-src" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["content-type"].startswith("text/html")


async def test_review_page_and_page_row_link_the_view_and_the_record(db):
    write_warc(db, "00001-alpha-00000.warc.gz", [(URL, "text/html", HOSTILE)])
    pid, rid = page_id(db, URL), review_id(db, URL)
    ds = make_datasette(db)
    review = (await ds.client.get(f"/review/{rid}")).text
    assert f'<a href="/-/capture/{pid}/view" class="capture">Archived copy</a>' in review
    assert f'<a href="/-/capture/{pid}" class="warc">WARC record</a>' in review
    row = (await ds.client.get(f"/shelfmark/pages/{pid}")).text
    assert f'href="/-/capture/{pid}/view"' in row and f'href="/-/capture/{pid}"' in row
    table = (await ds.client.get("/shelfmark/pages")).text
    assert f'href="/-/capture/{pid}/view"' in table
    # the raw record is still the download it was
    record = await ds.client.get(f"/-/capture/{pid}")
    assert record.status_code == 200 and "attachment" in record.headers["content-disposition"]


def _point(db, url, name, offset):
    with sqlite3.connect(db) as conn:
        conn.execute("update pages set warc_file = ?, warc_offset = ? where url = ?", [name, offset, url])


@pytest.mark.parametrize("case, status, says", [
    ("no capture", 404, "has no archived capture"),
    ("no such page", 404, "No page 999999"),
    ("past sqlite's integers", 404, "No page 100000000000000000000"),
    ("missing file", 410, "gone.warc.gz"),
    ("pdf", 404, "application/pdf"),
    ("unreadable", 410, "cannot be read"),
    ("no capture columns", 404, "keeps no captures"),
    ("too large", 404, "too large to show here"),
])
async def test_each_missing_capture_is_a_404_or_410_naming_it(db, case, status, says):
    other = "http://beta.test/nlmg"
    offsets = write_warc(db, "00001-alpha-00000.warc.gz", [(URL, "text/html", HOSTILE),
                                                           (other, "application/pdf", b"%PDF-1.4 not a page")])
    pid = page_id(db, URL)
    if case == "no capture":
        _point(db, URL, None, None)
    elif case == "no such page":
        pid = 999999
    elif case == "past sqlite's integers":
        pid = 10 ** 20
    elif case == "missing file":
        _point(db, URL, "gone.warc.gz", 0)
    elif case == "pdf":
        pid = page_id(db, other)
    elif case == "unreadable":
        _point(db, URL, "00001-alpha-00000.warc.gz", offsets[URL] + 7)
    elif case == "too large":
        big = write_warc(db, "00002-alpha-00000.warc.gz", [(URL, "text/html", b"<p>" + b"word " * 1_300_000 + b"</p>")])
        _point(db, URL, "00002-alpha-00000.warc.gz", big[URL])
    elif case == "no capture columns":
        with sqlite3.connect(db) as conn:
            conn.execute("alter table pages drop column warc_file")
            conn.execute("alter table pages drop column warc_offset")
    response = await make_datasette(db).client.get(f"/-/capture/{pid}/view")
    assert response.status_code == status, response.text[-2000:]
    assert says in response.text
    assert str(db.parent) not in response.text  # the server's own paths are not shown to a reader
    if case == "pdf":
        assert f'href="/-/capture/{pid}"' in response.text  # only the download is offered


@pytest.mark.parametrize("pid, says", [(999999, "Page 999999 has no archived capture"),
                                       (10 ** 20, "Page 100000000000000000000 has no archived capture")])
async def test_the_download_of_a_page_that_is_not_there_is_a_404_naming_it(db, pid, says):
    # (the download route shares the view's lookup: an id past SQLite's integers is no page, not a server error)
    write_warc(db, "00001-alpha-00000.warc.gz", [(URL, "text/html", HOSTILE)])
    response = await make_datasette(db).client.get(f"/-/capture/{pid}")
    assert response.status_code == 404, response.text[-2000:]
    assert says in response.text
