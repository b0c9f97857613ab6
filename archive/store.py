"""`Archive`: the crawler's only way to write to the database.

Each `save_pages(batch)` call is one transaction: a batch is either stored whole or
not at all, so a crash or a bad record never leaves half a batch behind.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlite_utils.db import NotFoundError

from archive import moves, rows
from archive.crawls import ArchiveError, CrawlLog, _json_list, utc_now
from archive.books import book_key, display_author, display_title
from archive.schema import NOTE_COLUMNS, open_db
from archive.versions import record_version

logger = logging.getLogger(__name__)

OUTCOMES = ("reviews_new", "reviews_changed", "reviews_unchanged", "non_reviews", "failed", "reviews_unreviewed")
# reviews_unreviewed: a review read as something else now (also counted in non_reviews), kept and marked.
# What happened to each fetched URL: the per-source crawl record counts these.
PAGE_OUTCOMES = ("pages_new", "pages_changed", "pages_unchanged", "pages_gone")
GONE_STATUSES = (404, 410)
_PAGE_REQUIRED = ("crawl_id", "source_slug", "url")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stars_for(rating: float | None) -> float | None:
    """0–1 rating → 0–5 stars rounded to the nearest half, for display."""
    if rating is None:
        return None
    return round(rating * 10) / 2



class Archive(CrawlLog):
    """The archive: crawl records (`CrawlLog`), and pages, reviews, versions and books."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = open_db(self.path)

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
        old = rows.first(self.db, "select * from pages where url = ?", [url])
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
            rows.upsert(self.db, "pages", page, "url")
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
        inserted = rows.upsert(self.db, "pages", page, "url")
        page_id = old["id"] if old is not None else inserted
        if is_review and old is None:  # a moved blog's review, archived at its old address, goes on here
            moves.carry_review(self.db, item["source_slug"], url, page_id, item["crawl_id"])
        existing = rows.first(self.db, "select * from reviews where page_id = ?", [page_id])
        if existing is None and moves.moved_away(self.db, page_id):
            # its review went on at the blog's new address: the old address (answering again, or an old capture
            # read again) makes no second review, unless the blog moved back here, when the review comes back
            if reextract or not moves.carry_back(self.db, item["source_slug"], url, page_id, item["crawl_id"]):
                return [page_outcome]
            existing = rows.first(self.db, "select * from reviews where page_id = ?", [page_id])
        if not is_review:
            return [page_outcome, "non_reviews", *self._unreview(existing, record, utc_now() if reextract else now)]
        review = self._review_row(item, record, page_id, existing)
        review.update(gone_at=None, unreviewed_at=None, unreviewed_kind=None)  # it answered again, as a review
        if existing is None:
            record_version(self.db, rows.insert(self.db, "reviews", review), review, item)
            return [page_outcome, "reviews_new"]
        rows.update(self.db, "reviews", existing["id"], review)
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
                rows.update(self.db, "review_versions", latest[0], {k: review[k] for k in ("body_markdown", "body_text", "content_hash", "extractor_version", *NOTE_COLUMNS)})
            return [page_outcome, "reviews_unchanged" if existing["content_hash"] == review["content_hash"] else "reviews_changed"]
        record_version(self.db, existing["id"], review, item)
        return [page_outcome, "reviews_changed"]

    def _unreview(self, existing: Mapping | None, record: Mapping[str, Any], when: str) -> list[str]:
        """A page whose review is read as something else now: keep the review and its versions, marked
        (archive/unreviewed.py). Its outcome, the first time."""
        if existing is None:
            return []
        if existing["unreviewed_at"] is None:
            logger.info("%s is no longer read as a review (%s: %s); its review is kept, marked", existing["url"],
                        record.get("kind"), record.get("reason"))
            rows.update(self.db, "reviews", existing["id"], {"unreviewed_at": when, "unreviewed_kind": record.get("kind")})
            return ["reviews_unreviewed"]
        if existing["unreviewed_kind"] != record.get("kind"):
            rows.update(self.db, "reviews", existing["id"], {"unreviewed_kind": record.get("kind")})
        return []

    def _confirm_unchanged(self, item: Mapping[str, Any], old: Mapping | None, now: str) -> list[str]:
        """A 304, a same-hash body or a feed/sitemap date said nothing changed: note when, write nothing else."""
        if old is None:
            raise ArchiveError(f"{item['url']}: marked unchanged but never archived; fetch it in full first")
        changes = {"checked_at": now, "last_crawl_id": item["crawl_id"]}
        changes.update({k: item[k] for k in ("etag", "last_modified") if item.get(k)})
        rows.update(self.db, "pages", old["id"], changes)
        has_review = self.db.execute("select 1 from reviews where page_id = ? and unreviewed_at is null",
                                     [old["id"]]).fetchone() is not None
        return ["pages_unchanged"] + (["reviews_unchanged"] if has_review else [])

    def _mark_gone(self, old: Mapping, item: Mapping[str, Any], now: str) -> list[str]:
        """404/410 on an archived page: mark it (and its review) gone, keep everything."""
        gone_at = old["gone_at"] or now
        rows.update(self.db, "pages", old["id"], {"status": item.get("status"), "error": item.get("error"), "fetched_at": now,
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
        row = rows.first(self.db, "select * from books where key = ?", [key])
        if row is None:
            return rows.insert(
                self.db,
                "books",
                {
                    "key": key,
                    "title": display_title([title]),
                    "author": display_author([author]),
                    "year": record.get("book_year"),
                    "publisher": record.get("book_publisher"),
                },
            )
        changes = {
            "title": display_title([row["title"], title]),
            "author": display_author([row["author"], author]),
            "year": row["year"] or record.get("book_year"),
            "publisher": row["publisher"] or record.get("book_publisher"),
        }
        changes = {k: v for k, v in changes.items() if v != row[k]}
        rows.update(self.db, "books", row["id"], changes)
        return int(row["id"])

    def _drop_orphan_book(self, book_id: int | None) -> None:
        # A re-extraction can move a review to another book; a book nobody
        # reviews any more would only clutter the reader's book lists. A review
        # marked as no longer one still holds its book (it may come back).
        if book_id is not None and self.db.execute("select 1 from reviews where book_id = ? limit 1", [book_id]).fetchone() is None:
            self.db.execute("delete from books where id = ?", [book_id])

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
