"""Archived captures and review versions, when the archive has them.

The crawler's WARC writer adds `pages.warc_file`/`pages.warc_offset` and the
`review_versions` table (migration m002). Archives made before it have neither,
so the two canned queries that read them, `review_capture` and `review_versions`,
are only offered when their columns exist; the review page asks `has_query()`.

`/-/capture/<page_id>` hands over the page's WARC record itself, one gzip member
cut from the file at its offset, as a download: a researcher replays or cites
it with any WARC tool. Never as HTML from our origin, where the blog's own
scripts would run: readers read a capture through `/-/capture/<page_id>/view`
(shelfmark_capview.py), sanitised, under a CSP.
"""

import zlib
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from archive.captures import asked_version, capture_row, warc_dir

CAPTURE_SQL = """select reviews.id as review_id, pages.id as page_id, pages.url, pages.fetched_at,
  pages.warc_file, pages.warc_offset
from reviews join pages on pages.id = reviews.page_id
where reviews.id = :id and pages.warc_file is not null"""

VERSIONS_SQL = """select version, seen_at, content_hash, body_markdown, warc_file
from review_versions where review_id = :id order by version desc"""

CHUNK = 1 << 16


# The columns both queries need, in one read (Datasette asks for the canned queries each time a page runs one).
COLUMNS_SQL = """select 'pages', name from pragma_table_info('pages')
union all select 'review_versions', name from pragma_table_info('review_versions')"""


async def _columns(db) -> dict[str, set[str]]:
    columns: dict[str, set[str]] = {"pages": set(), "review_versions": set()}
    for table, name in (await db.execute(COLUMNS_SQL)).rows:
        columns[table].add(name)
    return columns


@hookimpl
def canned_queries(datasette, database):
    async def inner():
        columns = await _columns(datasette.get_database(database))
        queries = {}
        if {"warc_file", "warc_offset"} <= columns["pages"]:
            queries["review_capture"] = {
                "title": "Archived capture of one review",
                "description": "The WARC file and offset holding the page a review was read from.",
                "sql": CAPTURE_SQL,
            }
        if {"review_id", "version", "body_markdown", "content_hash", "seen_at"} <= columns["review_versions"]:
            queries["review_versions"] = {
                "title": "Versions of one review",
                "description": "Every text of a review seen over time, newest first.",
                "sql": VERSIONS_SQL,
            }
        return queries

    return inner


def read_member(path: Path, offset: int) -> bytes:
    """The gzip member starting at `offset`: one WARC record, compressed as stored."""
    out = bytearray()
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    with open(path, "rb") as stream:
        stream.seek(offset)
        while not inflater.eof:
            chunk = stream.read(CHUNK)
            if not chunk:
                raise ValueError(f"{path.name}: record at {offset} is cut short")
            inflater.decompress(chunk)
            used = len(chunk) - len(inflater.unused_data)
            out += chunk[:used]
    return bytes(out)


async def capture(datasette, request):
    page_id = int(request.url_vars["page_id"])
    db = datasette.get_database()
    if "warc_file" not in (await _columns(db))["pages"]:
        raise NotFound("This archive keeps no captures.")
    version = asked_version(request.args)
    row = await capture_row(db, page_id, version)
    if row is None or not row["warc_file"]:
        asked = request.args.get("version")
        what = f"Page {page_id}" if version is None else f"Version {asked} of page {page_id}'s review"
        raise NotFound(f"{what} has no archived capture.")
    folder = warc_dir(db.path)  # (the crawler's convention: data/x.db keeps its WARCs in data/warcs/x/)
    path = (folder / row["warc_file"]).resolve()
    if folder.resolve() not in path.parents or not path.is_file():
        raise NotFound(f"The capture file {row['warc_file']} is not in {folder}.")
    try:
        record = read_member(path, int(row["warc_offset"] or 0))
    except (OSError, ValueError, zlib.error) as exc:
        raise NotFound(f"The capture could not be read: {exc}")
    suffix = f"-v{version}" if version else ""  # (a version's own record: shelfmark-page-7-v1.warc.gz)
    return Response(
        record,
        content_type="application/gzip",  # a .warc.gz member; warcio reads it as is
        headers={
            "content-disposition": f'attachment; filename="shelfmark-page-{page_id}{suffix}.warc.gz"',
            "x-content-type-options": "nosniff",
        },
    )


@hookimpl
def register_routes():
    return [(r"^/-/capture/(?P<page_id>\d+)$", capture)]
