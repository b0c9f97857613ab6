"""The limit the crawl is measured against: plain trafilatura over saved pages on every core.

Reads a list of HTML files (one path a line), extracts each with trafilatura
as Shelfmark needs it (Markdown, metadata, reader comments left out) in a
process pool of `--workers` (default: every core), and prints pages, seconds
and pages per second as JSON. The pages come from disk, so nothing but
extraction is counted: no network, no database, no WARC.

    .venv/bin/python bench/limit.py FILES.txt [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from multiprocessing import get_context
from pathlib import Path

import trafilatura


def extract(path: str) -> int:
    body = Path(path).read_bytes()
    text = trafilatura.extract(body, url=None, output_format="markdown", with_metadata=True, include_comments=False)
    return len(text or "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    paths = [line for line in args.files.read_text(encoding="utf-8").splitlines() if line]
    started = time.monotonic()
    with get_context("fork").Pool(args.workers) as pool:
        sizes = list(pool.imap_unordered(extract, paths, chunksize=8))
    seconds = time.monotonic() - started
    print(json.dumps({"pages": len(paths), "seconds": seconds, "pages_per_s": len(paths) / seconds,
                      "empty": sum(1 for s in sizes if not s)}))


if __name__ == "__main__":
    main()
