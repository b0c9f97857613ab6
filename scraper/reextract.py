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
from .extract.warmup import warm
from .pipelines.extract import extract_to_dict, hints_for, start_worker
from .settings import extract_workers
from .sources import Source

log = logging.getLogger(__name__)

EXTRACTED_KINDS_EXCLUDED = ("feed", "sitemap", "api", "unparsed", "not-html", "noarchive")
BATCH = 50  # pages written in one transaction
TASK = 10  # pages a worker reads and extracts per task: one round trip for all of them, not one each
WINDOW = 4  # batches handed to the workers ahead of the one being written
# pages from which the workers' start-up is built once in this process first (extract.warmup, ~1.6 s of CPU): each worker
# would otherwise pay it on its first pages; a smaller run may never reach what it builds
WARM_PAGES = 200


@dataclass
class ReextractSummary:
    pages: int = 0
    versions: int = 0
    unreadable: list[str] = field(default_factory=list)
    outcomes: Counter = field(default_factory=Counter)
    # why the unreadable captures could not be read, without the file's path ("no such WARC file; ..."): counted
    # so that a lost warcs/ folder is said once with its count, not 40 times
    why_unreadable: Counter = field(default_factory=Counter)


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


def _version_rows(archive: Archive, slugs: list[str], everything: bool) -> list[dict]:
    """Versions before the newest: they have captures of their own (the pages pass corrects only the newest);
    only the versions of the sources asked for when `slugs` names some."""
    where, params = "", list(slugs)
    if slugs:
        where = f"and r.source_slug in ({', '.join('?' for _ in slugs)}) "
    rows = archive.db.query(
        "select v.id, v.warc_file, v.warc_offset, v.extractor_version, r.url, r.source_slug from review_versions v "
        "join reviews r on r.id = v.review_id where v.warc_file is not null " + where +
        "and v.version < (select max(version) from review_versions w where w.review_id = v.review_id)", params)
    return [r for r in rows if everything or r["extractor_version"] != EXTRACTOR_VERSION]


def reextract(db_path: str, sources: list[Source] | None = None, *, slugs: list[str] | None = None,
              everything: bool = False, workers: int | None = None) -> ReextractSummary:
    """Re-extract archived pages made by an older extractor (all of them with `everything`);
    `workers`: extraction processes (default: one per core, ``extract_workers``; 0: in this process)."""
    workers = extract_workers() if workers is None else workers
    hints = {s.slug: hints_for(s) for s in sources or []}
    folder = str(warc_dir(db_path))
    summary = ReextractSummary()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=start_worker) if workers else None
    try:
        with Archive(db_path) as archive:
            pages = _page_rows(archive, list(slugs or []), everything)
            versions = _version_rows(archive, list(slugs or []), everything)  # asked now, so that their captures queue behind the pages'
            if pool is not None and len(pages) + len(versions) >= WARM_PAGES:
                # (built once here, before the first task forks the workers, not again in each: extract.warmup)
                warm()
            batches = [(_save, pages[i:i + BATCH]) for i in range(0, len(pages), BATCH)]
            batches += [(_save_versions, versions[i:i + BATCH]) for i in range(0, len(versions), BATCH)]
            # the workers read each capture and extract it; this process only writes, a batch behind,
            # so reading, extracting and writing overlap (at most WINDOW batches in flight)
            pending: deque = deque()
            for save, chunk in batches:
                jobs = [(folder, row["warc_file"], row["warc_offset"], row["url"], hints.get(row["source_slug"], Hints()),
                         row.get("content_type")) for row in chunk]
                pending.append((save, chunk, _submit(pool, jobs)))
                if len(pending) >= WINDOW:
                    _write(archive, *pending.popleft(), summary)
            while pending:
                _write(archive, *pending.popleft(), summary)
    finally:
        if pool is not None:
            pool.shutdown()
    return summary


def _submit(pool, jobs: list[tuple]) -> list:
    """The jobs in tasks of TASK pages (futures), or done here without a pool (their results)."""
    if pool is None:
        return [read_and_extract_many(jobs)]
    return [pool.submit(read_and_extract_many, jobs[i:i + TASK]) for i in range(0, len(jobs), TASK)]


def _write(archive: Archive, save, chunk: list[dict], tasks: list, summary: ReextractSummary) -> None:
    results = [result for task in tasks for result in (task.result() if isinstance(task, Future) else task)]
    done = []
    for row, (record, problem) in zip(chunk, results):
        if problem is not None:
            log.warning("%s: %s", row["url"], problem)
            summary.unreadable.append(row["url"])
            summary.why_unreadable[problem.split(": ", 1)[-1]] += 1
        else:
            done.append((row, record))
    save(archive, done, summary)


def read_and_extract_many(jobs: list[tuple]) -> list[tuple[dict | None, str | None]]:
    """Worker entry point for a task of pages: each page's ``read_and_extract``, in order."""
    return [read_and_extract(*job) for job in jobs]


def read_and_extract(folder: str, name: str, offset: int, url: str, hints: Hints, content_type: str | None) -> tuple[dict | None, str | None]:
    """(record, None), or (None, why the capture could not be read). The record leaves out what
    was removed from the page and why (``shelfmark extract --full`` shows it; the archive keeps none of it)."""
    try:
        body = read_capture(folder, name, offset).body
    except CaptureError as exc:
        return None, str(exc)
    record = extract_to_dict(body, url, hints, content_type)
    record.pop("removed", None)
    return record, None


def _save(archive: Archive, done: list[tuple[dict, dict]], summary: ReextractSummary) -> None:
    summary.outcomes.update({k: v for k, v in archive.save_reextracted([_item(row, record) for row, record in done]).items() if v})
    summary.pages += len(done)


def _save_versions(archive: Archive, done: list[tuple[dict, dict]], summary: ReextractSummary) -> None:
    for row, record in done:
        if record.get("is_review"):
            archive.update_version_text(row["id"], record)
    summary.versions += len(done)


def _item(row: dict, record: dict) -> dict:
    """The page row as it is, with the new record: the fetch is not redone, only the reading."""
    keys = ("source_slug", "url", "status", "fetched_at", "content_type", "bytes", "content_hash",
            "warc_file", "warc_offset", "etag", "last_modified", "crawl_id", "last_crawl_id")
    return {**{k: row[k] for k in keys}, "record": record}
