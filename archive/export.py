"""A dated, citable release of the archive: `export_release(db_path, out_dir)`.

```
<out_dir>/shelfmark-<YYYY-MM-DD>/
  README.md           what is here and how to cite it
  CITATION.cff        Citation File Format 1.2.0
  datapackage.json    Frictionless data package: every table and column described
  provenance.json     sources, crawl dates, extractor versions, row counts, checksums
  shelfmark.db        the SQLite archive itself (a consistent snapshot, one file)
  data/<table>.csv    one per table, with a header row
  data/<table>.jsonl  one JSON object per line, the same rows
```

Column descriptions come from `archive/datasette/metadata.yml`, the ones readers
see in Datasette, so the data dictionary and the browser never disagree. Rows are
streamed (never a whole table in memory), and the release is written to a
`.partial` folder first and renamed at the end, so a folder with the final name
is always complete.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import logging
import shutil
import sqlite3
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from archive import unreviewed
from archive.serve import METADATA_DB_KEY, load_metadata

logger = logging.getLogger(__name__)

BATCH = 1000
# FTS shadow tables and migration bookkeeping are machinery, not data.
SKIP_PREFIXES = ("reviews_fts", "_sqlite", "sqlite_")
FRICTIONLESS_TYPES = {"INTEGER": "integer", "REAL": "number", "FLOAT": "number", "TEXT": "string"}
LICENSE_NOTE = "Reviews remain the copyright of their authors; each row links to the original post."


class ExportError(Exception):
    """The release can't be written as asked; the message says what to do."""


def _version() -> str:
    try:
        return version("shelfmark")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "unknown"


def _tables(conn: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' order by name")]
    return [n for n in names if not n.startswith(SKIP_PREFIXES)]


def _rows(conn: sqlite3.Connection, table: str) -> Iterator[sqlite3.Row]:
    cursor = conn.execute(f'select * from "{table}" order by rowid')
    while batch := cursor.fetchmany(BATCH):
        yield from batch


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _write_table(conn: sqlite3.Connection, table: str, data_dir: Path) -> int:
    columns = [r[1] for r in conn.execute(f'pragma table_info("{table}")')]
    count = 0
    with open(data_dir / f"{table}.csv", "w", newline="", encoding="utf-8") as csv_file, \
            open(data_dir / f"{table}.jsonl", "w", encoding="utf-8") as jsonl_file:
        writer = csv.writer(csv_file)
        writer.writerow(columns)
        for row in _rows(conn, table):
            values = tuple(row)
            writer.writerow(["" if v is None else v for v in values])
            jsonl_file.write(json.dumps(dict(zip(columns, values)), ensure_ascii=False) + "\n")
            count += 1
    return count


def _schema(conn: sqlite3.Connection, table: str, described: dict[str, Any]) -> dict[str, Any]:
    info = list(conn.execute(f'pragma table_info("{table}")'))
    fields = []
    missing = [r[1] for r in info if not (described.get("columns") or {}).get(r[1])]
    if missing:
        logger.warning("export: %s: no description in metadata.yml for %s", table, ", ".join(missing))
    for _, name, sql_type, notnull, _, _ in info:
        description = (described.get("columns") or {}).get(name)
        fields.append(
            {
                "name": name,
                "type": FRICTIONLESS_TYPES.get((sql_type or "").upper(), "string"),
                "description": description or "Not yet described.",
                **({"constraints": {"required": True}} if notnull else {}),
            }
        )
    schema: dict[str, Any] = {"fields": fields}
    keys = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
    if keys:
        schema["primaryKey"] = keys
    foreign = list(conn.execute(f'pragma foreign_key_list("{table}")'))
    if foreign:
        schema["foreignKeys"] = [
            {"fields": [f[3]], "reference": {"resource": f[2], "fields": [f[4]]}} for f in foreign
        ]
    return schema


VIEWS_NOTE = ("A view in shelfmark.db: a query over the tables above, so its rows are not written as files of "
              "their own (each is those tables' rows joined); open shelfmark.db, or Datasette, to read it.")


def _views(conn: sqlite3.Connection, described: dict[str, Any]) -> list[dict[str, Any]]:
    """The views shipped in shelfmark.db (book_summary, review_index, reviews_by_book), described as the tables are,
    so a researcher who finds them in the SQLite file finds them in the data dictionary too."""
    names = [r[0] for r in conn.execute("select name from sqlite_master where type = 'view' order by name")]
    return [{"name": name, "path": "shelfmark.db", "description": (described.get(name) or {}).get("description")
             or "Not yet described.", "note": VIEWS_NOTE, "schema": _schema(conn, name, described.get(name) or {})}
            for name in names if not name.startswith(SKIP_PREFIXES)]


def _provenance(conn: sqlite3.Connection, counts: dict[str, int]) -> dict[str, Any]:
    def one(sql: str) -> Any:
        return conn.execute(sql).fetchone()[0]

    # Rows a later reading no longer takes for reviews (m009, archive/unreviewed.py) are exported, marked,
    # but not counted as reviews.
    marked = "reviews.unreviewed_at is not null" if unreviewed.marks(conn) else "0"
    sources = [
        dict(r)
        for r in conn.execute(
            f"""select sources.slug, sources.name, sources.home_url, sources.platform,
                 (select count(*) from pages where pages.source_slug = sources.slug) as pages,
                 (select count(*) from reviews where reviews.source_slug = sources.slug and not {marked}) as reviews,
                 (select count(*) from reviews where reviews.source_slug = sources.slug and {marked}) as no_longer_reviews,
                 (select min(fetched_at) from pages where pages.source_slug = sources.slug) as first_fetched,
                 (select max(fetched_at) from pages where pages.source_slug = sources.slug) as last_fetched
               from sources order by slug"""
        )
    ]
    return {
        "shelfmark_version": _version(),
        "sources": sources,
        "crawls": {
            "count": one("select count(*) from crawls"),
            "first_started": one("select min(started_at) from crawls"),
            "last_finished": one("select max(finished_at) from crawls"),
            "user_agents": [r[0] for r in conn.execute("select distinct user_agent from crawls where user_agent is not null")],
        },
        "extractor_versions": {
            (r[0] or "unknown"): r[1]
            for r in conn.execute("select extractor_version, count(*) from reviews group by extractor_version")
        },
        "rows": counts,
        "reviews": sum(s["reviews"] for s in sources),
        "no_longer_reviews": sum(s["no_longer_reviews"] for s in sources),
    }


def _citation(release: str, provenance: dict[str, Any]) -> str:
    sources = provenance["sources"]
    lines = [
        "cff-version: 1.2.0",
        'message: "If you use this data, please cite it as below, and credit the reviewers and blogs it comes from."',
        "type: dataset",
        f'title: "Shelfmark archive of book-review blogs, release {release}"',
        f'version: "{release}"',
        f"date-released: {release}",
        "authors:",
        '  - name: "Shelfmark"',
        f'abstract: "{provenance["reviews"]} book reviews from {len(sources)} blogs, '
        'cleaned of blog furniture, with provenance (URL, fetch time, content hash, extractor version) on every row."',
        "keywords: [book reviews, blogs, web archive, literary criticism]",
    ]
    if sources:
        lines.append("references:")
        for source in sources:
            lines += [
                "  - type: blog",
                f"    title: {json.dumps(source['name'], ensure_ascii=False)}",
                f"    url: {json.dumps(source['home_url'] or '')}",
                "    authors:",
                f"      - name: {json.dumps(source['name'], ensure_ascii=False)}",
            ]
    return "\n".join(lines) + "\n"


def _marked_note(provenance: dict[str, Any]) -> str:
    n = provenance["no_longer_reviews"]
    return (f"\n`reviews` also holds {n} rows that a later reading no longer takes for reviews (`unreviewed_at` set): "
            "kept with their versions for the record, left out of the review counts here and of the reader's pages.\n"
            if n else "")


def _readme(release: str, provenance: dict[str, Any], tables: list[str], views: list[str]) -> str:
    views = ", ".join(f"`{v}`" for v in views) or "none"  # type: ignore[assignment]
    rows = "\n".join(f"| `data/{t}.csv`, `data/{t}.jsonl` | {provenance['rows'][t]} |" for t in tables)
    return f"""# Shelfmark release {release}

Book reviews collected from {len(provenance['sources'])} blogs by Shelfmark {provenance['shelfmark_version']}.
{LICENSE_NOTE}

| file | rows |
| --- | --- |
{rows}
{_marked_note(provenance)}
- `shelfmark.db`: the same data as one SQLite file (with full-text search and the views {views}).
- `datapackage.json`: every table and column described (Frictionless Data Package); the views, queries over the
  tables with no file of their own, under `views`.
- `provenance.json`: the blogs, crawl dates, extractor versions, row counts and a sha256 for every file.
- `CITATION.cff`: how to cite this release.
"""


def export_release(db_path: str | Path, out_dir: str | Path, today: dt.date | None = None) -> Path:
    """Write a dated release of the archive at `db_path` into `out_dir`; return its folder."""
    db_path, out_dir = Path(db_path), Path(out_dir)
    if not db_path.is_file():
        raise ExportError(f"no archive at {db_path}; run a crawl first (shelfmark crawl) or pass --db")
    release = (today or dt.date.today()).isoformat()
    final = out_dir / f"shelfmark-{release}"
    if final.exists():
        raise ExportError(f"{final} already exists; remove it or export to another folder")
    partial = final.with_name(final.name + ".partial")
    if partial.exists():
        shutil.rmtree(partial)  # left by an export that was interrupted
    (partial / "data").mkdir(parents=True)

    # A snapshot first, through SQLite's backup API: consistent even while a crawl
    # writes (WAL), and every CSV below is read from the very same snapshot.
    snapshot = partial / "shelfmark.db"
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as source, sqlite3.connect(snapshot) as copy:
        source.backup(copy)
    with sqlite3.connect(snapshot) as copy:
        copy.execute("pragma journal_mode=delete")  # one self-contained file, no -wal beside it
    conn = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        tables = _tables(conn)
        counts = {t: _write_table(conn, t, partial / "data") for t in tables}
        provenance = _provenance(conn, counts)
        described = load_metadata(METADATA_DB_KEY)["databases"][METADATA_DB_KEY]["tables"]
        resources = []
        for table in tables:
            meta = described.get(table, {})
            schema = _schema(conn, table, meta)
            for fmt, media in (("csv", "text/csv"), ("jsonl", "application/jsonl")):
                resources.append(
                    {
                        "name": f"{table}-{fmt}".replace("_", "-"),
                        "path": f"data/{table}.{fmt}",
                        "format": fmt,
                        "mediatype": media,
                        "encoding": "utf-8",
                        "title": table,
                        "description": meta.get("description") or "Not yet described.",
                        "schema": json.loads(json.dumps(schema)),  # a copy: foreign keys are rewritten per resource below
                    }
                )
        views = _views(conn, described)
        schemas = {r["title"] for r in resources}
        for resource in resources:
            for key in resource["schema"].get("foreignKeys", []):
                if key["reference"]["resource"] in schemas:
                    key["reference"]["resource"] = f"{key['reference']['resource']}-csv".replace("_", "-")
    finally:
        conn.close()

    package = {
        "profile": "data-package",
        "name": "shelfmark",
        "title": f"Shelfmark archive of book-review blogs, release {release}",
        "version": release,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "licenses": [{"name": "other-closed", "title": LICENSE_NOTE}],
        "sources": [{"title": s["name"], "path": s["home_url"]} for s in provenance["sources"]],
        "resources": resources,
        "views": views,  # not resources (no file of their own): described where the SQLite file holds them
    }
    (partial / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2), encoding="utf-8")
    (partial / "CITATION.cff").write_text(_citation(release, provenance), encoding="utf-8")
    readme = _readme(release, provenance, tables, [v["name"] for v in views])
    (partial / "README.md").write_text(readme, encoding="utf-8")
    # Checksums last, over every other file, so provenance.json vouches for all of them.
    provenance["release"] = release
    provenance["files"] = {
        str(p.relative_to(partial)): {"bytes": p.stat().st_size, "sha256": _sha256(p)}
        for p in sorted(partial.rglob("*"))
        if p.is_file()
    }
    (partial / "provenance.json").write_text(json.dumps(provenance, ensure_ascii=False, indent=2), encoding="utf-8")
    partial.rename(final)
    return final
