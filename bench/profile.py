"""Where a crawl's time goes: the crawl process under cProfile, and extraction stage by stage.

1. A generated blog (bench/site.py, `--posts`, default 500) is crawled by the
   real `shelfmark crawl` run under ``python -m cProfile``: the crawl process
   (Scrapy, the spider, WARC capture, the archive writes) is profiled; its
   extraction workers are not (they are forked, and cProfile writes only the
   parent's figures). Printed: CPU by area, and the top functions.
2. The same pages, extracted one by one in this process with each stage of
   ``scraper.extract.extract_page`` timed (CPU time, after a warm-up pass):
   what a worker spends a page on, beside plain ``trafilatura.extract``
   (Markdown, metadata, no comments: the crawl benchmark's limit) on the same
   pages, in turn, in the same process.
3. With ``--corpus``, the same over the labelled corpus pages (tests/corpus and
   the held-out corpora), whose layouts vary more than the generated blog's.

    .venv/bin/python bench/profile.py [--posts 500] [--top 15] [--corpus | --corpus-only]
"""

from __future__ import annotations

import argparse
import functools
import json
import pstats
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.crawl import HOST, PY, saved_pages, sources_file  # noqa: E402
from bench.measure import run  # noqa: E402
from bench.site import generate, html_files  # noqa: E402
from bench.static import free_port, serve  # noqa: E402

# file-path fragments → the area of the crawl process they belong to
AREAS = [
    ("scraper/links", "links (read, deduplicated)"), ("scraper/urls", "URL normalising and traps"),
    ("scraper/spiders", "spider"), ("scraper/middlewares/warc", "WARC capture"), ("warcio", "WARC capture"),
    ("zlib", "WARC capture"), ("hashlib", "hashes"), ("_hashlib", "hashes"), ("archive/", "archive writes (SQLite)"),
    ("sqlite", "archive writes (SQLite)"), ("sqlite_utils", "archive writes (SQLite)"), ("scraper/pipelines", "pipelines"),
    ("scraper/challenge", "challenge-page check"), ("w3lib", "URL normalising and traps"), ("urllib/parse", "URL normalising and traps"),
    ("select.epoll", "idle (waiting for the network or the workers)"), ("scrapy", "Scrapy"), ("twisted", "Twisted"),
    ("asyncio", "asyncio"), ("parsel", "parsel"), ("lxml", "lxml"),
]
CORPORA = ("corpus", "holdout", "holdout2", "holdout3")  # never the blind holdout4
STAGES = {
    "scraper.extract": ["parse_page", "read_metadata", "find_rating", "bare_extraction", "find_body", "xmltotxt", "detect_platform",
                        "classify", "find_book", "page_clues", "book_mentions", "rating_blocks"],
    "scraper.extract.boilerplate": ["remove_selectors", "remove_comments", "remove_forms", "clean_body"],
    "scraper.extract.notes": ["read_notes"],
}


def _area(filename: str, name: str) -> str:
    where = f"{filename}:{name}"
    for fragment, area in AREAS:
        if fragment in where:
            return area
    return "other"


def crawl_profile(site: Path, work: Path, port: int, top: int) -> str:
    sources = sources_file(work, f"http://{HOST}:{port}")
    prof = work / "crawl.prof"
    with serve(site, port) as (local, _, _):
        result = run([PY, "-m", "cProfile", "-o", str(prof), "-m", "shelfmark.cli", "crawl", "--sources", str(sources),
                      "--db", str(work / "profile.db"), "--no-throttle", "--log-level", "ERROR"], cwd=ROOT,
                     env={"http_proxy": local.replace("localhost", "127.0.0.1")})
    stats = pstats.Stats(str(prof))
    areas: Counter = Counter()
    for (filename, _, name), (_, _, tottime, _, _) in stats.stats.items():
        areas[_area(filename, name)] += tottime
    total = sum(areas.values())
    lines = [f"Crawl process under cProfile: {total:.1f} s of its own time (wall {result.wall:.1f} s; profiling slows it)", "",
             "| area | seconds | share |", "| --- | ---: | ---: |"]
    lines += [f"| {area} | {secs:.1f} | {secs / total:.0%} |" for area, secs in areas.most_common()]
    lines += ["", "| function (own time) | seconds |", "| --- | ---: |"]
    ranked = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    for (filename, line, name), (_, _, tottime, _, _) in ranked:
        short = filename.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
        lines.append(f"| `{short}:{line} {name}` | {tottime:.2f} |")
    return "\n".join(lines)


def _cpu() -> float:
    return time.process_time()


def extraction_profile(pages: list[tuple[bytes, str]]) -> str:
    """CPU time of extraction stage by stage, and of plain trafilatura on the same pages, side by side.

    Every page is extracted once untimed first (the first pages pay for imports and for caches of compiled
    patterns that a worker fills once), then each page by Shelfmark and by plain trafilatura in turn."""
    import importlib

    import trafilatura

    spent: Counter = Counter()
    for module_name, names in STAGES.items():
        module = importlib.import_module(module_name)
        for name in names:
            if not hasattr(module, name):
                continue
            original = getattr(module, name)

            @functools.wraps(original)
            def timed(*args, _original=original, _name=name, **kwargs):
                started = _cpu()
                try:
                    return _original(*args, **kwargs)
                finally:
                    spent[_name] += _cpu() - started

            setattr(module, name, timed)
    from scraper.extract import extract_page

    def plain(body: bytes) -> None:
        trafilatura.extract(body, url=None, output_format="markdown", with_metadata=True, include_comments=False)

    for body, url in pages:
        extract_page(body, url)
        plain(body)
    spent.clear()
    ours = theirs = 0.0
    for body, url in pages:
        started = _cpu()
        extract_page(body, url)
        middle = _cpu()
        plain(body)
        ours, theirs = ours + middle - started, theirs + _cpu() - middle
    n = len(pages)
    lines = [f"Extraction, {n} pages, CPU time: Shelfmark {1000 * ours / n:.1f} ms a page, plain trafilatura "
             f"(Markdown, metadata, no comments) {1000 * theirs / n:.1f} ms a page on the same pages, in turn: "
             f"{ours / theirs:.2f}x", "",
             "Stage by stage (stages may nest: find_body and the book and rating stages run inside extract_page beside the others):",
             "", "| stage | ms a page | share |", "| --- | ---: | ---: |"]
    lines += [f"| {name} | {1000 * secs / n:.1f} | {secs / ours:.0%} |" for name, secs in spent.most_common()]
    return "\n".join(lines)


def corpus_pages() -> list[tuple[bytes, str]]:
    """The labelled corpus pages (tests/corpus, tests/holdout, holdout2, holdout3) with their URLs."""
    pages = []
    for folder in CORPORA:
        for gold_file in sorted((ROOT / "tests" / folder).glob("*/gold.json")):
            for name, gold in json.loads(gold_file.read_text(encoding="utf-8")).items():
                pages.append(((gold_file.parent / name).read_bytes(), gold["url"]))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=500)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--corpus", action="store_true", help="also profile extraction over the labelled corpus pages")
    parser.add_argument("--corpus-only", action="store_true",
                        help="no crawl: extraction over the generated pages (as files) and the corpus pages only")
    args = parser.parse_args()
    args.corpus = args.corpus or args.corpus_only
    with tempfile.TemporaryDirectory(prefix="shelfmark-profile-") as tmp:
        site, work = Path(tmp) / "site", Path(tmp) / "work"
        work.mkdir()
        port = free_port()
        generate(site, f"http://{HOST}:{port}", args.posts)
        if not args.corpus_only:
            print(crawl_profile(site, work, port, args.top), "\n", flush=True)
            files = saved_pages(work / "profile.db", site)
        else:
            files = html_files(site)[: args.posts]
        print(extraction_profile([(f.read_bytes(), f"http://{HOST}/{f.parent.name}/") for f in files]), "\n", flush=True)
    if args.corpus:
        print("Corpus pages (tests/corpus and the held-out corpora 1-3):\n")
        print(extraction_profile(corpus_pages()))


if __name__ == "__main__":
    main()
