"""Peak memory of a large crawl: `shelfmark crawl` of a generated blog of 100,000 posts.

The blog (bench/site.py) is written to a temporary folder and served by nginx
on localhost (bench/static.py); the crawl runs end to end, WARC capture on,
politeness lifted. Every 0.2 s the crawl's whole process tree (the crawl and
its extraction workers) is measured from /proc: the sum of RSS (an upper
bound: forked workers share pages with the crawl) and the sum of PSS (shared
pages divided among their processes), and the peak of each process on its
own: the crawl process (engine, spider, pipelines) and each extraction worker.
The floor is 500 MB.

    .venv/bin/python bench/memory.py [--posts 100000] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.crawl import HOST, crawl_record, shelfmark, sources_file  # noqa: E402
from bench.site import generate  # noqa: E402
from bench.static import free_port, serve  # noqa: E402

FLOOR_MB = 500


def measure(posts: int, folder: Path, max_seconds: float | None = None, log=print) -> dict:
    site, work = folder / "site", folder / "work"
    work.mkdir()
    port = free_port()
    log(f"generating {posts} posts ...")
    generate(site, f"http://{HOST}:{port}", posts)
    db = work / "memory.db"
    with serve(site, port) as (local, server, _):
        sources = sources_file(work, f"http://{HOST}:{port}")
        log("crawling ...")
        result = shelfmark("crawl", "--sources", str(sources), "--db", str(db), "--no-throttle", "--log-level", "ERROR",
                           proxy=local.replace("localhost", "127.0.0.1"), sample=True, timeout=max_seconds)
    record = crawl_record(db, 1)
    # the tree's RSS at each tenth of the run: flat means nothing grows with the pages crawled
    marks = [result.samples[min(len(result.samples) - 1, i * len(result.samples) // 10)][1] for i in range(1, 11)] if result.samples else []
    pages = record["fetched"] or 0
    crawl = result.per_process.get(result.pid, (0.0, 0.0))
    workers = [peak for pid, peak in result.per_process.items() if pid != result.pid and peak[0] > 0]
    return {"posts": posts, "pages": pages, "seconds": result.wall, "server": server,
            "stopped": "[stopped after" in result.stderr,
            "peak_rss_mb": result.peak_rss_mb, "peak_pss_mb": result.peak_pss_mb, "processes": result.peak_processes,
            "crawl_process_mb": [round(crawl[0]), round(crawl[1])],
            "worker_mb": [[round(w[0]), round(w[1])] for w in workers],
            "cpu_ms_per_page": round(result.cpu * 1000 / pages, 1) if pages else None,
            "rss_by_tenth_mb": [round(m) for m in marks]}


def table(out: dict) -> str:
    return "\n".join([
        f"Memory of one crawl of a {out['posts']:,}-post blog: {out['pages']:,} responses in {out['seconds']:.0f} s"
        + (" (stopped by Ctrl-C at --max-seconds)" if out.get("stopped") else "") + f", served by {out['server']}",
        "",
        "| process tree | peak | floor |",
        "| --- | ---: | --- |",
        f"| RSS, summed over the crawl and its {out['processes'] - 1} workers | {out['peak_rss_mb']:.0f} MB | ≤ {FLOOR_MB} MB |",
        f"| PSS (shared pages counted once) | {out['peak_pss_mb']:.0f} MB | |",
        f"| the crawl process alone, RSS / PSS | {out['crawl_process_mb'][0]} / {out['crawl_process_mb'][1]} MB | |",
        *(f"| extraction worker {n}, RSS / PSS | {rss} / {pss} MB | |" for n, (rss, pss) in enumerate(out["worker_mb"], 1)),
        "",
        f"CPU of the crawl and its workers: {out['cpu_ms_per_page']} ms a page.",
        "RSS at each tenth of the crawl (MB): " + ", ".join(str(m) for m in out["rss_by_tenth_mb"]),
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--max-seconds", type=float, help="stop the crawl (as Ctrl-C) after this long")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shelfmark-memory-") as tmp:
        out = measure(args.posts, Path(tmp), args.max_seconds, log=lambda m: print(m, file=sys.stderr, flush=True))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    print(table(out))


if __name__ == "__main__":
    main()
