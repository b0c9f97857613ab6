"""What the fault checks add to every fetched page, per page, on the pages we hold.

The crawl runs three checks on each HTML page before extraction
(``scraper.challenge.binary_reason``, ``scraper.challenge.page_problem``,
``scraper.charset.decode_html``; the last in the extraction worker). This
times each over every corpus, holdout and demo page (best of `--rounds`),
next to the ~2.5 ms of CPU Scrapy itself spends on a page (STACK-NOTES.md).

    .venv/bin/python bench/page_checks.py [--rounds N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scraper.challenge import binary_reason, page_problem  # noqa: E402
from scraper.charset import decode_html  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    paths = [*ROOT.glob("tests/corpus/**/*.html"), *ROOT.glob("tests/holdout/**/*.html"),
             *ROOT.glob("shelfmark/demo/sites/**/*.html")]
    bodies = [p.read_bytes() for p in paths]
    texts = [b.decode("utf-8", "replace") for b in bodies]
    checks = {
        "binary_reason": lambda i: binary_reason(bodies[i], "text/html"),
        "page_problem": lambda i: page_problem(texts[i]),
        "decode_html (HTTP charset given)": lambda i: decode_html(bodies[i], "text/html; charset=utf-8"),
        "decode_html (nothing declared)": lambda i: decode_html(bodies[i], None),
    }
    print(f"{len(bodies)} pages, {sum(map(len, bodies)) // len(bodies):,} bytes on average")
    for name, check in checks.items():
        best = min(_time(check, len(bodies)) for _ in range(args.rounds))
        print(f"  {name:34} {best / len(bodies) * 1000:7.3f} ms/page")


def _time(check, count: int) -> float:
    started = time.perf_counter()
    for i in range(count):
        check(i)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
