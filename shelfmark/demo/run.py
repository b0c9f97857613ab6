"""Build the demo archive: serve the bundled blogs on 127.0.0.1 and crawl them."""

from __future__ import annotations

import shutil
from pathlib import Path

from archive.captures import warc_dir

from scraper.sources import parse_sources

from .server import serve_sites

DEMO_SOURCES = Path(__file__).resolve().parent / "sources.yaml"


def demo_sources(urls: dict[str, str]):
    """The demo sources file with each ``{{site:SLUG}}`` replaced by the served base URL."""
    text = DEMO_SOURCES.read_text(encoding="utf-8")
    for slug, base in urls.items():
        text = text.replace("{{site:%s}}" % slug, base)
    return parse_sources(text, str(DEMO_SOURCES))


def build_demo(db_path: str | Path, *, log_level: str = "WARNING"):
    """A fresh demo archive at `db_path` (an old one is replaced); returns the crawl summary.

    The demo sites are on this machine, so politeness delays are lifted
    (robots.txt is still obeyed).
    """
    from scraper.run import run_crawl

    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    # the old archive's captures go with it: the new one numbers its crawls from 1 again
    shutil.rmtree(warc_dir(db_path), ignore_errors=True)
    with serve_sites() as servers:
        sources = demo_sources(servers.urls)
        return run_crawl(sources, str(db_path), fast=True, log_level=log_level)
