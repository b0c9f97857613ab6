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
