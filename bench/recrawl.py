"""What a re-crawl of unchanged blogs costs against the first crawl.

Serves the four bundled demo blogs on 127.0.0.1, crawls them into a fresh
archive with the real `shelfmark crawl` command, crawls them again unchanged,
and prints a table from the archive's own crawl records and the servers'
request log: requests, bytes received, pages extracted, and time (the crawl
itself, as the crawl record measures it, and the whole command with Python's
start-up).

    .venv/bin/python bench/recrawl.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shelfmark.demo.run import DEMO_SOURCES  # noqa: E402
from shelfmark.demo.server import serve_sites  # noqa: E402


def one_round(tmp: Path) -> list[dict]:
    db = tmp / "bench.db"
    out = []
    with serve_sites() as servers:
        text = DEMO_SOURCES.read_text(encoding="utf-8")
        for slug, base in servers.urls.items():
            text = text.replace("{{site:%s}}" % slug, base)
        sources = tmp / "sources.yaml"
        sources.write_text(text, encoding="utf-8")
        for crawl_id in (1, 2):
            seen = len(servers.requests)
            started = time.monotonic()
            subprocess.run([sys.executable, "-m", "shelfmark.cli", "crawl", "--sources", str(sources), "--db", str(db),
                            "--no-throttle", "--log-level", "ERROR"], cwd=ROOT, check=True, capture_output=True)
            wall = time.monotonic() - started
            conn = sqlite3.connect(db)
            (counts,) = conn.execute("select counts from crawls where id = ?", [crawl_id]).fetchone()
            (fetched, received, unchanged, extracted) = conn.execute(
                "select sum(fetched), sum(bytes), sum(unchanged), sum(new + changed) from crawl_sources where crawl_id = ?",
                [crawl_id]).fetchone()
            conn.close()
            out.append({"requests": len(servers.requests) - seen, "fetched": fetched, "bytes": received,
                        "unchanged": unchanged, "extracted": extracted,
                        "seconds": json.loads(counts)["seconds"], "wall": wall})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rounds = []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as tmp:
            rounds.append(one_round(Path(tmp)))
    med = lambda i, key: statistics.median(r[i][key] for r in rounds)  # noqa: E731
    rows = [("requests", "requests"), ("bytes received", "bytes"), ("pages extracted and written", "extracted"),
            ("pages confirmed unchanged", "unchanged"), ("crawl time (s)", "seconds"), ("command time (s)", "wall")]
    print(f"Re-crawl of the 4 demo blogs, unchanged (median of {args.rounds} rounds)\n")
    print(f"| {'':28} | {'first crawl':>12} | {'re-crawl':>12} | {'ratio':>7} |")
    print(f"| {'-' * 28} | {'-' * 12}:| {'-' * 12}:| {'-' * 7}:|")
    for label, key in rows:
        first, again = med(0, key), med(1, key)
        ratio = f"{again / first:.1%}" if first else "-"
        fmt = (lambda v: f"{v:,.2f}") if key in ("seconds", "wall") else (lambda v: f"{v:,.0f}")
        print(f"| {label:28} | {fmt(first):>12} | {fmt(again):>12} | {ratio:>7} |")


if __name__ == "__main__":
    main()
