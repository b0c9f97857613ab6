"""Which sources are due, and each source's last crawl, for `shelfmark status` and `crawl --due`."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from archive import unreviewed
from archive.store import Archive
from archive.withdraw import withdrawn
from scraper.schedule import next_due, parse_utc
from scraper.sources import Source


def _records(db: str) -> tuple[dict[str, dict], dict[str, dict]]:
    if not Path(db).exists():
        return {}, {}
    with Archive(db) as archive:
        return archive.last_source_records(), withdrawn(db)


def due_sources(sources: list[Source], db: str, now: datetime | None = None) -> tuple[list[Source], dict[str, str]]:
    """The sources due now, and why each other one is not."""
    now = now or datetime.now(timezone.utc)
    records, withdrawn = _records(db)
    due, skipped = [], {}
    for source in sources:
        record = records.get(source.slug) or {}
        when = next_due(source.schedule, parse_utc(record.get("last_finished_start")))
        if source.slug in withdrawn:
            skipped[source.slug] = "withdrawn"
        elif record.get("status") in ("running", "interrupted"):
            due.append(source)  # a stopped crawl is resumed whatever the schedule says
        elif when is None:
            skipped[source.slug] = "no schedule"
        elif when > now:
            skipped[source.slug] = f"next due {when:%Y-%m-%d %H:%M} UTC"
        else:
            due.append(source)
    return due, skipped


def _archived_only(db: str, listed: set[str]) -> list[str]:
    """Sources the archive holds that the sources file does not list (a demo archive, a source taken out of the
    file): their crawls are shown too, or `status` would call the archive's blogs unknown and hide what it holds."""
    if not Path(db).exists():
        return []
    with Archive(db) as archive:
        held = {row[0] for row in archive.db.execute("select slug from sources")}
        held |= {row[0] for row in archive.db.execute("select distinct source_slug from crawl_sources")}
    return sorted(held - listed)


def status_lines(sources: list[Source], db: str, now: datetime | None = None,
                 sources_path: str = "the sources file") -> list[str]:
    now = now or datetime.now(timezone.utc)
    records, withdrawn = _records(db)
    lines = [f"{'source':24} {'last crawl':22} {'result':44} next due"]
    for source in sources:
        record = records.get(source.slug)
        if source.slug in withdrawn:
            row = withdrawn[source.slug]
            lines.append(f"{source.slug:24} {'':22} {'withdrawn ' + row['withdrawn_at'][:10] + ': ' + row['reason']:44} never")
            continue
        last, result = _last(record)
        when = next_due(source.schedule, parse_utc((record or {}).get("last_finished_start")))
        if when is None:
            due = "not scheduled"
        elif when <= now:
            due = f"now ({source.schedule})"
        else:
            due = f"{when:%Y-%m-%d %H:%M} UTC ({source.schedule})"
        lines.append(f"{source.slug:24} {last:22} {result:44} {due}")
    for slug in _archived_only(db, {s.slug for s in sources}):
        last, result = _last(records.get(slug))
        if slug in withdrawn:
            last, result = "", "withdrawn " + withdrawn[slug]["withdrawn_at"][:10] + ": " + withdrawn[slug]["reason"]
        lines.append(f"{slug:24} {last:22} {result:44} not in {sources_path} (archive only)")
    marked = _unreviewed(db)
    if marked:
        lines.append("kept, but no longer read as reviews (reviews.unreviewed_at): "
                     + ", ".join(f"{slug} {n}" for slug, n in sorted(marked.items())))
    return lines


def _last(record: dict | None) -> tuple[str, str]:
    """A source's last crawl and its result, as `status` shows them."""
    if record is None:
        return "never", "-"
    last = f"#{record['crawl_id']} {record['started_at'][:16].replace('T', ' ')}"
    result = (f"{record['status']}: new {record['new']}, changed {record['changed']}, "
              f"gone {record['gone']}, failed {record['failed']}"
              + (f", no longer reviews {record['reviews_unreviewed']}" if record.get("reviews_unreviewed") else ""))
    return last, result


def _unreviewed(db: str) -> dict[str, int]:
    if not Path(db).exists():
        return {}
    with Archive(db) as archive:
        return unreviewed.per_source(archive.db.conn)
