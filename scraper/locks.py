"""One crawl of a source at a time: an exclusive lock file per source and archive.

``flock`` locks belong to the process: a crawl that is killed releases them
with its last breath, so a stale lock can never block the next run (a PID file
would need guessing whether its process is still alive).
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class SourceBusy(Exception):
    """Another crawl of these sources is running; the message names them."""


class SourceLocks:
    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.held: dict[str, int] = {}

    def try_lock(self, slug: str) -> bool:
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.folder / f"{slug}.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self.held[slug] = fd
        return True

    def lock_all(self, slugs: list[str]) -> None:
        busy = [slug for slug in slugs if not self.try_lock(slug)]
        if busy:
            self.release()
            raise SourceBusy(busy_message(busy))

    def release(self) -> None:
        for fd in self.held.values():
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        self.held.clear()

    def __enter__(self) -> "SourceLocks":
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def held_elsewhere(folder: str | Path, slugs: list[str]) -> list[str]:
    """The slugs another run holds now, each free lock taken and dropped at once: a probe that lets a command refuse
    in a moment, before its slow start (Scrapy, the extraction workers); the crawl then takes its locks for real, so
    a run that starts between the probe and the crawl is still refused there."""
    probe = SourceLocks(folder)
    try:
        return [slug for slug in slugs if not probe.try_lock(slug)]
    finally:
        probe.release()


def refuse_held(db_path: str, slugs: list[str]) -> None:
    """Raise `SourceBusy` naming the slugs another run holds in this archive now (`held_elsewhere`)."""
    busy = held_elsewhere(lock_dir(db_path), slugs)
    if busy:
        raise SourceBusy(busy_message(busy))


def lock_dir(db_path: str) -> Path:
    """Where an archive's source locks live: beside its WARC files."""
    from archive.captures import warc_dir

    return warc_dir(db_path) / "locks"


def busy_message(busy: list[str]) -> str:
    return (f"{', '.join(busy)} {'is' if len(busy) == 1 else 'are'} being crawled by another run; "
            "wait for it to finish (shelfmark status shows it)")
