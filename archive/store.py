"""`Archive`: the crawler's only way to write to the database.

Each `save_pages(batch)` call is one transaction: a batch is either stored whole or
not at all, so a crash or a bad record never leaves half a batch behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlite_utils.db import NotFoundError

from archive.books import book_key, display_author, display_title
from archive.schema import CRAWL_COUNT_COLUMNS, CRAWL_STATUSES, NOTE_COLUMNS, SOURCE_COUNT_COLUMNS, open_db
from archive.versions import record_version

logger = logging.getLogger(__name__)

OUTCOMES = ("reviews_new", "reviews_changed", "reviews_unchanged", "non_reviews", "failed")
# What happened to each fetched URL: the per-source crawl record counts these.
PAGE_OUTCOMES = ("pages_new", "pages_changed", "pages_unchanged", "pages_gone")
GONE_STATUSES = (404, 410)
_PAGE_REQUIRED = ("crawl_id", "source_slug", "url")


class ArchiveError(Exception):
    """Bad input to the archive; the message says how to fix it."""


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stars_for(rating: float | None) -> float | None:
    """0–1 rating → 0–5 stars rounded to the nearest half, for display."""
    if rating is None:
        return None
    return round(rating * 10) / 2


def _json_list(value: Any, field: str, url: str) -> str:
    if value is None:
        value = []
    if not isinstance(value, (list, tuple)):
        raise ArchiveError(f"{url}: record[{field!r}] must be a list of strings, got {type(value).__name__}")
    return json.dumps(list(value), ensure_ascii=False)


class Archive:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = open_db(self.path)

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
            "fetched": tally.get("fetched", 0), "bytes": tally.get("bytes", 0), "dropped": tally.get("dropped", 0),
        }
        reasons = json.loads(row["dropped_reasons"] or "{}")
        for reason, count in (tally.get("dropped_reasons") or {}).items():
            reasons[reason] = reasons.get(reason, 0) + count
        changes = {name: (row[name] or 0) + int(delta.get(name, 0)) for name in SOURCE_COUNT_COLUMNS}
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

    def known_pages(self, slug: str) -> dict[str, dict]:
        """What the archive holds for a source's URLs: validators, hashes, captures, gone dates."""
        return {
            row["url"]: row
            for row in self.db.query(
                "select url, etag, last_modified, content_hash, fetched_at, checked_at, warc_file, warc_offset, "
                "gone_at, last_crawl_id, kind, status from pages where source_slug = ?",
                [slug],
            )
        }

    def finish_crawl(self, crawl_id: int, counts: Mapping[str, Any], status: str = "finished") -> None:
        if status not in CRAWL_STATUSES:
            raise ArchiveError(f"crawl status {status!r} is not one of {', '.join(CRAWL_STATUSES)}")
        if self._get("crawls", crawl_id) is None:
            raise ArchiveError(f"no crawl {crawl_id}; use the id start_crawl() returned")
        columns = {k: int(v) for k, v in counts.items() if k in CRAWL_COUNT_COLUMNS}
        extra = {k: v for k, v in counts.items() if k not in CRAWL_COUNT_COLUMNS}
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

    # -- pages and reviews --------------------------------------------------

    def save_pages(self, batch: Iterable[Mapping[str, Any]], tally: Mapping[str, Any] | None = None) -> dict[str, int]:
        """Store a batch of fetched pages in one transaction; return outcome counts.

        `tally` (crawl_id, source_slug, and deltas of fetched, bytes, dropped,
        dropped_reasons) is added to that source's `crawl_sources` row in the
        same transaction, so the record never disagrees with the rows written,
        even when the crawl is killed. Raises `ArchiveError` (and stores
        nothing from the batch) on a bad item.
        """
        outcomes = dict.fromkeys(OUTCOMES + PAGE_OUTCOMES, 0)
        try:
            with self.db.atomic():
                for item in batch:
                    for outcome in self._save_page(item):
                        outcomes[outcome] += 1
                if tally is not None:
                    self._add_counts(tally, outcomes)
        except sqlite3.IntegrityError as exc:
            raise ArchiveError(
                f"batch rolled back: {exc}; is every source_slug in sources "
                "(upsert_sources) and every crawl_id from start_crawl()?"
            ) from exc
        except sqlite3.Error as exc:
            raise ArchiveError(f"batch rolled back: {exc}") from exc
        logger.debug("saved batch: %s", outcomes)
        return outcomes

    def save_reextracted(self, batch: Iterable[Mapping[str, Any]]) -> dict[str, int]:
        """Store new extractions of archived captures: rows are rebuilt, the current version is
        corrected in place (a better extractor is not an edit by the blog), no new version is made."""
        outcomes = dict.fromkeys(OUTCOMES + PAGE_OUTCOMES, 0)
        with self.db.atomic():
            for item in batch:
                for outcome in self._save_page(item, reextract=True):
                    outcomes[outcome] += 1
        return outcomes

    def update_version_text(self, version_id: int, record: Mapping[str, Any]) -> None:
        """An older version re-extracted from its own capture."""
        body_text = record.get("body_text") or ""
        with self.db.atomic():
            self.db["review_versions"].update(version_id, {
                "body_markdown": record.get("body_markdown"), "body_text": body_text,
                "content_hash": text_hash(body_text), "extractor_version": record.get("extractor_version"),
                **{k: record.get(k) for k in NOTE_COLUMNS}})

    def _save_page(self, item: Mapping[str, Any], reextract: bool = False) -> list[str]:
        """Store one item; return its outcomes (one for the page, one for its review if any)."""
        missing = [k for k in _PAGE_REQUIRED if not item.get(k)]
        if missing:
            raise ArchiveError(f"page item {item.get('url')!r} lacks {missing}; every item needs {_PAGE_REQUIRED}")
        url = item["url"]
        record = item.get("record")
        if record is not None and not isinstance(record, Mapping):
            raise ArchiveError(f"{url}: 'record' must be PageRecord.to_dict() or None, got {type(record).__name__}")
        old = next(self.db["pages"].rows_where("url = ?", [url]), None)
        now = item.get("fetched_at") or utc_now()
        if item.get("unchanged"):
            return self._confirm_unchanged(item, old, now)
        page = {
            "url": url,
            "source_slug": item["source_slug"],
            "crawl_id": item["crawl_id"],
            "last_crawl_id": item.get("last_crawl_id", item["crawl_id"]),
            "status": item.get("status"),
            "fetched_at": now,
            "content_type": item.get("content_type"),
            "bytes": item.get("bytes"),
            "content_hash": item.get("content_hash"),
            "error": item.get("error"),
        }
        if record is None:
            # A failed fetch updates only the fetch columns: what we last
            # extracted from this URL (its review, its capture) stays.
            if item.get("status") in GONE_STATUSES and old is not None and old["warc_file"]:
                return self._mark_gone(old, item, now)
            self.db["pages"].upsert(page, pk="url")
            return ["failed"]
        page_outcome = "pages_new" if old is None or not old["warc_file"] and not old["kind"] else (
            "pages_unchanged" if old["content_hash"] == item.get("content_hash") else "pages_changed")
        is_review = bool(record.get("is_review"))
        for key in ("warc_file", "warc_offset", "etag", "last_modified"):
            page[key] = item.get(key)
        page.update(
            {
                "gone_at": None,  # it answered again
                "kind": record.get("kind"),
                "is_review": int(is_review),
                "reason": record.get("reason"),
                "title": record.get("title"),
                "canonical_url": record.get("canonical_url"),
                "language": record.get("language"),
                "extractor_version": record.get("extractor_version"),
            }
        )
        self.db["pages"].upsert(page, pk="url")
        page_id = next(self.db["pages"].rows_where("url = ?", [url], select="id"))["id"]
        existing = next(self.db["reviews"].rows_where("page_id = ?", [page_id]), None)
        if not is_review:
            if existing is not None:
                logger.info("%s is no longer a review (%s); removing its review", url, record.get("kind"))
                self.db["review_versions"].delete_where("review_id = ?", [existing["id"]])
                self.db["reviews"].delete(existing["id"])
                self._drop_orphan_book(existing["book_id"])
            return [page_outcome, "non_reviews"]
        review = self._review_row(item, record, page_id, existing)
        review["gone_at"] = None
        if existing is None:
            table = self.db["reviews"].insert(review)
            record_version(self.db, int(table.last_pk), review, item)
            return [page_outcome, "reviews_new"]
        self.db["reviews"].update(existing["id"], review)
        if existing["book_id"] != review["book_id"]:
            self._drop_orphan_book(existing["book_id"])
        if existing["content_hash"] == review["content_hash"] and not reextract:
            return [page_outcome, "reviews_unchanged"]
        if reextract:
            latest = self.db.execute("select id from review_versions where review_id = ? order by version desc limit 1",
                                     [existing["id"]]).fetchone()
            if latest is None:
                record_version(self.db, existing["id"], review, item)
            else:
                self.db["review_versions"].update(latest[0], {k: review[k] for k in ("body_markdown", "body_text", "content_hash", "extractor_version", *NOTE_COLUMNS)})
            return [page_outcome, "reviews_unchanged" if existing["content_hash"] == review["content_hash"] else "reviews_changed"]
        record_version(self.db, existing["id"], review, item)
        return [page_outcome, "reviews_changed"]

    def _confirm_unchanged(self, item: Mapping[str, Any], old: Mapping | None, now: str) -> list[str]:
        """A 304, a same-hash body or a feed/sitemap date said nothing changed: note when, write nothing else."""
        if old is None:
            raise ArchiveError(f"{item['url']}: marked unchanged but never archived; fetch it in full first")
        changes = {"checked_at": now, "last_crawl_id": item["crawl_id"]}
        changes.update({k: item[k] for k in ("etag", "last_modified") if item.get(k)})
        self.db["pages"].update(old["id"], changes)
        has_review = self.db["reviews"].count_where("page_id = ?", [old["id"]]) > 0
        return ["pages_unchanged"] + (["reviews_unchanged"] if has_review else [])

    def _mark_gone(self, old: Mapping, item: Mapping[str, Any], now: str) -> list[str]:
        """404/410 on an archived page: mark it (and its review) gone, keep everything."""
        gone_at = old["gone_at"] or now
        self.db["pages"].update(old["id"], {"status": item.get("status"), "error": item.get("error"), "fetched_at": now,
                                            "gone_at": gone_at, "last_crawl_id": item["crawl_id"]})
        self.db.execute("update reviews set gone_at = ? where page_id = ? and gone_at is null", [gone_at, old["id"]])
        return ["pages_gone"] if not old["gone_at"] else ["pages_unchanged"]

    def _review_row(
        self, item: Mapping[str, Any], record: Mapping[str, Any], page_id: int, existing: Mapping | None
    ) -> dict[str, Any]:
        url = item["url"]
        body_text = record.get("body_text")
        if not isinstance(body_text, str):
            raise ArchiveError(f"{url}: a review record needs 'body_text' as a string")
        rating = record.get("rating")
        if rating is not None and not (isinstance(rating, (int, float)) and 0 <= rating <= 1):
            raise ArchiveError(f"{url}: 'rating' must be a number from 0 to 1 (normalised), got {rating!r}")
        seen = item.get("fetched_at") or utc_now()
        return {
            "page_id": page_id,
            "url": url,
            "canonical_url": record.get("canonical_url"),
            "source_slug": item["source_slug"],
            "book_id": self._book_id(record),
            "book_title": record.get("book_title"),
            "book_author": record.get("book_author"),
            "title": record.get("title"),
            "reviewer": record.get("author"),
            "published": record.get("published"),
            "language": record.get("language"),
            "categories": _json_list(record.get("categories"), "categories", url),
            "tags": _json_list(record.get("tags"), "tags", url),
            "rating_raw": record.get("rating_raw"),
            "rating": rating,
            "stars": stars_for(rating),
            "body_markdown": record.get("body_markdown"),
            "body_text": body_text,
            "word_count": record.get("word_count") if record.get("word_count") is not None else len(body_text.split()),
            "content_hash": text_hash(body_text),
            "first_seen": existing["first_seen"] if existing else seen,
            "last_seen": seen,
            "crawl_id": item["crawl_id"],
            "extractor_version": record.get("extractor_version"),
            **{k: record.get(k) for k in NOTE_COLUMNS},
        }

    def _book_id(self, record: Mapping[str, Any]) -> int | None:
        """Find or create the book by `book_key`; improve its display title as spellings arrive."""
        title = record.get("book_title")
        if not title or not str(title).strip():
            return None
        author = record.get("book_author")
        key = book_key(title, author)
        books = self.db["books"]
        row = next(books.rows_where("key = ?", [key]), None)
        if row is None:
            books.insert(
                {
                    "key": key,
                    "title": display_title([title]),
                    "author": display_author([author]),
                    "year": record.get("book_year"),
                    "publisher": record.get("book_publisher"),
                }
            )
            return int(books.last_pk)
        changes = {
            "title": display_title([row["title"], title]),
            "author": display_author([row["author"], author]),
            "year": row["year"] or record.get("book_year"),
            "publisher": row["publisher"] or record.get("book_publisher"),
        }
        changes = {k: v for k, v in changes.items() if v != row[k]}
        if changes:
            books.update(row["id"], changes)
        return int(row["id"])

    def _drop_orphan_book(self, book_id: int | None) -> None:
        # A re-extraction can move a review to another book; a book nobody
        # reviews any more would only clutter the reader's book lists.
        if book_id is not None and self.db["reviews"].count_where("book_id = ?", [book_id]) == 0:
            self.db["books"].delete(book_id)

    def _get(self, table: str, pk: Any) -> dict | None:
        try:
            return self.db[table].get(pk)
        except NotFoundError:
            return None

    # -- lifecycle ----------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
