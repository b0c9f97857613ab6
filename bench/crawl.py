"""Crawl, re-crawl and re-extraction of a generated 5,000-post blog, side by side with plain trafilatura.

All in one run, on one machine, on the same pages:

1. a blog of `--posts` posts is generated (bench/site.py) and served by nginx
   on localhost (bench/static.py), politeness lifted (`--no-throttle`, no delay,
   8 requests at a time);
2. **the limit**: plain trafilatura extracting the HTML pages the crawl fetched,
   read from disk, over every core (bench/limit.py);
3. **first crawl**: `shelfmark crawl` end to end into a fresh archive, WARC capture on;
4. **peer**: trafilatura's own command line over the same site: its sitemap
   discovery, then its downloader and extractor on the URLs found, with its SSRF
   protection and sleep turned off by a config file;
5. **unchanged re-crawl**, then a **re-crawl with 5% of the posts edited**: time and
   bytes received against the first crawl;
6. **re-extraction** of the whole archive from its WARC files (`shelfmark reextract --all`).

Every figure is a ratio to a figure measured in the same run. CPU is the
seconds of every process of the step (workers included; the static server's
own CPU is given apart).

    .venv/bin/python bench/crawl.py [--posts 5000] [--quick] [--no-peer] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import process_cpu, run  # noqa: E402
from bench.site import edit, generate  # noqa: E402
from bench.static import free_port, serve  # noqa: E402

PY = sys.executable
SKIP_KINDS = ("feed", "sitemap", "api", "unparsed", "not-html", "noarchive")


def sources_file(folder: Path, base: str, slug: str = "lamplit") -> Path:
    path = folder / "sources.yaml"
    path.write_text(
        "sources:\n"
        f"  - slug: {slug}\n    name: The Lamplit Shelf\n    home_url: {base}/\n    platform: wordpress\n"
        "    limits: {max_pages: 1000000, max_listing_pages: 100}\n"
        "    politeness: {download_delay: 0, concurrency: 8}\n",
        encoding="utf-8",
    )
    return path


HOST = "lamplit.localhost"  # a host name, not a bare IP or plain "localhost": trafilatura refuses those
# trafilatura's command line, with *.localhost resolved to 127.0.0.1 in its process (as RFC 6761 and
# systemd-resolved have it), since nothing here may edit /etc/hosts
TRAFILATURA = """
import socket, sys
resolve = socket.getaddrinfo
socket.getaddrinfo = lambda host, *a, **k: resolve("127.0.0.1" if str(host).endswith(".localhost") else host, *a, **k)
from trafilatura.cli import main
sys.exit(main())
"""


def shelfmark(*args: str, proxy: str | None = None, sample: bool = False, timeout: float | None = None):
    """The real command; `proxy`: the static server itself, which answers for the site's host name;
    `timeout`: stopped as by Ctrl-C after that many seconds."""
    return run([PY, "-m", "shelfmark.cli", *args], cwd=ROOT, sample=sample, env={"http_proxy": proxy} if proxy else None,
               timeout=timeout, check=timeout is None)


def crawl_record(db: Path, crawl_id: int) -> dict:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    row = conn.execute("select sum(fetched) fetched, sum(bytes) bytes, sum(new) new, sum(changed) changed, "
                       "sum(unchanged) unchanged from crawl_sources where crawl_id = ?", [crawl_id]).fetchone()
    (counts,) = conn.execute("select counts from crawls where id = ?", [crawl_id]).fetchone()
    conn.close()
    return {**dict(row), "crawl_seconds": json.loads(counts).get("seconds")}


def saved_pages(db: Path, site: Path) -> list[Path]:
    """The site's files behind the HTML pages the crawl archived (what the limit extracts)."""
    conn = sqlite3.connect(db)
    urls = [r[0] for r in conn.execute(
        f"select url from pages where status = 200 and warc_file is not null and coalesce(kind, '') not in "
        f"({', '.join('?' for _ in SKIP_KINDS)})", SKIP_KINDS)]
    conn.close()
    files = [site / urlsplit(u).path.strip("/") / "index.html" for u in urls]
    return [f for f in files if f.exists()]


def limit(files: list[Path], folder: Path, workers: int = 2) -> dict:
    listing = folder / "limit-files.txt"
    listing.write_text("\n".join(str(f) for f in files), encoding="utf-8")
    result = run([PY, str(ROOT / "bench" / "limit.py"), str(listing), "--workers", str(workers)], cwd=ROOT)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return {"pages": figures["pages"], "seconds": figures["seconds"], "cpu": result.cpu}


def trafilatura_crawler(base: str, folder: Path, timeout: float) -> dict:
    """trafilatura's command line over the site: its sitemap discovery (`--sitemap --list`), then its
    downloader and extractor on that list (`-i`, 2 threads), SSRF protection and sleep off (a local benchmark only).

    One `--sitemap` run would do both, but given a URL with a port it downloads the sitemap itself
    again and again for ever (trafilatura 2.3.1): hence the two steps, timed together.
    """
    import trafilatura

    config = (Path(trafilatura.__file__).parent / "settings.cfg").read_text(encoding="utf-8")
    config = config.replace("SLEEP_TIME = 5.0", "SLEEP_TIME = 0").replace("SSRF_PROTECTION = on", "SSRF_PROTECTION = off")
    cfg = folder / "trafilatura.cfg"
    cfg.write_text(config, encoding="utf-8")
    found = run([PY, "-c", TRAFILATURA, "--sitemap", f"{base}/wp-sitemap.xml", "--list", "--config-file", str(cfg)],
                cwd=folder, check=False, timeout=timeout)
    urls = folder / "trafilatura-urls.txt"
    urls.write_text(found.stdout, encoding="utf-8")
    out = folder / "trafilatura-out"
    result = run([PY, "-c", TRAFILATURA, "-i", str(urls), "--parallel", "2", "--markdown", "--with-metadata", "--no-comments",
                  "--config-file", str(cfg), "-o", str(out)], cwd=folder, check=False, timeout=timeout)
    written = sum(1 for p in out.rglob("*") if p.is_file()) if out.exists() else 0
    return {"pages": written, "urls": len(found.stdout.split()), "seconds": found.wall + result.wall,
            "cpu": found.cpu + result.cpu, "stopped": "[stopped after" in result.stderr + found.stderr}


def step(result, pages: int, record: dict | None = None) -> dict:
    return {"pages": pages, "seconds": result.wall, "cpu": result.cpu, **(record or {})}


def measure(posts: int, peer: bool, folder: Path, log=print) -> dict:
    site, work = folder / "site", folder / "work"
    work.mkdir()
    port = free_port()
    log(f"generating {posts} posts ...")
    generate(site, f"http://{HOST}:{port}", posts)
    db = work / "bench.db"
    out: dict = {"posts": posts}
    with serve(site, port) as (local, server, server_pid):
        out["server"] = server
        base, proxy = f"http://{HOST}:{port}", local.replace("localhost", "127.0.0.1")
        sources = sources_file(work, base)
        crawl_args = ["--sources", str(sources), "--db", str(db), "--no-throttle", "--log-level", "ERROR"]
        log("first crawl ...")
        server_cpu = process_cpu(server_pid)
        first = shelfmark("crawl", *crawl_args, proxy=proxy)
        out["server_cpu_first"] = process_cpu(server_pid) - server_cpu
        record = crawl_record(db, 1)
        out["first"] = step(first, record["fetched"], record)
        files = saved_pages(db, site)
        log(f"the limit: plain trafilatura on the {len(files)} saved pages ...")
        out["limit"] = limit(files, work)
        out["html_pages"] = len(files)
        if peer:
            log("trafilatura's own crawler ...")
            # it retries a failing download for ever: stopped after ten times our crawl's time
            out["peer"] = trafilatura_crawler(base, work, timeout=max(120.0, 10 * first.wall))
        log("unchanged re-crawl ...")
        again = shelfmark("crawl", *crawl_args, proxy=proxy)
        out["unchanged"] = step(again, 0, crawl_record(db, 2))
        edited = edit(site, 0.05)
        log(f"re-crawl with {len(edited)} posts edited ...")
        third = shelfmark("crawl", *crawl_args, proxy=proxy)
        out["edited"] = step(third, 0, crawl_record(db, 3))
        out["edited"]["edited_posts"] = len(edited)
    log("re-extraction from WARC ...")
    reextracted = shelfmark("reextract", "--all", "--db", str(db), "--sources", str(sources))
    out["reextract"] = step(reextracted, _reextracted_pages(db))
    out["reextract"]["output"] = reextracted.stdout.strip()[-300:]
    out["archive_mb"] = db.stat().st_size / 1e6
    out["warc_mb"] = sum(p.stat().st_size for p in (work / "warcs").rglob("*.warc.gz")) / 1e6
    return out


def _reextracted_pages(db: Path) -> int:
    conn = sqlite3.connect(db)
    (count,) = conn.execute(f"select count(*) from pages where warc_file is not null and coalesce(kind, '') not in "
                            f"({', '.join('?' for _ in SKIP_KINDS)})", SKIP_KINDS).fetchone()
    conn.close()
    return count


def table(out: dict) -> str:
    lim = out["limit"]
    lim_rate = lim["pages"] / lim["seconds"]
    rate = lambda s: s["pages"] / s["seconds"] if s["seconds"] else 0.0  # noqa: E731
    cpu = lambda s: f"{1000 * s['cpu'] / s['pages']:.1f}" if s["pages"] else "-"  # noqa: E731
    lines = [
        f"Crawl of a generated blog: {out['posts']:,} posts, {out['html_pages']:,} HTML pages, served by {out['server']} "
        f"on localhost; WARC capture on",
        "",
        "| run | pages | seconds | pages/s | CPU ms/page | vs the limit | floor |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
        f"| plain trafilatura, 2 processes, saved pages (the limit) | {lim['pages']:,} | {lim['seconds']:.1f} | {lim_rate:.1f} | {cpu(lim)} | 100% | |",
    ]
    first = out["first"]
    lines.append(f"| `shelfmark crawl`, first crawl, end to end | {first['pages']:,} | {first['seconds']:.1f} | {rate(first):.1f} | "
                 f"{cpu(first)} | {rate(first) / lim_rate:.0%} | ≥ 80% |")
    if "peer" in out:
        peer = out["peer"]
        lines.append(f"| trafilatura's own crawler (`--sitemap --list`, then `-i`), 2 threads | {peer['pages']:,} | {peer['seconds']:.1f} | "
                     f"{rate(peer):.1f} | {cpu(peer)} | {rate(peer) / lim_rate:.0%} | slower than ours |")
    re = out["reextract"]
    lines.append(f"| `shelfmark reextract --all` (from WARC) | {re['pages']:,} | {re['seconds']:.1f} | {rate(re):.1f} | "
                 f"{cpu(re)} | {rate(re) / lim_rate:.0%} | ≥ 85% |")
    lines += [
        "",
        "| re-crawl | seconds | bytes received | responses | pages written in full | time vs first | bytes vs first | floor |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for label, key, floor in (("first crawl", "first", ""), ("unchanged", "unchanged", "≤ 10% of time and bytes"),
                              (f"{out['edited'].get('edited_posts', 0)} posts (5%) edited", "edited", "")):
        s = out[key]
        lines.append(f"| {label} | {s['seconds']:.1f} | {s['bytes']:,} | {s['fetched']:,} | {(s['new'] or 0) + (s['changed'] or 0):,} | "
                     f"{s['seconds'] / first['seconds']:.1%} | {s['bytes'] / first['bytes']:.1%} | {floor} |")
    lines += ["", f"static server CPU during the first crawl: {out['server_cpu_first']:.1f} s; archive {out['archive_mb']:.0f} MB, "
              f"WARC files {out['warc_mb']:.0f} MB"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--quick", action="store_true", help="500 posts, to check the benchmark itself")
    parser.add_argument("--no-peer", action="store_true", help="leave out trafilatura's own crawler")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()
    posts = 500 if args.quick else args.posts
    with tempfile.TemporaryDirectory(prefix="shelfmark-bench-") as tmp:
        out = measure(posts, not args.no_peer, Path(tmp), log=lambda m: print(m, file=sys.stderr, flush=True))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, default=str), encoding="utf-8")
    print(table(out))


if __name__ == "__main__":
    main()
