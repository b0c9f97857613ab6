"""What `shelfmark reextract --all` costs beyond extraction itself, and A/B of two checkouts on one archive.

    build DIR [--posts 2000]   a generated blog crawled once with WARC capture, then re-crawled with 5% of the
                               posts edited (so older review versions exist), into DIR/work/bench.db
    record DIR                 every page's and older version's record, extracted once (DIR/records.pickle), for --noop
    ab DIR A B [--repeats 3] [--noop]
                               `reextract --all` on a fresh copy of the archive with checkout A, then B, alternating;
                               CPU of the command and its workers (getrusage of children) a page; with --noop the
                               extraction function is replaced by one returning the record `record` stored, in this script only,
                               so what is left is the framework's own cost
    dump DB                    pages, reviews, review_versions and books as JSON lines, without the run's timestamps

    .venv/bin/python bench/reextract_cost.py build /tmp/rx --posts 2000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PY = sys.executable

# run in the checkout under test: reextract --all, extraction replaced by a stored record with --noop
RUN = """
import json, sys, resource, time
db, noop = sys.argv[1], sys.argv[2] == "1"
if noop:
    import pickle, zlib
    import scraper.reextract as rx
    records = pickle.load(open(sys.argv[3], "rb"))
    def fake(body, url, hints, content_type=None):
        return dict(records[url, zlib.crc32(body)])
    rx.extract_to_dict = fake
from scraper.reextract import reextract
from scraper.sources import load_sources
t = time.monotonic()
summary = reextract(db, [], everything=True)
own = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
print(json.dumps({"pages": summary.pages, "versions": summary.versions, "own": own, "wall": time.monotonic() - t}))
"""


def build(folder: Path, posts: int) -> None:
    from bench.crawl import HOST, shelfmark, sources_file
    from bench.site import edit, generate
    from bench.static import free_port, serve

    site, work = folder / "site", folder / "work"
    work.mkdir(parents=True)
    port = free_port()
    generate(site, f"http://{HOST}:{port}", posts)
    db = work / "bench.db"
    with serve(site, port) as (local, _server, _pid):
        base, proxy = f"http://{HOST}:{port}", local.replace("localhost", "127.0.0.1")
        sources = sources_file(work, base)
        args = ["--sources", str(sources), "--db", str(db), "--no-throttle", "--log-level", "ERROR"]
        shelfmark("crawl", *args, proxy=proxy)
        edit(site, 0.05)
        shelfmark("crawl", *args, proxy=proxy)
    print(f"built {db}")


def record(folder: Path) -> None:
    """Each capture's record (reextract's own read_and_extract, in this process), keyed by URL and CRC of the body."""
    import pickle
    import zlib

    from archive.captures import read_capture, warc_dir
    from archive.store import Archive
    from scraper.extract import Hints
    from scraper.reextract import _page_rows, _version_rows, read_and_extract

    db = folder / "work" / "bench.db"
    records = {}
    with Archive(db) as archive:
        rows = _page_rows(archive, [], True) + _version_rows(archive, [], True)
    for row in rows:
        body = read_capture(warc_dir(db), row["warc_file"], row["warc_offset"]).body
        rec, problem = read_and_extract(str(warc_dir(db)), row["warc_file"], row["warc_offset"], row["url"], Hints(), row.get("content_type"))
        records[row["url"], zlib.crc32(body)] = rec
    (folder / "records.pickle").write_bytes(pickle.dumps(records))
    print(f"{len(records)} records of {len(rows)} captures")


def run_once(checkout: Path, src: Path, tmp: Path, noop: bool) -> dict:
    if tmp.exists():
        shutil.rmtree(tmp)
    (tmp / "warcs").mkdir(parents=True)
    shutil.copy(src / "bench.db", tmp / "bench.db")
    os.symlink(src / "warcs" / "bench", tmp / "warcs" / "bench")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    out = subprocess.run([PY, "-c", RUN, str(tmp / "bench.db"), "1" if noop else "0", str(src.parent / "records.pickle")],
                         cwd=checkout, check=True,
                         env={**os.environ, "PYTHONPATH": str(checkout)}, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    figures["wall"] = time.monotonic() - started
    figures["load"] = os.getloadavg()[0]
    return figures


def ab(folder: Path, checkouts: list[Path], repeats: int, noop: bool) -> None:
    src = folder / "work"
    results: dict[str, list[dict]] = {str(c): [] for c in checkouts}
    for n in range(repeats):
        for c in (checkouts if n % 2 == 0 else checkouts[::-1]):
            r = run_once(c, src, folder / f"ab-{c.name}", noop)
            results[str(c)].append(r)
            pages = r["pages"] + r["versions"]
            print(f"{c.name}: {pages} pages, total {1000 * r['cpu'] / pages:.2f} ms/page, main {1000 * r['own'] / pages:.2f}, "
                  f"workers {1000 * (r['cpu'] - r['own']) / pages:.2f}, wall {r['wall']:.1f} s, load {r['load']:.1f}", flush=True)
    for c, rs in results.items():
        pages = rs[0]["pages"] + rs[0]["versions"]
        tot = sorted(1000 * r["cpu"] / pages for r in rs)
        own = sorted(1000 * r["own"] / pages for r in rs)
        print(f"{Path(c).name}: total min {tot[0]:.2f} median {tot[len(tot) // 2]:.2f}; main min {own[0]:.2f} "
              f"median {own[len(own) // 2]:.2f} ms/page")


def dump(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    drop = {"unreviewed_at"}  # a run's own timestamp (utc_now() of the reextract run)
    for table in ("pages", "reviews", "review_versions", "books"):
        for row in conn.execute(f"select * from {table} order by id"):
            print(json.dumps([table, {k: row[k] for k in row.keys() if k not in drop}], ensure_ascii=False, default=str))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("folder", type=Path)
    b.add_argument("--posts", type=int, default=2000)
    a = sub.add_parser("ab")
    a.add_argument("folder", type=Path)
    a.add_argument("checkouts", type=Path, nargs="+")
    a.add_argument("--repeats", type=int, default=3)
    a.add_argument("--noop", action="store_true")
    r = sub.add_parser("record")
    r.add_argument("folder", type=Path)
    d = sub.add_parser("dump")
    d.add_argument("db", type=Path)
    args = parser.parse_args()
    if args.cmd == "build":
        build(args.folder, args.posts)
    elif args.cmd == "record":
        record(args.folder)
    elif args.cmd == "ab":
        ab(args.folder, args.checkouts, args.repeats, args.noop)
    else:
        dump(args.db)


if __name__ == "__main__":
    main()
