"""The crawl log: one `crawls` row a run, one `crawl_sources` row a blog in it, and their counts.

A mixin of `archive.store.Archive` (which gives it `self.db` and `self._get`), kept apart so
that the record of what each crawl did reads in one place.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from archive.schema import CRAWL_COUNT_COLUMNS, CRAWL_STATUSES, LATER_COUNT_COLUMNS, SOURCE_COUNT_COLUMNS

# Every count of a `crawls` row (m010 added the later ones; archive/schema.py).
CRAWL_COUNTS = CRAWL_COUNT_COLUMNS + LATER_COUNT_COLUMNS


class ArchiveError(Exception):
    """Bad input to the archive; the message says how to fix it."""


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _json_list(value: Any, field: str, url: str) -> str:
    if value is None:
        value = []
    if not isinstance(value, (list, tuple)):
        raise ArchiveError(f"{url}: record[{field!r}] must be a list of strings, got {type(value).__name__}")
    return json.dumps(list(value), ensure_ascii=False)


class CrawlLog:
    # -- sources and crawls -------------------------------------------------

    def upsert_sources(self, rows: Iterable[Mapping[str, Any]]) -> None:
        now = utc_now()
        with self.db.atomic():
            for row in rows:
                if not row.get("slug") or not row.get("name"):
                    raise ArchiveError(f"source {dict(row)!r} needs a 'slug' and a 'name'; check config/sources.yaml")
                record = {k: row.get(k) for k in ("slug", "name", "home_url", "platform")}
                for key in ("feeds", "sitemaps"):
                    record[key] = _json_list(row.get(key), key, row["slug"])
                record["last_seen"] = now
                if self._get("sources", row["slug"]) is None:
                    record["first_seen"] = now
                self.db["sources"].upsert(record, pk="slug")

    def start_crawl(
        self,
        source_slugs: Iterable[str],
        user_agent: str | None = None,
        extractor_version: str | None = None,
    ) -> int:
        slugs = list(source_slugs)
        missing = [s for s in slugs if self._get("sources", s) is None]
        if missing:
            raise ArchiveError(f"unknown sources {missing}; call Archive.upsert_sources() with them first")
        with self.db.atomic():
            table = self.db["crawls"].insert(
                {
                    "started_at": utc_now(),
                    "status": "running",
                    "sources": json.dumps(slugs),
                    "user_agent": user_agent,
                    "extractor_version": extractor_version,
                }
            )
            crawl_id = int(table.last_pk)
            self._open_source_records(crawl_id, slugs)
        return crawl_id

    def resume_crawl(self, crawl_id: int, source_slugs: Iterable[str]) -> None:
        """Mark an interrupted crawl running again for these sources; its counts carry on from where they were."""
        slugs = list(source_slugs)
        row = self._get("crawls", crawl_id)
        if row is None:
            raise ArchiveError(f"no crawl {crawl_id} to resume")
        with self.db.atomic():
            known = json.loads(row["sources"] or "[]")
            self.db["crawls"].update(crawl_id, {"status": "running", "finished_at": None,
                                                "sources": json.dumps(known + [s for s in slugs if s not in known])})
            self._open_source_records(crawl_id, slugs)

    def _open_source_records(self, crawl_id: int, slugs: list[str]) -> None:
        now = utc_now()
        for slug in slugs:
            if self._get("crawl_sources", (crawl_id, slug)) is None:
                self.db["crawl_sources"].insert({"crawl_id": crawl_id, "source_slug": slug, "started_at": now,
                                                  "status": "running", "dropped_reasons": "{}"})
            else:
                self.db["crawl_sources"].update((crawl_id, slug), {"status": "running", "finished_at": None})

    def unfinished_crawl(self, source_slugs: Iterable[str]) -> int | None:
        """The latest crawl that stopped (interrupted or killed) before finishing one of these sources."""
        slugs = list(source_slugs)
        if not slugs:
            return None
        marks = ", ".join("?" for _ in slugs)
        row = self.db.execute(
            f"select max(crawl_id) from crawl_sources where status in ('running', 'interrupted') and source_slug in ({marks})",
            slugs,
        ).fetchone()
        return row[0] if row and row[0] is not None else None

    def finish_source(self, crawl_id: int, slug: str, status: str) -> None:
        if status not in CRAWL_STATUSES:
            raise ArchiveError(f"crawl status {status!r} is not one of {', '.join(CRAWL_STATUSES)}")
        with self.db.atomic():
            self.db["crawl_sources"].update((crawl_id, slug), {"status": status, "finished_at": utc_now()})

    def _add_counts(self, tally: Mapping[str, Any], outcomes: Mapping[str, int]) -> None:
        key = (tally["crawl_id"], tally["source_slug"])
        if self._get("crawls", key[0]) is None:
            raise ArchiveError(f"no crawl {key[0]}; use the id start_crawl() returned")
        if self._get("crawl_sources", key) is None:
            self._open_source_records(key[0], [key[1]])
        row = self._get("crawl_sources", key)
        delta = {
            "new": outcomes.get("pages_new", 0), "changed": outcomes.get("pages_changed", 0),
            "unchanged": outcomes.get("pages_unchanged", 0), "gone": outcomes.get("pages_gone", 0),
            "failed": outcomes.get("failed", 0), "reviews_new": outcomes.get("reviews_new", 0),
            "reviews_changed": outcomes.get("reviews_changed", 0), "non_reviews": outcomes.get("non_reviews", 0),
            "reviews_unreviewed": outcomes.get("reviews_unreviewed", 0),
            "fetched": tally.get("fetched", 0), "bytes": tally.get("bytes", 0), "dropped": tally.get("dropped", 0),
        }
        reasons = json.loads(row["dropped_reasons"] or "{}")
        for reason, count in (tally.get("dropped_reasons") or {}).items():
            reasons[reason] = reasons.get(reason, 0) + count
        changes = {name: (row[name] or 0) + int(delta.get(name, 0)) for name in SOURCE_COUNT_COLUMNS}
        # a later count null on the record was not kept when it opened (a crawl begun before m010): it stays null
        changes.update({name: None if row[name] is None else row[name] + int(delta.get(name, 0))
                        for name in LATER_COUNT_COLUMNS})
        changes["dropped_reasons"] = json.dumps(reasons, sort_keys=True)
        self.db["crawl_sources"].update(key, changes)

    def source_records(self, crawl_id: int) -> dict[str, dict]:
        return {r["source_slug"]: r for r in self.db["crawl_sources"].rows_where("crawl_id = ?", [crawl_id])}

    def last_source_records(self) -> dict[str, dict]:
        """Each source's latest crawl record, and its latest finished one (for schedules)."""
        out: dict[str, dict] = {}
        for row in self.db.query(
            "select cs.*, (select max(started_at) from crawl_sources f where f.source_slug = cs.source_slug "
            "and f.status = 'finished') as last_finished_start from crawl_sources cs "
            "where cs.crawl_id = (select max(crawl_id) from crawl_sources m where m.source_slug = cs.source_slug)"
        ):
            out[row["source_slug"]] = row
        return out

    def failed_pages(self, crawl_id: int, slug: str, limit: int = 50) -> list[dict]:
        """The pages of a source this crawl could not archive (URL, status, why), for its record and summary:
        a count alone ("failed 2") leaves the archivist to dig out which pages and why."""
        return list(self.db.query(
            "select url, status, error from pages where source_slug = ? and last_crawl_id = ? and error is not null "
            "and gone_at is null order by id limit ?", [slug, crawl_id, limit]))

    def known_pages(self, slug: str) -> Iterator[dict]:
        """What the archive holds for a source's URLs (validators, hashes, captures, gone dates), a row at a time."""
        return self.db.query(
            "select url, etag, last_modified, content_hash, fetched_at, checked_at, warc_file, warc_offset, "
            "gone_at, last_crawl_id, kind, status from pages where source_slug = ?",
            [slug],
        )

    def finish_crawl(self, crawl_id: int, counts: Mapping[str, Any], status: str = "finished") -> None:
        if status not in CRAWL_STATUSES:
            raise ArchiveError(f"crawl status {status!r} is not one of {', '.join(CRAWL_STATUSES)}")
        if self._get("crawls", crawl_id) is None:
            raise ArchiveError(f"no crawl {crawl_id}; use the id start_crawl() returned")
        columns = {k: None if v is None else int(v) for k, v in counts.items() if k in CRAWL_COUNTS}
        extra = {k: v for k, v in counts.items() if k not in CRAWL_COUNTS}
        with self.db.atomic():
            self.db["crawls"].update(
                crawl_id,
                {
                    **columns,
                    "counts": json.dumps(extra, default=str, sort_keys=True),
                    "status": status,
                    "finished_at": utc_now(),
                },
            )
