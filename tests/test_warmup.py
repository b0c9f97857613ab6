"""scraper.extract.warmup: what a worker builds on its first pages, built once before the fork, changes no record."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# a fresh process extracts the pages, warmed first or not, and prints the records
_SCRIPT = """
import json, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from scraper.extract import extract_page
if sys.argv[1] == "warm":
    from scraper.extract.warmup import warm
    warm()
out = {{}}
for name, url in json.loads(sys.argv[2]):
    out[name] = extract_page(Path(name).read_bytes(), url).to_dict()
print(json.dumps(out))
"""


def _pages() -> list[tuple[str, str]]:
    pages = []
    for gold_file in sorted((ROOT / "tests" / "corpus").glob("*/gold.json"))[:4]:
        for name, gold in list(json.loads(gold_file.read_text(encoding="utf-8")).items())[:3]:
            pages.append((str(gold_file.parent / name), gold["url"]))
    return pages


def _records(mode: str, pages: list[tuple[str, str]]) -> dict:
    done = subprocess.run([sys.executable, "-c", _SCRIPT.format(root=str(ROOT)), mode, json.dumps(pages)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout)


def test_warmed_records_are_the_same():
    pages = _pages()
    assert len(pages) >= 6
    assert _records("warm", pages) == _records("cold", pages)


def test_warm_builds_dateparser_patterns_and_name_tables():
    from dateparser.languages.dictionary import Dictionary

    from scraper.extract import worddates
    from scraper.extract.warmup import warm

    warm()
    assert sum(len(names) for names in Dictionary._split_regex_cache.values()) > 100  # (every locale's, ~200)
    assert worddates.month_names.cache_info().currsize == 1


def test_a_crawl_warms_its_workers_only_when_a_source_has_no_page_yet(tmp_path):
    # a re-crawl extracts the few changed pages: the ~1.5 s warm-up would be most of its CPU (bench/crawl.py's
    # unchanged re-crawl went from 8.9% to 10.4% of the first crawl's time with it always on)
    import sqlite3

    from archive.store import Archive
    from scraper.run import _first_crawl
    from scraper.sources import Source

    db = tmp_path / "archive.db"
    quay = Source(slug="quay-reads", name="Quay Reads", home_url="https://quayreads.example/")
    harbour = Source(slug="harbour-notes", name="Harbour Notes", home_url="https://harbournotes.example/")
    assert _first_crawl([quay], str(db))  # no archive yet
    Archive(db)
    assert _first_crawl([quay], str(db))  # an archive, none of its pages
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO pages (url, source_slug) VALUES (?, ?)", ("https://quayreads.example/p/1/", "quay-reads"))
    assert not _first_crawl([quay], str(db))
    assert _first_crawl([quay, harbour], str(db))  # one source new to the archive
