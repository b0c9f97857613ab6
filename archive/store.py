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
from archive.schema import CRAWL_COUNT_COLUMNS, CRAWL_STATUSES, open_db

logger = logging.getLogger(__name__)

OUTCOMES = ("reviews_new", "reviews_changed", "reviews_unchanged", "non_reviews", "failed")
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
        return int(table.last_pk)

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

    def save_pages(self, batch: Iterable[Mapping[str, Any]]) -> dict[str, int]:
        """Store a batch of fetched pages in one transaction; return outcome counts.

        Raises `ArchiveError` (and stores nothing from the batch) on a bad item.
        """
        outcomes = dict.fromkeys(OUTCOMES, 0)
        try:
            with self.db.atomic():
                for item in batch:
                    outcomes[self._save_page(item)] += 1
        except sqlite3.IntegrityError as exc:
            raise ArchiveError(
                f"batch rolled back: {exc}; is every source_slug in sources "
                "(upsert_sources) and every crawl_id from start_crawl()?"
            ) from exc
        except sqlite3.Error as exc:
            raise ArchiveError(f"batch rolled back: {exc}") from exc
        logger.debug("saved batch: %s", outcomes)
        return outcomes

    def _save_page(self, item: Mapping[str, Any]) -> str:
        missing = [k for k in _PAGE_REQUIRED if not item.get(k)]
        if missing:
            raise ArchiveError(f"page item {item.get('url')!r} lacks {missing}; every item needs {_PAGE_REQUIRED}")
        url = item["url"]
        record = item.get("record")
        if record is not None and not isinstance(record, Mapping):
            raise ArchiveError(f"{url}: 'record' must be PageRecord.to_dict() or None, got {type(record).__name__}")
        page = {
            "url": url,
            "source_slug": item["source_slug"],
            "crawl_id": item["crawl_id"],
            "status": item.get("status"),
            "fetched_at": item.get("fetched_at") or utc_now(),
            "content_type": item.get("content_type"),
            "bytes": item.get("bytes"),
            "content_hash": item.get("content_hash"),
            "error": item.get("error"),
        }
        if record is None:
            # A failed fetch updates only the fetch columns: what we last
            # extracted from this URL (and its review) stays until a fetch succeeds.
            self.db["pages"].upsert(page, pk="url")
            return "failed"
        is_review = bool(record.get("is_review"))
        page.update(
            {
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
                self.db["reviews"].delete(existing["id"])
                self._drop_orphan_book(existing["book_id"])
            return "non_reviews"
        review = self._review_row(item, record, page_id, existing)
        if existing is None:
            self.db["reviews"].insert(review)
            return "reviews_new"
        self.db["reviews"].update(existing["id"], review)
        if existing["book_id"] != review["book_id"]:
            self._drop_orphan_book(existing["book_id"])
        return "reviews_unchanged" if existing["content_hash"] == review["content_hash"] else "reviews_changed"

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
