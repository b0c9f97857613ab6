"""Rebuild pages and reviews from the archive's WARC captures, without the network.

When the cleaner improves (``EXTRACTOR_VERSION`` goes up), every archived page
is read back from its capture and extracted again by the same pure function
the crawl uses, in worker processes; page rows, reviews and the text of every
review version are corrected in place, each stamped with the extractor version
that made it. Nothing is fetched.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import Counter, deque
from concurrent.futures import Future
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from archive.captures import CaptureError, read_capture, warc_dir
from archive.store import Archive

from .extract import EXTRACTOR_VERSION, Hints
from .pipelines.extract import extract_to_dict, hints_for
from .settings import extract_workers
from .sources import Source

log = logging.getLogger(__name__)

EXTRACTED_KINDS_EXCLUDED = ("feed", "sitemap", "api", "unparsed", "not-html", "noarchive")
BATCH = 50
WINDOW = 4  # batches handed to the workers ahead of the one being written


@dataclass
class ReextractSummary:
    pages: int = 0
    versions: int = 0
    unreadable: list[str] = field(default_factory=list)
    outcomes: Counter = field(default_factory=Counter)


def _page_rows(archive: Archive, slugs: list[str], everything: bool) -> list[dict]:
    where = ["warc_file is not null", f"coalesce(kind, '') not in ({', '.join('?' for _ in EXTRACTED_KINDS_EXCLUDED)})"]
    params: list = list(EXTRACTED_KINDS_EXCLUDED)
    if slugs:
        where.append(f"source_slug in ({', '.join('?' for _ in slugs)})")
        params += slugs
    if not everything:
        where.append("coalesce(extractor_version, '') != ?")
        params.append(EXTRACTOR_VERSION)
    return list(archive.db.query(f"select * from pages where {' and '.join(where)} order by id", params))


def reextract(db_path: str, sources: list[Source] | None = None, *, slugs: list[str] | None = None,
              everything: bool = False, workers: int | None = None) -> ReextractSummary:
    """Re-extract archived pages made by an older extractor (all of them with `everything`);
    `workers`: extraction processes (default: one per core, ``extract_workers``; 0: in this process)."""
    workers = extract_workers() if workers is None else workers
    hints = {s.slug: hints_for(s) for s in sources or []}
    folder = warc_dir(db_path)
    summary = ReextractSummary()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) if workers else None
    try:
        with Archive(db_path) as archive:
            rows = _page_rows(archive, list(slugs or []), everything)
            # the workers read each capture and extract it; this process only writes, a batch behind,
            # so reading, extracting and writing overlap (at most WINDOW batches in flight)
            pending: deque = deque()
            for start in range(0, len(rows), BATCH):
                chunk = rows[start:start + BATCH]
                jobs = [(str(folder), row["warc_file"], row["warc_offset"], row["url"],
                         hints.get(row["source_slug"], Hints()), row["content_type"]) for row in chunk]
                pending.append((chunk, [pool.submit(read_and_extract, *job) for job in jobs] if pool else
                                [read_and_extract(*job) for job in jobs]))
                if len(pending) >= WINDOW:
                    _save(archive, *pending.popleft(), summary)
            while pending:
                _save(archive, *pending.popleft(), summary)
            summary.versions = _older_versions(archive, folder, hints, pool, everything, summary)
    finally:
        if pool is not None:
            pool.shutdown()
    return summary


def _older_versions(archive, folder, hints, pool, everything, summary) -> int:
    """Versions before the newest have captures of their own: re-extract those too."""
    rows = list(archive.db.query(
        "select v.id, v.warc_file, v.warc_offset, v.extractor_version, r.url, r.source_slug from review_versions v "
        "join reviews r on r.id = v.review_id where v.warc_file is not null "
        "and v.version < (select max(version) from review_versions w where w.review_id = v.review_id)"))
    rows = [r for r in rows if everything or r["extractor_version"] != EXTRACTOR_VERSION]
    todo = [(row, body) for row in rows if (body := _body(folder, row, summary)) is not None]
    records = _extract([(body, row["url"], hints.get(row["source_slug"], Hints())) for row, body in todo], pool)
    for (row, _), record in zip(todo, records):
        if record.get("is_review"):
            archive.update_version_text(row["id"], record)
    return len(todo)


def read_and_extract(folder: str, name: str, offset: int, url: str, hints: Hints, content_type: str | None) -> tuple[dict | None, str | None]:
    """Worker entry point: (record, None), or (None, why the capture could not be read)."""
    try:
        body = read_capture(folder, name, offset).body
    except CaptureError as exc:
        return None, str(exc)
    return extract_to_dict(body, url, hints, content_type), None


def _save(archive: Archive, chunk: list[dict], results: list, summary: ReextractSummary) -> None:
    items = []
    for row, result in zip(chunk, results):
        record, problem = result.result() if isinstance(result, Future) else result
        if problem is not None:
            log.warning("%s: %s", row["url"], problem)
            summary.unreadable.append(row["url"])
        else:
            items.append(_item(row, record))
    summary.outcomes.update({k: v for k, v in archive.save_reextracted(items).items() if v})
    summary.pages += len(items)


def _body(folder, row, summary: ReextractSummary) -> bytes | None:
    try:
        return read_capture(folder, row["warc_file"], row["warc_offset"]).body
    except CaptureError as exc:
        log.warning("%s: %s", row["url"], exc)
        summary.unreadable.append(row["url"])
        return None


def _extract(jobs: list[tuple[bytes, str, Hints]], pool) -> list[dict]:
    if not jobs:
        return []
    if pool is None:
        return [extract_to_dict(*job) for job in jobs]
    return list(pool.map(extract_to_dict, *zip(*jobs)))


def _item(row: dict, record: dict) -> dict:
    """The page row as it is, with the new record: the fetch is not redone, only the reading."""
    keys = ("source_slug", "url", "status", "fetched_at", "content_type", "bytes", "content_hash",
            "warc_file", "warc_offset", "etag", "last_modified", "crawl_id", "last_crawl_id")
    return {**{k: row[k] for k in keys}, "record": record}
