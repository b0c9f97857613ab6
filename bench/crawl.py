"""Crawl, re-crawl and re-extraction of a generated 5,000-post blog, side by side with plain trafilatura.

All in one run, on one machine, on the same pages:

1. a blog of `--posts` posts is generated (bench/site.py) and served by nginx
   on localhost (bench/static.py), politeness lifted (`--no-throttle`, no delay,
   32 requests at a time: scraper.settings.FAST_CONCURRENCY);
2. **the limit**: plain trafilatura extracting the HTML pages the crawl fetched,
   read from disk, over every core (bench/limit.py);
3. **first crawl**: `shelfmark crawl` end to end into a fresh archive, WARC capture on;
4. **peer**: trafilatura's own command line over the same site: its sitemap
   discovery, then its downloader and extractor on the URLs found, with its SSRF
   protection and sleep turned off by a config file;
   and **Scrapy alone** (bench/scrapy_alone.py): a bare Scrapy spider fetching the
   URLs the first crawl fetched and reading their links, nothing extracted or kept:
   the framework's own cost, and so the ceiling a Scrapy crawl extracting as
   trafilatura does could reach;
5. **unchanged re-crawl**, then a **re-crawl with 5% of the posts edited**: time and
   bytes received against the first crawl;
6. **re-extraction** of the whole archive from its WARC files (`shelfmark reextract --all`).

Every figure is a ratio to a figure measured in the same run. CPU is the
seconds of every process of the step (workers included; the static server's
own CPU is given apart). On a shared machine a step's wall-clock depends on
what else runs meanwhile, so the limit is measured twice (after the first crawl
and at the end, its rate the mean of the two), and each step reports the load
average around it and the cores it kept busy (CPU seconds / wall seconds).

    .venv/bin/python bench/crawl.py [--posts 5000] [--quick] [--no-peer] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import re
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


# the command, writing at exit the CPU seconds of its own process (all threads; not the extraction workers) to argv[1]
OWN_CPU = """
import atexit, json, resource, sys
out = sys.argv.pop(1)
atexit.register(lambda: open(out, "w").write(json.dumps(sum(resource.getrusage(resource.RUSAGE_SELF)[:2]))))
sys.argv[0] = "shelfmark"
from shelfmark.cli import main
main()
"""


def shelfmark(*args: str, proxy: str | None = None, sample: bool = False, timeout: float | None = None):
    """The real command; `proxy`: the static server itself, which answers for the site's host name;
    `timeout`: stopped as by Ctrl-C after that many seconds. The result's `own_cpu`: the CPU seconds of
    the command's own process (the crawl's event loop, the spider, WARC and archive writes), workers apart."""
    with tempfile.NamedTemporaryFile(prefix="shelfmark-cpu-", suffix=".json") as own:
        result = run([PY, "-c", OWN_CPU, own.name, *args], cwd=ROOT, sample=sample, env={"http_proxy": proxy} if proxy else None,
                     timeout=timeout, check=timeout is None)
        text = Path(own.name).read_text(encoding="utf-8")
    result.own_cpu = json.loads(text) if text else None
    return result


def crawl_record(db: Path, crawl_id: int) -> dict:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    row = conn.execute("select sum(fetched) fetched, sum(bytes) bytes, sum(new) new, sum(changed) changed, "
                       "sum(unchanged) unchanged from crawl_sources where crawl_id = ?", [crawl_id]).fetchone()
    (counts,) = conn.execute("select counts from crawls where id = ?", [crawl_id]).fetchone()
    conn.close()
    return {**dict(row), "crawl_seconds": json.loads(counts).get("seconds")}


def fetched_urls(db: Path) -> list[str]:
    """Every URL the crawl fetched (pages, feeds, sitemaps, robots.txt), for Scrapy alone to fetch again."""
    conn = sqlite3.connect(db)
    urls = [r[0] for r in conn.execute("select url from pages where status is not null")]
    conn.close()
    return urls


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
    result, load = loaded(lambda: run([PY, str(ROOT / "bench" / "limit.py"), str(listing), "--workers", str(workers)], cwd=ROOT))
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return {"pages": figures["pages"], "seconds": figures["seconds"], "cpu": result.cpu, "load": load}


def mean_limit(runs: list[dict]) -> dict:
    """The limit as one step: the runs' pages and CPU summed, its seconds the sum too (so its rate is the mean rate)."""
    return {"pages": sum(r["pages"] for r in runs), "seconds": sum(r["seconds"] for r in runs),
            "cpu": sum(r["cpu"] for r in runs), "load": (runs[0]["load"][0], runs[-1]["load"][1]), "runs": runs}


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


def loaded(call):
    """Run `call`; its result, with the 1-minute load average before and after it (`load`)."""
    before = os.getloadavg()[0]
    result = call()
    return result, (before, os.getloadavg()[0])


def step(result, pages: int, record: dict | None = None) -> dict:
    result, load = result if isinstance(result, tuple) else (result, None)
    return {"pages": pages, "seconds": result.wall, "cpu": result.cpu, "own_cpu": getattr(result, "own_cpu", None),
            "load": load, **(record or {})}


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
        first = loaded(lambda: shelfmark("crawl", *crawl_args, proxy=proxy))
        out["server_cpu_first"] = process_cpu(server_pid) - server_cpu
        record = crawl_record(db, 1)
        out["first"] = step(first, record["fetched"], record)
        files = saved_pages(db, site)
        log(f"the limit: plain trafilatura on the {len(files)} saved pages ...")
        limits = [limit(files, work)]
        out["html_pages"] = len(files)
        if peer:
            log("trafilatura's own crawler ...")
            # it retries a failing download for ever: stopped after ten times our crawl's time
            peer, load = loaded(lambda: trafilatura_crawler(base, work, timeout=max(120.0, 10 * out["first"]["seconds"])))
            out["peer"] = {**peer, "load": load}
        log("Scrapy alone ...")
        fetched = work / "fetched-urls.txt"
        fetched.write_text("\n".join(fetched_urls(db)), encoding="utf-8")
        bare = loaded(lambda: run([PY, str(ROOT / "bench" / "scrapy_alone.py"), str(fetched), "--proxy", proxy], cwd=ROOT))
        out["scrapy_alone"] = step(bare, json.loads(bare[0].stdout)["pages"])
        log("unchanged re-crawl ...")
        again = shelfmark("crawl", *crawl_args, proxy=proxy)
        out["unchanged"] = step(again, 0, crawl_record(db, 2))
        edited = edit(site, 0.05)
        log(f"re-crawl with {len(edited)} posts edited ...")
        third = shelfmark("crawl", *crawl_args, proxy=proxy)
        out["edited"] = step(third, 0, crawl_record(db, 3))
        out["edited"]["edited_posts"] = len(edited)
    log("re-extraction from WARC ...")
    reextracted = loaded(lambda: shelfmark("reextract", "--all", "--db", str(db), "--sources", str(sources)))
    out["reextract"] = step(reextracted, _reextractions(reextracted[0].stdout, db))
    out["reextract"]["output"] = reextracted[0].stdout.strip()[-300:]
    log("the limit again ...")
    out["limit"] = mean_limit([*limits, limit(files, work)])
    out["archive_mb"] = db.stat().st_size / 1e6
    out["warc_mb"] = sum(p.stat().st_size for p in (work / "warcs").rglob("*.warc.gz")) / 1e6
    return out


def _reextractions(stdout: str, db: Path) -> int:
    """Captures the command extracted: its pages and the older review versions it also rebuilds (its own count)."""
    said = re.search(r"re-extracted (\d+) pages and (\d+) older versions", stdout)
    return int(said.group(1)) + int(said.group(2)) if said else _reextracted_pages(db)


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
    busy = lambda s: f"{s['cpu'] / s['seconds']:.2f}" if s["seconds"] else "-"  # noqa: E731
    load = lambda s: f"{s['load'][0]:.1f} → {s['load'][1]:.1f}" if s.get("load") else ""  # noqa: E731

    def versus(s: dict) -> str:
        """The wall-clock ratio to the limit, and the CPU one (what it would be with every core to itself)."""
        return f"{rate(s) / lim_rate:.0%} (CPU: {lim['cpu'] / lim['pages'] / (s['cpu'] / s['pages']):.0%})" if s["pages"] else "-"

    def row(label: str, s: dict, ratio: str, floor: str) -> str:
        return (f"| {label} | {s['pages']:,} | {s['seconds']:.1f} | {rate(s):.1f} | {cpu(s)} | {busy(s)} | {load(s)} | "
                f"{ratio} | {floor} |")

    lines = [
        f"Crawl of a generated blog: {out['posts']:,} posts, {out['html_pages']:,} HTML pages, served by {out['server']} "
        f"on localhost; WARC capture on; {os.cpu_count()} CPUs",
        "",
        "| run | pages | seconds | pages/s | CPU ms/page | cores busy | load average | vs the limit | floor |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |",
        row("plain trafilatura, 2 processes, saved pages (the limit: both runs)", lim, "100%", ""),
    ]
    lines += [row(f"… the limit, run {n}", r, f"{rate(r) / lim_rate:.0%}", "") for n, r in enumerate(lim.get("runs", []), 1)]
    lines.append(row("`shelfmark crawl`, first crawl, end to end", out["first"], versus(out["first"]), "≥ 80%"))
    if "peer" in out:
        lines.append(row("trafilatura's own crawler (`--sitemap --list`, then `-i`), 2 threads", out["peer"], versus(out["peer"]),
                         "slower than ours"))
    lines.append(row("`shelfmark reextract --all` (from WARC; pages and older review versions)", out["reextract"], versus(out["reextract"]), "≥ 85%"))
    if "scrapy_alone" in out:
        bare = out["scrapy_alone"]
        per_page = lambda s: s["cpu"] / s["pages"]  # noqa: E731
        ceiling = per_page(lim) / (per_page(lim) + per_page(bare))
        lines.append(row("Scrapy alone: the same URLs fetched, links read, nothing extracted or kept (bench/scrapy_alone.py)", bare,
                         f"ceiling {ceiling:.0%}", ""))
    first = out["first"]
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
    own = [f"{label} {1000 * s['own_cpu'] / s['pages']:.1f} ms/page of {cpu(s)}" for label, s in
           (("first crawl", first), ("reextract", out["reextract"])) if s.get("own_cpu") is not None and s["pages"]]
    lines += ["", f"static server CPU during the first crawl: {out['server_cpu_first']:.1f} s; archive {out['archive_mb']:.0f} MB, "
              f"WARC files {out['warc_mb']:.0f} MB"]
    if "scrapy_alone" in out:
        lines.append("ceiling: the limit's CPU a page over the limit's plus Scrapy alone's, what a Scrapy crawl whose "
                     "extraction cost what trafilatura's does, and which did nothing else, would reach by CPU")
    if own:
        lines.append("CPU of the command's own process (event loop, spider, WARC and archive writes; the rest is its "
                     "extraction workers): " + "; ".join(own))
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
