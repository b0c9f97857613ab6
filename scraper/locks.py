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
            raise SourceBusy(f"{', '.join(busy)} {'is' if len(busy) == 1 else 'are'} being crawled by another run; "
                             "wait for it to finish (shelfmark status shows it)")

    def release(self) -> None:
        for fd in self.held.values():
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        self.held.clear()

    def __enter__(self) -> "SourceLocks":
        return self

    def __exit__(self, *exc) -> None:
        self.release()
