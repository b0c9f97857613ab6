"""Helpers for the archivist tests: demo blogs copied to a temporary folder (so a
test can edit or delete their pages between crawls), served on 127.0.0.1 port 0,
and crawled by the real `shelfmark` command in a subprocess."""

from __future__ import annotations

import re
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

from shelfmark.demo.server import SITES_ROOT

ROOT = Path(__file__).resolve().parent.parent


def copy_sites(dest: Path, slugs: list[str]) -> Path:
    for slug in slugs:
        shutil.copytree(SITES_ROOT / slug, dest / slug)
    return dest


def write_sources(path: Path, urls: dict[str, str], extra: dict[str, str] | None = None) -> Path:
    """A sources file for the served sites; `extra` adds YAML lines (indented 4) to a source."""
    platforms = {"quiet-shelf": "wordpress", "paper-lanterns": "blogger", "northern-review": "joomla", "ghost-pages": "ghost"}
    lines = ["sources:"]
    for slug, base in urls.items():
        lines += [f"  - slug: {slug}", f"    name: {slug.replace('-', ' ').title()}", f"    home_url: \"{base}/\"",
                  f"    platform: {platforms.get(slug, 'auto')}"]
        lines += [f"    {line}" for line in (extra or {}).get(slug, "").splitlines() if line.strip()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def shelfmark(*args: str, timeout: float = 180, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shelfmark.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, **kwargs)


def crawl(sources: Path, db: Path, *slugs: str, extra_args: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    result = shelfmark("crawl", *slugs, "--sources", str(sources), "--db", str(db), "--no-throttle",
                       "--log-level", "WARNING", *extra_args)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def rows(db: Path, sql: str, params=()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def paths(requests: list[tuple[str, str, str]], slug: str) -> list[str]:
    return [p for s, _, p in requests if s == slug]


def bump_lastmod(sitemap: Path, loc_part: str, when: str) -> None:
    """Give one <url> of a sitemap a new <lastmod>, as a blog engine does when a post is edited."""
    text = sitemap.read_text(encoding="utf-8")
    pattern = re.compile(r"(<loc>[^<]*" + re.escape(loc_part) + r"[^<]*</loc>\s*<lastmod>)[^<]*(</lastmod>)")
    new, count = pattern.subn(r"\g<1>" + when + r"\g<2>", text)
    assert count == 1, f"{loc_part} has no lastmod in {sitemap.name}"
    sitemap.write_text(new, encoding="utf-8")


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
