"""Run a real crawl of fault-server sources in a subprocess, with test-sized settings.

A Twisted reactor cannot be restarted inside the test process, so each crawl
is `python tests/faults/crawl.py SOURCES DB SETTINGS_JSON`: `scraper.run.run_crawl`
with politeness delays lifted (robots.txt still obeyed) and the settings given
(short timeouts, say), printing the run's summary as JSON on the last line.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Short enough for a test, long enough for a loaded two-core machine.
TEST_SETTINGS = {"DOWNLOAD_TIMEOUT": 3, "RETRY_TIMES": 1, "SHELFMARK_EXTRACT_WORKERS": 1}


def write_sources(path: Path, sources: dict[str, str], extra: dict[str, str] | None = None) -> Path:
    """`sources` maps slug → home URL; `extra` adds YAML lines (indented 4) to a source."""
    lines = ["sources:"]
    for slug, home in sources.items():
        lines += [f"  - slug: {slug}", f"    name: {slug.replace('-', ' ').title()}", f'    home_url: "{home}"',
                  "    platform: wordpress"]
        lines += [f"    {line}" for line in (extra or {}).get(slug, "").splitlines() if line.strip()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def crawl(sources: Path, db: Path, settings: dict | None = None, timeout: float = 120) -> tuple[dict, float, str]:
    """(summary, seconds, log) of one crawl of every source in `sources`."""
    started = time.monotonic()
    result = subprocess.run([sys.executable, str(Path(__file__)), str(sources), str(db),
                             json.dumps({**TEST_SETTINGS, **(settings or {})})],
                            capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout.strip().splitlines()[-1]), seconds, result.stderr


def main(argv: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    from scraper.run import run_crawl
    from scraper.sources import load_sources

    sources_path, db, settings = argv
    summary = run_crawl(load_sources(sources_path), db, fast=True, overrides=json.loads(settings), log_level="INFO")
    print(json.dumps({"crawl_id": summary.crawl_id, "status": summary.status, "totals": summary.totals,
                      "per_source": summary.per_source}, default=str))


if __name__ == "__main__":
    main(sys.argv[1:])
