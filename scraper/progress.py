"""Live progress of a crawl, per source: done, queued, rate, errors.

On a terminal the lines are redrawn in place twice a second; otherwise (cron,
systemd, a pipe) a plain timestamped line per source is written every
``interval`` seconds, and once more at the end, so logs stay readable.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import TextIO


class Progress:
    def __init__(self, crawlers: dict, stream: TextIO, *, interactive: bool | None = None, interval: float | None = None):
        self.crawlers = crawlers
        self.stream = stream
        self.interactive = stream.isatty() if interactive is None else interactive
        self.interval = interval if interval is not None else (0.5 if self.interactive else 10.0)
        self.started = time.monotonic()
        self.drawn = 0

    def line(self, slug: str, crawler) -> str:
        try:
            stats = crawler.stats.get_stats() if crawler.stats else {}
        except RuntimeError:  # (Scrapy sets a crawler's stats when its crawl starts: a tick may come before)
            stats = {}
        done = int(stats.get("shelfmark/fetched", 0)) + int(stats.get("shelfmark/replayed", 0)) + int(stats.get("shelfmark/skipped_by_date", 0))
        queued = max(int(stats.get("scheduler/enqueued", 0)) - int(stats.get("scheduler/dequeued", 0)), 0)
        errors = int(stats.get("shelfmark/errors", 0))
        elapsed = max(time.monotonic() - self.started, 1e-6)
        return f"{slug}: done {done}, queued {queued}, {done / elapsed:.1f} pages/s, errors {errors}"

    def tick(self) -> None:
        lines = [self.line(slug, crawler) for slug, crawler in self.crawlers.items()]
        if self.interactive:
            # move back over the lines drawn last time and overwrite them
            up = f"\x1b[{self.drawn}F" if self.drawn else ""
            self.stream.write(up + "".join(f"\x1b[2K{text}\n" for text in lines))
            self.drawn = len(lines)
        else:
            stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
            self.stream.write("".join(f"{stamp} progress {text}\n" for text in lines))
        self.stream.flush()

    def finish(self) -> None:
        self.tick()
