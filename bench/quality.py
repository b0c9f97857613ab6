"""Cleaning quality on the labelled corpus: Shelfmark beside plain trafilatura, on the same pages.

Run:  .venv/bin/python bench/quality.py [--corpus tests/corpus | --holdout | --holdout2 | … | --holdout7] [--failures]

--holdout scores tests/holdout instead: pages from engines, themes and wording
that no rule was written against (see tests/holdout/README.md). Read its figures
to measure generalisation; never tune rules on its pages or failures.
--holdout2 scores tests/holdout2, the second held-out corpus, kept blind: its
failures are only reported (see tests/holdout2/README.md).
--holdout3 … --holdout6 score the later held-out corpora (see each README). Each was
written blind, by someone who never saw the rules, and its overall figures were read
once before anybody looked at its failures; docs/quality.md records which are spent.
A corpus still blind (BLIND below) refuses --failures unless --spend is given too:
reading its failures spends it (say so in its README).
--summary prints the overall rows of every corpus.
--without-book runs Shelfmark alone on every corpus (or on --corpus / --holdoutN) with the book reader disabled, the
classifier seeing no book (no title, author, source or mentions), and prints review-detection precision and recall
with their counts per corpus and overall: how well a review is told when its book is not read (with --failures, the
pages it misjudges, blind corpora left out unless --spend).

For every platform folder of the corpus (each with a gold.json) and overall, it
prints, per extractor: body token precision, recall and F1 against the gold
review text (review pages only), pages with any boilerplate left and how many
boilerplate phrases were left, and for Shelfmark also review-detection
precision and recall, book title and author accuracy, rating accuracy, and the
accuracy of free-copy disclosure and content-warning detection (every page).

trafilatura runs twice: with its defaults (comments included, as the library
ships) and with include_comments=False plus favor_precision=True.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import regex
import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from archive.books import book_key  # noqa: E402
from scraper.extract import extract_page  # noqa: E402

HELD_OUT = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout46", "holdout47", "holdout48", "holdout49", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55", "holdout56", "holdout57", "holdout58", "holdout59", "holdout60", "holdout61", "holdout62", "holdout63", "holdout64", "holdout65", "holdout66", "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72", "holdout73", "holdout74", "holdout75", "holdout76", "holdout77", "holdout78", "holdout79", "holdout80", "holdout81", "holdout82", "holdout83", "holdout84", "holdout85", "holdout86", "holdout87", "holdout88", "holdout89", "holdout90", "holdout91", "holdout92", "holdout93", "holdout94", "holdout95", "holdout96", "holdout97", "holdout98", "holdout99", "holdout100", "holdout101", "holdout102", "holdout103", "holdout104", "holdout105", "holdout106", "holdout107", "holdout108", "holdout109", "holdout110", "holdout111", "holdout112", "holdout113", "holdout114", "holdout115", "holdout116", "holdout117", "holdout118", "holdout119", "holdout120", "holdout121", "holdout122", "holdout123", "holdout124", "holdout125", "holdout126", "holdout127", "holdout128", "holdout129", "holdout130", "holdout131", "holdout132", "holdout133", "holdout134", "holdout135", "holdout136", "holdout137")
BLIND = ("holdout134", "holdout135", "holdout136", "holdout137")  # failures not read yet: the corpus still measures generalisation (holdout8 … holdout21 spent 3 Dec 2026, holdout22 … holdout38 4 Dec, holdout39 … holdout69 5 Dec, holdout70 … holdout101 6 Dec, holdout102 … holdout105 7 Dec, holdout106 … holdout109 7 Dec, holdout110 … holdout113 7 Dec, holdout114 … holdout117 7 Dec, holdout118 … holdout121 7 Dec, holdout122 … holdout125 7 Dec, holdout126 … holdout129 7 Dec, holdout130 … holdout133 7 Dec)
UNREAD = ()  # overall figures not read yet: left out of --summary until the first blind read

# Tokens for body P/R: words, marks kept inside them (Devanagari matras, Arabic harakat and Hebrew points do not
# split a word as they do under re's \w), and one token a character, with its marks, in scripts written without
# spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan), where a run of letters is a clause.
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
TOKEN = regex.compile(rf"[{_UNSPACED}]\p{{M}}*|(?:(?![{_UNSPACED}])[\w\p{{M}}])+")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def tokens(text: str) -> Counter:
    return Counter(t.casefold() for t in TOKEN.findall(text or ""))


def judged_phrases(gold: dict, gold_text: str) -> list[str]:
    """The page's boilerplate phrases that can be judged: a single word ("Subscribe", "Reviews") can be a review word
    too, so a phrase counts when it has two words or more and ten characters, or, in a script written without spaces
    (where a phrase is one "word" to str.split), six tokens or more: "相关阅读推荐" as much as "Related posts"."""
    phrases = []
    for phrase in map(norm, gold.get("drop", []) + gold.get("must_not_appear", [])):
        spaced = len(phrase.split()) >= 2 and len(phrase) >= 10
        unspaced = regex.search(rf"[{_UNSPACED}]", phrase) is not None and len(TOKEN.findall(phrase)) >= 6
        if spaced or unspaced:
            phrases.append(phrase)
    # a boilerplate phrase that also occurs inside the review text cannot be judged
    return [p for p in phrases if p.casefold() not in norm(gold_text).casefold()]


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pages: int = 0
    pages_leaking: int = 0
    phrases_left: int = 0
    detect: Counter = field(default_factory=Counter)  # tp, fp, fn, tn
    book_right: int = 0
    book_total: int = 0
    rating_right: int = 0
    rating_total: int = 0
    notes: Counter = field(default_factory=Counter)  # disclosure / content_warning: right, total
    failures: list[str] = field(default_factory=list)

    def add_body(self, gold_text: str, got_text: str) -> None:
        gold, got = tokens(gold_text), tokens(got_text)
        overlap = sum((gold & got).values())
        self.tp += overlap
        self.fp += sum(got.values()) - overlap
        self.fn += sum(gold.values()) - overlap

    def merge(self, other: "Scores") -> None:
        for name in ("tp", "fp", "fn", "pages", "pages_leaking", "phrases_left", "book_right", "book_total", "rating_right", "rating_total"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.detect.update(other.detect)
        self.notes.update(other.notes)
        self.failures.extend(other.failures)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def ratio(self, right: int, total: int) -> str:
        return f"{right / total:.3f}" if total else "–"

    @property
    def detect_precision(self) -> float:
        d = self.detect
        return d["tp"] / (d["tp"] + d["fp"]) if d["tp"] + d["fp"] else 1.0

    @property
    def detect_recall(self) -> float:
        d = self.detect
        return d["tp"] / (d["tp"] + d["fn"]) if d["tp"] + d["fn"] else 1.0


def _trafilatura_default(html: bytes, url: str) -> str:
    return trafilatura.extract(html, url=url) or ""


def _trafilatura_precise(html: bytes, url: str) -> str:
    return trafilatura.extract(html, url=url, include_comments=False, favor_precision=True) or ""


EXTRACTORS = ["shelfmark", "trafilatura", "trafilatura precision"]


def _rating_right(gold: dict | None, record) -> bool:
    if gold is None:
        return record.rating is None
    return record.rating is not None and abs(record.rating - gold["normalized"]) < 0.011


def score_page(page: Path, gold: dict) -> dict[str, Scores]:
    html = page.read_bytes()
    url = gold["url"]
    record = extract_page(html, url)
    bodies = {"shelfmark": record.body_text, "trafilatura": _trafilatura_default(html, url), "trafilatura precision": _trafilatura_precise(html, url)}
    out = {}
    gold_text = " ".join(gold.get("keep", []))
    phrases = judged_phrases(gold, gold_text)
    for name, body in bodies.items():
        s = Scores()
        judged_body = body if (name != "shelfmark" or record.is_review) else ""
        if gold["is_review"]:
            s.pages = 1
            s.add_body(gold_text, judged_body)
            left = [p for p in phrases if p.casefold() in norm(judged_body).casefold()]
            s.phrases_left = len(left)
            s.pages_leaking = int(bool(left))
            if left and name == "shelfmark":
                s.failures.append(f"{page.parent.name}/{page.name}: boilerplate left: {left[:3]}")
        if name == "shelfmark":
            outcome = {(True, True): "tp", (True, False): "fn", (False, True): "fp", (False, False): "tn"}[(bool(gold["is_review"]), record.is_review)]
            s.detect[outcome] += 1
            if outcome in ("fp", "fn"):
                s.failures.append(f"{page.parent.name}/{page.name}: {'missed review' if outcome == 'fn' else 'not a review'}: {record.kind} ({record.reason})")
            if gold["is_review"] and gold.get("book"):
                s.book_total += 1
                right = bool(record.book_title) and book_key(record.book_title, record.book_author or "") == book_key(gold["book"]["title"], gold["book"]["author"] or "")
                s.book_right += right
                if not right:
                    s.failures.append(f"{page.parent.name}/{page.name}: book {record.book_title!r} / {record.book_author!r}, gold {gold['book']['title']!r} / {gold['book']['author']!r}")
            if gold["is_review"]:
                s.rating_total += 1
                right = _rating_right(gold.get("rating"), record)
                s.rating_right += right
                if not right:
                    s.failures.append(f"{page.parent.name}/{page.name}: rating {record.rating_raw!r}={record.rating}, gold {gold.get('rating')}")
            for key, got in (("disclosure", record.disclosure), ("content_warning", record.content_warnings)):
                s.notes[key + " total"] += 1
                s.notes[key + " right"] += bool(gold.get(key)) == (got is not None)
                if bool(gold.get(key)) != (got is not None):
                    s.failures.append(f"{page.parent.name}/{page.name}: {key} {got!r}, gold {gold.get(key)}")
            if gold["is_review"] and record.is_review and s.recall < 0.97:
                s.failures.append(f"{page.parent.name}/{page.name}: body recall {s.recall:.3f}")
        out[name] = s
    return out


def run(corpus: Path) -> dict[str, dict[str, Scores]]:
    """{platform: {extractor: Scores}}, plus "overall"."""
    results: dict[str, dict[str, Scores]] = defaultdict(lambda: {name: Scores() for name in EXTRACTORS})
    for gold_path in sorted(corpus.glob("*/gold.json")):
        platform = gold_path.parent.name
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for name, g in gold.items():
            page = gold_path.parent / name
            if not page.exists():
                continue
            for extractor, s in score_page(page, g).items():
                results[platform][extractor].merge(s)
                results["overall"][extractor].merge(s)
    overall = results.pop("overall", None)
    if overall:
        results["overall"] = overall
    return dict(results)


def table(results: dict[str, dict[str, Scores]]) -> str:
    head = f"| platform | extractor | body P | body R | body F1 | pages with boilerplate | phrases left | review P | review R | book | rating | disclosure | CW |\n|{'---|' * 13}"
    rows = [head]
    for platform, by_extractor in results.items():
        for name, s in by_extractor.items():
            is_ours = name == "shelfmark"
            rows.append(
                f"| {platform} | {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.pages_leaking}/{s.pages} | {s.phrases_left} | "
                + (f"{s.detect_precision:.3f} | {s.detect_recall:.3f} | {s.ratio(s.book_right, s.book_total)} | {s.ratio(s.rating_right, s.rating_total)} | "
                   f"{s.ratio(s.notes['disclosure right'], s.notes['disclosure total'])} | {s.ratio(s.notes['content_warning right'], s.notes['content_warning total'])} |"
                   if is_ours else "– | – | – | – | – | – |")
            )
    return "\n".join(rows)


def summary(folders: tuple[str, ...] | None = None) -> int:
    """The overall rows of every corpus in one table, its first column naming the corpus and its size, then the
    held-out corpora pooled: every page of every read held-out corpus scored as one set (tokens, pages and phrases
    summed, not an average of averages), the figure to quote for "the rules once a kind of page has been seen"."""
    if folders is None:
        folders = ("corpus",) + tuple(name for name in HELD_OUT if name not in UNREAD)
    lines, pooled, pooled_pages, pooled_corpora = [], {name: Scores() for name in EXTRACTORS}, 0, 0
    for folder in folders:
        corpus = ROOT / "tests" / folder
        if not any(corpus.glob("*/gold.json")):
            continue
        pages = sum(len(json.loads(g.read_text(encoding="utf-8"))) for g in corpus.glob("*/gold.json"))
        overall = run(corpus)["overall"]
        rows = table({f"tests/{folder} ({pages} pages)": overall}).splitlines()
        lines += rows if not lines else rows[2:]
        if folder in HELD_OUT:
            for extractor, scores in overall.items():
                pooled[extractor].merge(scores)
            pooled_pages, pooled_corpora = pooled_pages + pages, pooled_corpora + 1
    if pooled_corpora:
        name = f"held-out, pooled ({pooled_corpora} corpora, {pooled_pages} pages)"
        lines += table({name: pooled}).splitlines()[2:]
    print("\n".join(lines).replace("| platform |", "| corpus |", 1))
    return 0


@contextmanager
def book_unread():
    """The book reader disabled for classification: the classifier sees every page as if no book were found (its
    title, author, source and mentions taken away); body, rating and notes are read as usual."""
    import scraper.extract as extract

    original = extract.classify

    def classify_without_book(evidence):
        return original(dataclasses.replace(evidence, book_source=None, book_has_author=False, book_title=None,
                                            book_author=None, book_mentions=0))

    extract.classify = classify_without_book
    try:
        yield
    finally:
        extract.classify = original


def _detect_without_book(corpus: Path) -> tuple[Counter, list[str]]:
    counts, failures = Counter(), []
    for gold_path in sorted(corpus.glob("*/gold.json")):
        for name, gold in json.loads(gold_path.read_text(encoding="utf-8")).items():
            page = gold_path.parent / name
            if not page.exists():
                continue
            record = extract_page(page.read_bytes(), gold["url"])
            outcome = {(True, True): "tp", (True, False): "fn", (False, True): "fp", (False, False): "tn"}[(bool(gold["is_review"]), record.is_review)]
            counts[outcome] += 1
            if outcome in ("fp", "fn"):
                failures.append(f"{gold_path.parent.name}/{name}: {'missed review' if outcome == 'fn' else 'not a review'}: {record.kind} ({record.reason})")
    return counts, failures


def without_book(corpora: list[Path], show_failures: bool, spend: bool) -> int:
    """Review P/R per corpus and overall with the book reader disabled (book_unread)."""
    def row(name: str, d: Counter) -> str:
        p = d["tp"] / (d["tp"] + d["fp"]) if d["tp"] + d["fp"] else 1.0
        r = d["tp"] / (d["tp"] + d["fn"]) if d["tp"] + d["fn"] else 1.0
        return f"| {name} | {p:.3f} | {r:.3f} | {d['tp']} | {d['fp']} | {d['fn']} | {d['tn']} |"

    total, rows, listed = Counter(), ["| corpus (book unread) | review P | review R | tp | fp | fn | tn |", "|---|---|---|---|---|---|---|"], []
    with book_unread():
        for corpus in corpora:
            if not any(corpus.glob("*/gold.json")):
                continue
            counts, failures = _detect_without_book(corpus)
            total.update(counts)
            rows.append(row(f"tests/{corpus.name}", counts))
            if show_failures and (corpus.name not in BLIND or spend):
                listed += [f"tests/{corpus.name}/{line}" for line in failures]
    rows.append(row("overall", total))
    print("\n".join(rows))
    if listed:
        print()
        print("\n".join(listed))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    for name in HELD_OUT:
        parser.add_argument(f"--{name}", action="store_true",
                            help=f"score the held-out corpus tests/{name} (measure generalisation, never tune on it)")
    parser.add_argument("--failures", action="store_true", help="list every page where Shelfmark misses")
    parser.add_argument("--spend", action="store_true", help="with --failures on a blind corpus: read its failures anyway (it is spent from then on)")
    parser.add_argument("--summary", action="store_true", help="one table: the overall rows of every corpus (tests/corpus and every held-out corpus)")
    parser.add_argument("--without-book", action="store_true",
                        help="review detection alone with the book reader disabled, per corpus and overall (every corpus, or the one named)")
    args = parser.parse_args(argv)
    if args.without_book:
        named = next((name for name in HELD_OUT if getattr(args, name)), None)
        given = named or ("--corpus" in (argv if argv is not None else sys.argv) and args.corpus.name)
        corpora = [ROOT / "tests" / given if named else args.corpus] if given else \
            [ROOT / "tests" / folder for folder in ("corpus",) + tuple(name for name in HELD_OUT if name not in UNREAD)]
        return without_book(corpora, args.failures, args.spend)
    if args.summary:
        return summary()
    held_out = next((name for name in HELD_OUT if getattr(args, name)), None)
    corpus = ROOT / "tests" / held_out if held_out else args.corpus
    if args.failures and corpus.name in BLIND and not args.spend:
        parser.error(f"tests/{corpus.name} is still blind: its failures are not read while rules are being written "
                     f"(tests/{corpus.name}/README.md). Add --spend to read them, and record in that README that it is spent.")
    if not any(corpus.glob("*/gold.json")):
        parser.error(f"{corpus}: no <platform>/gold.json in it; pass --corpus a folder laid out like tests/corpus")
    results = run(corpus)
    print(table(results))
    if args.failures and "overall" in results:
        print()
        for line in results["overall"]["shelfmark"].failures:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
