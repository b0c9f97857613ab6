"""Whether extraction gives the same records as at another commit: for a speed change that must change nothing.

Every labelled page (tests/corpus, tests/holdout … holdout137: extraction only, their labels are not read) and the
pages of two generated blogs (bench/site.py, seeds 7 and 3) are extracted by the working tree and by the commit
given (exported with ``git archive`` to a temporary folder), each in its own process; every field of every record
is compared. Prints the differing pages and fields, and the count; exits 1 when any record differs.

    .venv/bin/python bench/same_output.py [--base HEAD] [--posts 300]
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("corpus", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout46", "holdout47", "holdout48", "holdout49", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55", "holdout56", "holdout57", "holdout58", "holdout59", "holdout60", "holdout61", "holdout62", "holdout63", "holdout64", "holdout65", "holdout66", "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72", "holdout73", "holdout74", "holdout75", "holdout76", "holdout77", "holdout78", "holdout79", "holdout80", "holdout81", "holdout82", "holdout83", "holdout84", "holdout85", "holdout86", "holdout87", "holdout88", "holdout89", "holdout90", "holdout91", "holdout92", "holdout93", "holdout94", "holdout95", "holdout96", "holdout97", "holdout98", "holdout99", "holdout100", "holdout101", "holdout102", "holdout103", "holdout104", "holdout105", "holdout106", "holdout107", "holdout108", "holdout109", "holdout110", "holdout111", "holdout112", "holdout113", "holdout114", "holdout115", "holdout116", "holdout117", "holdout118", "holdout119", "holdout120", "holdout121", "holdout122", "holdout123", "holdout124", "holdout125", "holdout126", "holdout127", "holdout128", "holdout129", "holdout130", "holdout131", "holdout132", "holdout133", "holdout134", "holdout135", "holdout136", "holdout137")


def pages(generated: Path) -> list[tuple[str, Path, str]]:
    """(name, file, URL) of every page to extract: the labelled ones (with their URL where gold.json gives one)."""
    out = []
    for folder in CORPORA:
        urls = {}
        for gold_file in (ROOT / "tests" / folder).rglob("gold.json"):
            for name, gold in json.loads(gold_file.read_text(encoding="utf-8")).items():
                if isinstance(gold, dict) and gold.get("url"):
                    urls[gold_file.parent / name] = gold["url"]
        for file in sorted((ROOT / "tests" / folder).rglob("*.htm*")):
            out.append((str(file.relative_to(ROOT)), file, urls.get(file, f"https://{file.parent.name}.example/{file.stem}/")))
    for file in sorted(generated.rglob("*.html")):
        out.append((str(file.relative_to(generated)), file, f"http://127.0.0.1:8080/{file.parent.name}/"))
    return out


def records(tree: Path, generated: Path, out: Path) -> None:
    """Extract every page with the scraper package of `tree`, into `out` (pickled {name: record or error})."""
    sys.path.insert(0, str(tree))
    from scraper.extract import extract_page

    found = {}
    for name, file, url in pages(generated):
        try:
            found[name] = extract_page(file.read_bytes(), url).to_dict()
        except Exception as exc:  # an extraction that fails must fail the same way
            found[name] = {"error": repr(exc)}
    out.write_bytes(pickle.dumps(found))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="the commit to compare the working tree with")
    parser.add_argument("--posts", type=int, default=300, help="posts of the first generated blog (the second has 2/3)")
    parser.add_argument("--records", nargs=3, metavar=("TREE", "GENERATED", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.records:
        records(*map(Path, args.records))
        return
    sys.path.insert(0, str(ROOT))
    from bench.site import generate

    with tempfile.TemporaryDirectory(prefix="shelfmark-same-") as tmp:
        tmp = Path(tmp)
        generate(tmp / "generated" / "seed7", "http://127.0.0.1:8080", args.posts, seed=7)
        generate(tmp / "generated" / "seed3", "http://127.0.0.1:8080", max(1, args.posts * 2 // 3), seed=3)
        (tmp / "base").mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.base], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tmp / "base")], input=archive, check=True)
        for tree, out in ((tmp / "base", tmp / "base.pkl"), (ROOT, tmp / "ours.pkl")):
            subprocess.run([sys.executable, __file__, "--records", str(tree), str(tmp / "generated"), str(out)], check=True)
        base, ours = (pickle.loads((tmp / name).read_bytes()) for name in ("base.pkl", "ours.pkl"))
    differ = [name for name in base if base[name] != ours.get(name)]
    for name in differ[:20]:
        fields = sorted(f for f in set(base[name]) | set(ours[name]) if base[name].get(f) != ours[name].get(f))
        print(f"{name}: {', '.join(fields)}")
    print(f"{len(base)} pages extracted by {args.base} and by the working tree: {len(differ)} records differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
