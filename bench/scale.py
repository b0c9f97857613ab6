"""The archive at scale: search, book and review pages and CSV of a million reviews, served by Datasette.

Builds (once; cached in bench/.cache/) a synthetic archive of N reviews in the real
schema (bench/scale_data.py), serves it with the real `shelfmark serve` on
127.0.0.1, and times what readers and researchers ask of it from a loopback client
with a fixed number of requests in flight:

- the reader's search page (`/search?q=`: ranked, with snippets) for rare, medium,
  common and very common words and for two-word queries, beside the search query
  as it was before the bounded ranking (run as SQL on the same server) and
  Datasette's own table search;
- book pages (`/book/<id>`), typical and most reviewed, review, blog and author pages,
  and the whole-archive pages: home, /books, /authors, /blogs;
- the whole reviews table streamed as CSV, beside the same rows written as CSV by
  Python's sqlite3 straight from the file;
- the database's size per review, beside the review text it holds.

    .venv/bin/python bench/scale.py [--reviews N | --quick] [--rebuild] [--queries 50] [--concurrency 1]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from datasette.utils import tilde_encode  # noqa: E402

from archive.schema import migrations, open_db  # noqa: E402
from bench.scale_data import HEAD, build, load_manifest, made_up_words, save_manifest  # noqa: E402

CACHE = ROOT / "bench" / ".cache"
FLOOR_MS = 100

# The search query as it was before ranking was bounded (metadata.yml before the
# scale work, filters left out): every match ranked and given a snippet, the best 200 kept.
BEFORE_SEARCH_SQL = """select reviews.id, reviews.title, coalesce(books.title, reviews.book_title) as book_title,
  sources.name as blog, reviews.published, reviews.stars,
  snippet(reviews_fts, -1, '<mark>', '</mark>', '…', 24) as snippet, reviews.url
from reviews_fts join reviews on reviews.id = reviews_fts.rowid
left join books on books.id = reviews.book_id left join sources on sources.slug = reviews.source_slug
where reviews_fts match fts_query(:q)
order by bm25(reviews_fts, 8.0, 6.0, 4.0, 2.0, 1.0) limit 200"""


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def hits(conn: sqlite3.Connection, query: str) -> int:
    return conn.execute("select count(*) from reviews_fts where reviews_fts match ?", [query]).fetchone()[0]


def query_sets(conn: sqlite3.Connection, seed: int, per_class: int, pick_seed: int | None = None) -> dict[str, list[str]]:
    """Search words by how many reviews hold them, from the vocabulary the archive was written with.

    `pick_seed` draws other words of the same classes (default: the archive's seed + 1), so that a second run
    does not ask for the words the first one left in the page cache.
    """
    made_up = made_up_words(600_000, random.Random(seed))  # as TextModel draws it
    words, tail = HEAD + made_up[:200_000], made_up[200_000:]
    rng = random.Random(seed + 1 if pick_seed is None else pick_seed)
    # Rare: words of the long tail that some review does hold.
    rare = [w for w in rng.sample(tail, per_class * 20) if hits(conn, w)][:per_class]
    picks = {
        "rare word": rare,
        "medium word": [words[r] for r in rng.sample(range(1000, 3000), per_class)],
        "common word": [words[r] for r in rng.sample(range(100, 300), per_class)],
        "very common word": [words[r] for r in rng.sample(range(0, 60), min(per_class, 60))],
        "two words": [f"{words[rng.randrange(60, 300)]} {words[rng.randrange(300, 3000)]}" for _ in range(per_class)],
    }
    return picks


def warm(db: Path) -> float:
    """Read the whole database file once (the OS keeps it cached while memory allows); seconds taken."""
    started = time.perf_counter()
    with open(db, "rb") as f:
        while f.read(1 << 23):
            pass
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`shelfmark serve` on a free loopback port, stopped on exit."""

    def __init__(self, db: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.db_name = db.stem
        self.log = (CACHE / "serve.log").open("w+b")  # kept: Datasette writes stream errors here
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "shelfmark.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
             "--port", str(self.port)], cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)

    def __enter__(self) -> "Server":
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise SystemExit(f"shelfmark serve exited: {self.log.read().decode()[-2000:]}")
            try:
                if httpx.get(self.base + "/-/versions.json", timeout=5).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.5)
        raise SystemExit("shelfmark serve did not answer within 300 s")

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far (/proc/<pid>/stat), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def migrate(db: Path) -> dict:
    """Apply pending migrations (as `shelfmark serve` would on start) and time them."""
    conn = sqlite3.connect(db)
    pending = [m.name for m in migrations.pending(__import__("sqlite_utils").Database(conn))]
    conn.close()
    started = time.monotonic()
    if pending:
        print(f"applying {', '.join(pending)} to {db} …", file=sys.stderr, flush=True)
        open_db(db).close()
    return {"names": pending, "seconds": time.monotonic() - started}


def timed_gets(base: str, paths: list[str], concurrency: int) -> tuple[list[float], list[int]]:
    """Fetch every path (at most `concurrency` at a time); milliseconds and status per request."""
    def one(path: str, client: httpx.Client) -> tuple[float, int]:
        started = time.perf_counter()
        response = client.get(base + path)
        return (time.perf_counter() - started) * 1000, response.status_code

    clients = [httpx.Client(timeout=120) for _ in range(concurrency)]
    try:
        with ThreadPoolExecutor(concurrency) as pool:
            results = list(pool.map(one, paths, [clients[i % concurrency] for i in range(len(paths))]))
    finally:
        for client in clients:
            client.close()
    return [ms for ms, _ in results], [status for _, status in results]


def row(name: str, ms: list[float], statuses: list[int], note: str = "", cpu_ms: float | None = None) -> dict:
    failed = sum(1 for s in statuses if s != 200)
    return {"what": name, "n": len(ms), "p50": statistics.median(ms), "p95": percentile(ms, 95),
            "max": max(ms), "failed": failed, "note": note, "cpu_ms": cpu_ms}


def stream_csv(base: str, db_name: str, out: Path, extra: str = "") -> dict:
    started = time.perf_counter()
    size = 0
    with httpx.stream("GET", f"{base}/{db_name}/reviews.csv?_stream=on&_size=max{extra}", timeout=None) as response, \
            out.open("wb") as sink:
        for chunk in response.iter_bytes(1 << 20):
            sink.write(chunk)
            size += len(chunk)
    seconds = time.perf_counter() - started
    with out.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        ids = [r[header.index("id")] for r in reader if len(r) == len(header)]
    with out.open("rb") as handle:
        handle.seek(max(0, size - 300))
        tail = handle.read().decode("utf-8", "replace")
    return {"bytes": size, "seconds": seconds, "rows": len(ids), "distinct": len(set(ids)), "tail": tail}


def direct_csv(db: Path) -> dict:
    """The same table written as CSV by Python's sqlite3 and csv, no server: the reference rate."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    started = time.perf_counter()
    cursor = conn.execute("select * from reviews order by id")
    size = rows = 0
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([d[0] for d in cursor.description])
    for batch in iter(lambda: cursor.fetchmany(2000), []):
        writer.writerows(batch)
        rows += len(batch)
        size += len(buffer.getvalue().encode("utf-8"))
        buffer.seek(0)
        buffer.truncate()
    conn.close()
    return {"bytes": size, "seconds": time.perf_counter() - started, "rows": rows}


def measure(db: Path, manifest: dict, args: argparse.Namespace) -> dict:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    queries = query_sets(conn, manifest["seed"], args.queries, args.query_seed)
    classes = {name: (terms, statistics.median(hits(conn, t) for t in terms)) for name, terms in queries.items()}
    n_reviews = conn.execute("select max(id) from reviews").fetchone()[0]
    books = conn.execute("select id from books where exists (select 1 from reviews where book_id = books.id)").fetchall()
    rng = random.Random(3)
    book_ids = [b for (b,) in rng.sample(books, min(args.queries, len(books)))]
    top_books = [b for (b,) in conn.execute(
        "select book_id from reviews where book_id is not null group by book_id order by count(*) desc limit 5")]
    top_count = conn.execute("select count(*) from reviews where book_id = ?", [top_books[0]]).fetchone()[0]
    typical = statistics.median(conn.execute("select count(*) from reviews where book_id = ?", [b]).fetchone()[0]
                                for b in book_ids)
    conn.close()
    size = db.stat().st_size + sum(Path(str(db) + s).stat().st_size for s in ("-wal",) if Path(str(db) + s).exists())
    rows: list[dict] = []
    load = [os.getloadavg()[0]]
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    blogs = [slug for (slug,) in conn.execute("select slug from sources order by slug")]
    blog_sample = random.Random(4).sample(blogs, min(10, len(blogs)))
    authors = [a for (a,) in conn.execute("select author from books where author is not null order by id")]
    author_sample = [a for (a,) in conn.execute("select author from author_stats order by reviews desc limit 3")]
    author_sample += random.Random(5).sample(authors, min(7, len(authors)))
    conn.close()
    with Server(db) as server:
        def add(name: str, paths: list[str], note: str = "") -> None:
            before = cpu_seconds(server.proc.pid)
            ms, statuses = timed_gets(server.base, paths, args.concurrency)
            cpu = (cpu_seconds(server.proc.pid) - before) * 1000 / len(paths)
            rows.append(row(name, ms, statuses, note, cpu))

        timed_gets(server.base, ["/search?q=" + t for t in list(queries["medium word"])[:5]] + ["/book/1", "/review/1"],
                   1)  # warm up
        for name, (terms, median_hits) in classes.items():
            add(f"search page, {name}", ["/search?" + str(httpx.QueryParams(q=t)) for t in terms],
                f"median {median_hits:,.0f} matching reviews")
        blog = "blog-0003"
        for name in ("medium word", "common word", "very common word", "two words"):
            add(f"search page, {name}, one blog",
                ["/search?" + str(httpx.QueryParams(q=t, blog=blog)) for t in classes[name][0][: args.before * 2]],
                "the `blog` filter")
        for name in ("medium word", "common word", "very common word") if not args.no_before else ():
            terms = classes[name][0][: args.before]
            sql = {"sql": BEFORE_SEARCH_SQL, "_shape": "array"}
            add(f"before: search SQL ranking every match, {name}",
                [f"/{server.db_name}.json?" + str(httpx.QueryParams(sql | {"q": t})) for t in terms],
                "HTTP 400 = over the 3 s SQL time limit")
            add(f"Datasette table search (/reviews?_search=), {name}",
                [f"/{server.db_name}/reviews?" + str(httpx.QueryParams(_search=t)) for t in terms])
        add("book page, typical book", [f"/book/{b}" for b in book_ids], f"median {typical:.0f} reviews")
        add("book page, 5 most reviewed books", [f"/book/{b}" for b in top_books] * 2,
            f"the first has {top_count:,} reviews")
        review_ids = [rng.randrange(1, n_reviews + 1) for _ in range(args.queries)]
        add("review page", [f"/review/{r}" for r in review_ids])
        add("blog page", [f"/blog/{b}" for b in blog_sample] * 2, f"{len(blog_sample)} blogs")
        add("author page", ["/author/" + tilde_encode(a) for a in author_sample] * 2, "the 3 most reviewed and 7 others")
        for path in ("/", "/books", "/authors", "/blogs"):
            add(f"{'home' if path == '/' else path} page", [path] * 10, "the whole archive")
        load.append(os.getloadavg()[0])
        streams = {}
        if not args.no_csv:
            # The table's own order (id order, what its CSV link gives); sorted, when asked (--csv-sorted).
            for key, extra in (("csv", ""), ("csv_sorted", "&_sort_desc=published"))[: 2 if args.csv_sorted else 1]:
                with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
                    streams[key] = stream_csv(server.base, server.db_name, Path(tmp) / "reviews.csv", extra)
    direct = None if args.no_csv else direct_csv(db)
    return {"reviews": manifest["reviews"], "rows": rows, **streams, "direct_csv": direct, "db_bytes": size,
            "text_bytes": manifest["text_bytes"], "concurrency": args.concurrency, "build": manifest,
            "load": load, "cpus": os.cpu_count()}


def report(result: dict) -> str:
    n = result["reviews"]
    load = ", ".join(f"{x:.1f}" for x in result["load"])
    lines = [f"Scale: {n:,} reviews, {result['concurrency']} request(s) in flight, latency in ms; "
             f"load average {load} (before, after the pages) on {result['cpus']} CPUs"
             + ("; database read into the page cache first (--warm)" if result.get("warm") else "; page cache as found")
             + (f"; search words drawn with --query-seed {result['query_seed']}" if result.get("query_seed") is not None else ""), "",
             "| what | requests | p50 | p95 | max | server CPU ms/request | not 200 | notes |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in result["rows"]:
        lines.append(f"| {r['what']} | {r['n']} | {r['p50']:.0f} | {r['p95']:.0f} | {r['max']:.0f} | "
                     f"{r['cpu_ms']:.0f} | {r['failed']} | {r['note']} |")
    lines.append("")
    for key, order in (("csv", "the table's own order, by id"), ("csv_sorted", "newest first, &_sort_desc=published")):
        if not result.get(key):
            continue
        s, d = result[key], result["direct_csv"]
        rate, direct_rate = s["bytes"] / s["seconds"] / 1e6, d["bytes"] / d["seconds"] / 1e6
        lines.append(f"CSV of the whole reviews table ({order}): {s['bytes'] / 1e6:,.0f} MB in {s['seconds']:.0f} s = "
                     f"{rate:.1f} MB/s; {s['rows']:,} rows, {s['distinct']:,} distinct ids of {n:,} "
                     f"({'complete' if s['distinct'] == n == s['rows'] else 'INCOMPLETE'}); "
                     f"Python sqlite3 + csv from the file: {direct_rate:.1f} MB/s (Datasette {rate / direct_rate:.2f}×)")
        if s["distinct"] != n:
            lines.append(f"The stream ended with: {s['tail'][-200:]!r} (server log: bench/.cache/serve.log)")
    per_review = result["db_bytes"] / n
    lines.append(f"Database: {result['db_bytes'] / 1e9:.2f} GB, {per_review / 1e3:.1f} kB per review, "
                 f"{result['db_bytes'] / result['text_bytes']:.2f}× the review text it holds "
                 f"({result['text_bytes'] / n / 1e3:.1f} kB per review as Markdown plus plain text)")
    if result.get("migrated", {}).get("names"):
        m = result["migrated"]
        lines.append(f"Migrations applied to the cached archive first: {', '.join(m['names'])} in {m['seconds']:.0f} s")
    b = result["build"]
    lines.append(f"Build: {b['total_s']:.0f} s (rows {b['load_s']:.0f} s, indexes {b['index_s']:.0f} s, "
                 f"full-text index {b['fts_s']:.0f} s); {b['books']:,} books, {b['sources']:,} blogs")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=1_000_000, help="archive size (default 1,000,000)")
    parser.add_argument("--quick", action="store_true", help="20,000 reviews and 20 queries a class")
    parser.add_argument("--rebuild", action="store_true", help="build the archive again even if cached")
    parser.add_argument("--queries", type=int, default=50, help="requests per search class and page kind")
    parser.add_argument("--before", type=int, default=10, help="requests per class for the before/table-search rows")
    parser.add_argument("--concurrency", type=int, default=1, help="requests in flight at once")
    parser.add_argument("--no-csv", action="store_true", help="skip streaming the whole table")
    parser.add_argument("--csv-sorted", action="store_true", help="also stream the table sorted newest first")
    parser.add_argument("--no-before", action="store_true", help="skip the old search SQL and Datasette's table search")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--query-seed", type=int, default=None,
                        help="draw other search words of the same classes (default: the archive's seed + 1)")
    parser.add_argument("--warm", action="store_true",
                        help="read the database file once first, as a server that has run a while holds it in the OS page cache")
    args = parser.parse_args()
    if args.quick:
        args.reviews, args.queries, args.before = 20_000, 20, 5
    CACHE.mkdir(parents=True, exist_ok=True)
    db = CACHE / f"scale-{args.reviews}.db"
    manifest = None if args.rebuild else load_manifest(db)
    if manifest is None or manifest.get("seed") != args.seed:
        print(f"building {args.reviews:,} reviews in {db} …", file=sys.stderr)
        manifest = build(db, args.reviews, args.seed, log=lambda m: print(m, file=sys.stderr, flush=True))
        save_manifest(db, manifest)
    migrated = migrate(db)
    if args.warm:
        warm_seconds = warm(db)
        print(f"read {db.stat().st_size / 1e9:.1f} GB into the page cache in {warm_seconds:.0f} s", file=sys.stderr)
    result = measure(db, manifest, args) | {"migrated": migrated, "warm": args.warm, "query_seed": args.query_seed}
    (CACHE / f"scale-{args.reviews}-results.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(report(result))


if __name__ == "__main__":
    main()
