"""Review versions: every edit a blog makes to a review is kept, and can be compared.

A review row always holds the newest text; ``review_versions`` holds every
text the archive has seen, numbered from 1, each with the crawl that saw it,
the extractor that produced it and the WARC capture it came from.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

import sqlite_utils

from archive import rows
from archive.schema import NOTE_COLUMNS


class VersionError(Exception):
    """A version asked for does not exist; the message names the review and versions."""


def record_version(db: sqlite_utils.Database, review_id: int, review: Mapping[str, Any], item: Mapping[str, Any]) -> int:
    """Append the review's current text as its next version; return the version number."""
    (last,) = db.execute("select coalesce(max(version), 0) from review_versions where review_id = ?", [review_id]).fetchone()
    rows.insert(
        db,
        "review_versions",
        {
            "review_id": review_id,
            "version": last + 1,
            "body_markdown": review.get("body_markdown"),
            "body_text": review.get("body_text"),
            "content_hash": review.get("content_hash"),
            "seen_at": item.get("fetched_at") or review.get("last_seen"),
            "crawl_id": item.get("crawl_id"),
            "extractor_version": review.get("extractor_version"),
            "warc_file": item.get("warc_file"),
            "warc_offset": item.get("warc_offset"),
            **{k: review.get(k) for k in NOTE_COLUMNS},
        },
    )
    return last + 1


def versions(db: sqlite_utils.Database, review_id: int) -> list[dict]:
    return list(db["review_versions"].rows_where("review_id = ?", [review_id], order_by="version"))


def diff(db: sqlite_utils.Database, review_id: int, old: int | None = None, new: int | None = None) -> list[str]:
    """Unified diff of two versions' text (default: the last two), line by line."""
    rows = {row["version"]: row for row in versions(db, review_id)}
    if not rows:
        raise VersionError(f"review {review_id} has no versions")
    new = new if new is not None else max(rows)
    old = old if old is not None else max([v for v in rows if v < new], default=new)
    missing = [v for v in (old, new) if v not in rows]
    if missing:
        raise VersionError(f"review {review_id} has no version {missing[0]}; it has {', '.join(map(str, sorted(rows)))}")
    return list(
        difflib.unified_diff(
            _lines(rows[old]["body_text"]), _lines(rows[new]["body_text"]),
            fromfile=f"version {old} ({rows[old]['seen_at']})", tofile=f"version {new} ({rows[new]['seen_at']})",
            lineterm="",
        )
    )


def _lines(text: str | None) -> list[str]:
    # Reviews are paragraphs; diffing sentence by sentence shows an edit without a wall of text.
    out: list[str] = []
    for paragraph in (text or "").splitlines():
        out.extend(s.strip() for s in paragraph.replace(". ", ".\n").splitlines() if s.strip())
    return out
