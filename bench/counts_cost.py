"""What keeping the reader pages' counts costs a save: `Archive.save_pages` with and without the count triggers.

Two archives on real files, the same generated reviews saved into both in
alternating batches of 100 (20 blogs, 2,000 books, 500 authors); prints the CPU
time of the saving process per review for each. The count triggers are those of
`archive/counts.py`; "without" drops them after the migrations made them.

    .venv/bin/python bench/counts_cost.py [--reviews 4000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.store import Archive  # noqa: E402
from tests.reader_archive import page_item, record  # noqa: E402

BLOGS = [f"b{i}" for i in range(20)]
WORDS = ["novel", "reads", "quiet", "memory", "house", "the", "and", "river", "letters", "winter"]


def open_archive(path: Path, counts: bool) -> tuple[Archive, int]:
    archive = Archive(path)
    archive.upsert_sources([{"slug": s, "name": s.upper(), "home_url": f"http://{s}.test/"} for s in BLOGS])
    if not counts:
        for (name,) in archive.db.execute("select name from sqlite_master where type = 'trigger' and name like '%counts%'").fetchall():
            archive.db.execute(f"drop trigger [{name}]")
    return archive, archive.start_crawl(BLOGS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=4000)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        archives = {"with the count triggers": open_archive(Path(tmp) / "with.db", True),
                    "without them": open_archive(Path(tmp) / "without.db", False)}
        spent = dict.fromkeys(archives, 0.0)
        for first in range(0, args.reviews, 100):
            batch = []
            for n in range(first, min(first + 100, args.reviews)):
                book = rng.randrange(2000)
                date = f"20{rng.randrange(10, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                body = " ".join(rng.choice(WORDS) for _ in range(300))
                batch.append((rng.choice(BLOGS), f"http://x.test/{n}", (f"Review {n}", f"Book {book}", f"Author {book % 500}",
                              date, body, rng.choice([None, 0.4, 0.8, 1.0]))))
            for name, (archive, crawl) in archives.items():
                started = time.process_time()
                archive.save_pages([page_item(crawl, src, url, record(url, *rest)) for src, url, rest in batch])
                spent[name] += time.process_time() - started
        for archive, _ in archives.values():
            archive.close()
    for name, seconds in spent.items():
        print(f"{name}: {seconds * 1000 / args.reviews:.2f} ms of CPU a review ({args.reviews / seconds:,.0f} reviews/s)")
    base = spent["without them"]
    print(f"the triggers add {100 * (spent['with the count triggers'] - base) / base:.0f}% to a save")


if __name__ == "__main__":
    main()
