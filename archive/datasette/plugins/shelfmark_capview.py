"""The archived copy of a page as a page a reader can read: `/-/capture/<page_id>/view`.

When the original post is gone, the WARC record (`/-/capture/<page_id>`, a download) is all that is left,
and readers cannot open it. This view shows the captured HTML as text, but the HTML was crawled from the
open web and is hostile: it is decoded with the charset the crawler's extractor uses
(`scraper.charset.decode_html`), parsed with lxml, each image replaced by its alt text (so the reader's
browser never asks the blog for it), and cleaned with nh3 against an allow-list of text and layout
tags: no scripts, handlers, styles, forms, frames, objects or SVG, links kept but marked external. A
strict Content-Security-Policy backs that up: were anything to slip through, the browser would still
neither run it nor load anything from anywhere. The page is drawn from a template of its own
(`capture_view.html`), not Datasette's base.html, which carries an inline script.

A page without a capture, a WARC file gone from the warcs/ folder, a record that cannot be read and a
capture that is not HTML each get a 404 or 410 saying what is missing; the raw record stays downloadable.
"""

from __future__ import annotations

import hashlib
import zlib

import brotli
import lxml.etree
import lxml.html
import nh3
from datasette import hookimpl
from datasette.utils.asgi import Response
from datasette.views.base import DatasetteError
from markupsafe import Markup, escape
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from archive.captures import CaptureError, asked_version, capture_path, capture_row, read_capture, warc_dir
from scraper.charset import decode_html
from scraper.deephtml import cut_short, deep_parser, flatten

HTML_TYPES = {"text/html", "application/xhtml+xml"}
# the largest capture drawn as a page (a blog post is well under 1 MB; a 50 MB capture would take seconds of a shared
# server's time and the reader's memory for nothing a reader can read): larger ones are offered as the download only
VIEW_BYTES = 5_000_000

# What a reader needs to read a post: text, headings, lists, quotes, tables, links. Nothing that runs,
# loads, submits or styles; no class or id either, so a page cannot dress itself up as the banner.
TAGS = {
    "p", "br", "hr", "a", "em", "strong", "b", "i", "u", "s", "del", "ins", "sup", "sub", "small", "mark",
    "blockquote", "q", "cite", "code", "pre", "kbd", "samp", "var", "abbr", "time", "address",
    "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "div", "span",
    "article", "section", "header", "footer", "main", "nav", "aside",
}
ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"colspan", "rowspan"}, "td": {"colspan", "rowspan"},
              "ol": {"start"}, "time": {"datetime"}}
# Dropped with everything inside them: their content is code, or markup a reader was never meant to see.
DROPPED = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "textarea",
           "select", "button", "title", "head", "canvas", "noembed", "noframes", "xmp", "applet", "frameset"}
LINK_REL = "noopener noreferrer nofollow"

CSP = ("default-src 'none'; style-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'; "
       "frame-ancestors 'none'")
HEADERS = {"content-security-policy": CSP, "x-content-type-options": "nosniff", "referrer-policy": "no-referrer"}


def gone(message: str, status: int = 410, html: bool = False) -> DatasetteError:
    title = "Archived copy not found" if status == 404 else "Archived copy gone"
    return DatasetteError(message, title=title, status=status, message_is_html=html)


def clean_html(text: str, base_url: str | None) -> tuple[str | None, Markup]:
    """(the page's title, its body as sanitised HTML): images become their alt text, links lead out."""
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8")  # (one a call: an lxml parser is not shared between threads)
        doc = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
        if cut_short(parser):  # nested past libxml2's 256 levels: the rest of the page was dropped (scraper.deephtml)
            doc = flatten(lxml.html.document_fromstring(text.encode("utf-8"), parser=deep_parser(encoding="utf-8")))
    except lxml.etree.ParserError:  # an empty document
        return None, Markup("")
    title = " ".join((doc.findtext(".//title") or "").split()) or None
    for image in list(doc.iter("img")):
        # nh3 would drop the tag and its alt with it: the text a reader needs in its place is the alt
        alt = " ".join((image.get("alt") or "").split())
        if alt:
            image.addprevious(lxml.html.fromstring(f"<span>[image: {escape(alt)}]</span>"))
        image.drop_tree()  # keeps its tail text
    body = doc.find("body")
    source = lxml.html.tostring(body, encoding="unicode") if body is not None else ""
    options = {"tags": TAGS, "clean_content_tags": DROPPED, "attributes": ATTRIBUTES, "strip_comments": True,
               "url_schemes": {"http", "https", "mailto"}, "link_rel": LINK_REL}
    try:
        # relative links lead to the original site, never to a path on the archive's own origin
        clean = nh3.clean(source, url_relative=("rewrite_with_base", base_url) if base_url else "deny", **options)
    except ValueError:  # a captured URL nh3 cannot take as a base: relative links are dropped instead
        clean = nh3.clean(source, url_relative="deny", **options)
    return title, Markup(clean)


def software_version(path) -> str | None:
    """The Shelfmark version named in the WARC file's warcinfo record (its first), if any."""
    try:
        with open(path, "rb") as stream:
            record = next(iter(ArchiveIterator(stream)), None)
            if record is None or record.rec_type != "warcinfo":
                return None
            fields = record.content_stream().read(65536).decode("utf-8", "replace")
    except (OSError, ValueError, zlib.error, ArchiveLoadFailed):
        return None
    for line in fields.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "software" and value.strip().startswith("Shelfmark/"):
            return value.strip()[len("Shelfmark/"):].split()[0]
    return None


async def _page(db, page_id: int, version: int | None = None):
    columns = {r[0] for r in (await db.execute("select name from pragma_table_info('pages')")).rows}
    if not {"warc_file", "warc_offset"} <= columns:
        raise gone("This archive keeps no captures: its pages have no WARC files.", 404)
    row = await capture_row(db, page_id)
    if row is None:
        raise gone(f"No page {page_id} in the archive.", 404)
    if version is not None:
        row = await capture_row(db, page_id, version)
        if row is None:
            raise gone(f"Page {page_id} has no review with that version.", 404)
        if not row["warc_file"]:
            raise gone(f"Version {version} of page {page_id}'s review has no archived capture.", 404)
    if not row["warc_file"]:
        raise gone(f"Page {page_id} ({row['url']}) has no archived capture: it was not archived.", 404)
    return row


async def capture_view(datasette, request):
    page_id = int(request.url_vars["page_id"])
    db = datasette.get_database()
    version = asked_version(request.args)
    row = await _page(db, page_id, version)
    folder, name, offset = warc_dir(db.path), row["warc_file"], int(row["warc_offset"] or 0)
    path = capture_path(folder, name).resolve()
    if folder.resolve() not in path.parents:
        raise gone(f"Page {page_id} names a capture file outside the archive's warcs/ folder: {name}.", 404)
    if not path.is_file():
        raise gone(f"The WARC file {name} holding the capture of page {page_id} is missing from the archive's warcs/ "
                   "folder.")  # (the server's own paths are not a reader's business)
    record = f"/-/capture/{page_id}" + (f"?version={version}" if version is not None else "")
    download = f'<a href="{record}" class="warc">download the WARC record</a>'
    try:
        capture = read_capture(folder, name, offset)
        body = capture.body
    except (CaptureError, OSError, ValueError, zlib.error, brotli.error) as exc:  # brotli: a damaged br body
        reason = str(exc).replace(str(folder.resolve()), "warcs").replace(str(folder), "warcs")[:200]
        raise gone(f"The capture of page {page_id} ({name} at byte {offset}) cannot be read: {reason}")
    kind = capture.content_type.split(";")[0].strip().lower()
    if kind not in HTML_TYPES:
        message = (f"The capture of page {page_id} ({escape(row['url'])}) is {escape(kind)}, not a web page, so it "
                   f"is not shown here: {download} to open it.")
        raise gone(message, 404, html=True)
    if len(body) > VIEW_BYTES:
        message = (f"The capture of page {page_id} ({escape(row['url'])}) is {len(body) / 1e6:.0f} MB, too large to "
                   f"show here: {download} to open it.")
        raise gone(message, 404, html=True)
    text, charset = decode_html(body, capture.content_type)
    url = capture.url or row["url"]
    title, clean = clean_html(text, url if url.startswith(("http://", "https://")) else None)
    context = {
        "page_id": page_id, "url": url, "title": title, "body": clean, "charset": charset,
        "status": capture.status, "sha256": hashlib.sha256(body).hexdigest(), "link_rel": LINK_REL,
        "fetched": (capture.date or "").replace("T", " ").rstrip("Z").split("+")[0] or "at an unknown time",
        "version": software_version(path) or "(version not recorded)", "warc_file": name, "offset": offset,
        "record": record, "review_version": version,
    }
    html = await datasette.render_template("capture_view.html", context, request=request)
    return Response.html(html, headers=HEADERS)


@hookimpl
def register_routes():
    return [(r"^/-/capture/(?P<page_id>\d+)/view$", capture_view)]


@hookimpl
def render_cell(value, column, table, row):
    """A page row's WARC file, with the two ways to open its capture: read it, or download the record."""
    if table != "pages" or column != "warc_file" or not value or not isinstance(value, str):
        return None
    try:
        page_id = int(row["id"])
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    return Markup('{0} · <a href="/-/capture/{1}/view" class="capture">archived copy</a>'
                  ' · <a href="/-/capture/{1}" class="warc">WARC record</a>').format(value, page_id)
