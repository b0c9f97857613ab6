"""How many boilerplate lines each extractor keeps, and how many review lines it loses.

Run: .venv/bin/python bench/boilerplate.py [GOLD.json …]

Compares, on the same pages, plain trafilatura (defaults: comments included),
trafilatura with include_comments=False and favor_precision=True, and Shelfmark.
A gold file maps page files (beside it) to {"url", "keep": [...], "drop": [...]}.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scraper.extract import extract_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = [ROOT / "tests" / "fixtures" / "seedlike" / "gold.json"]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


EXTRACTORS = {
    "trafilatura (defaults)": lambda html, url: trafilatura.extract(html, url=url) or "",
    "trafilatura (no comments, precision)": lambda html, url: trafilatura.extract(html, url=url, include_comments=False, favor_precision=True) or "",
    "shelfmark": lambda html, url: extract_page(html, url).body_text,
}


def main(gold_paths: list[Path]) -> None:
    totals = {name: {"kept": 0, "keep": 0, "leaked": 0, "drop": 0, "pages_leaking": 0, "pages": 0} for name in EXTRACTORS}
    print(f"{'page':28} {'extractor':38} {'review lines kept':>18} {'boilerplate lines left':>23}")
    for gold_path in gold_paths:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for page, g in gold.items():
            if page.startswith("_"):
                continue
            html = (gold_path.parent / page).read_bytes()
            for name, run in EXTRACTORS.items():
                body = norm(run(html, g["url"]))
                kept = sum(norm(line) in body for line in g["keep"])
                leaked = [line for line in g["drop"] if norm(line) and norm(line) in body]
                t = totals[name]
                t["kept"] += kept
                t["keep"] += len(g["keep"])
                t["leaked"] += len(leaked)
                t["drop"] += len(g["drop"])
                t["pages"] += 1
                t["pages_leaking"] += bool(leaked)
                print(f"{page:28} {name:38} {kept:>8}/{len(g['keep']):<9} {len(leaked):>12}/{len(g['drop'])}")
    print()
    print(f"{'extractor':38} {'review lines kept':>18} {'boilerplate lines left':>23} {'pages with boilerplate':>23}")
    for name, t in totals.items():
        print(f"{name:38} {t['kept']:>8}/{t['keep']:<9} {t['leaked']:>12}/{t['drop']:<10} {t['pages_leaking']:>12}/{t['pages']}")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or DEFAULT_GOLD)
