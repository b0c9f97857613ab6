"""Build the held-out corpus: tests/holdout/<engine>/*.html and gold.json from annotated sources.

Run:  .venv/bin/python tests/holdout/_build.py [FOLDER]

FOLDER is the held-out corpus to build (default tests/holdout; tests/holdout2 to tests/holdout7 are built the same way).
Each source page is FOLDER/_src/<engine>/<name>.html. Its first line is an HTML comment
`<!--gold {...}-->` holding the page's labels (url, platform, language, is_review, kind, book, rating,
disclosure, content_warning, must_not_appear). Inside the page, `data-g` attributes say what every
block is: `k` the review (kept), `n` neutral (the post title; the body of a non-review), `d` boilerplate.
The nearest marked ancestor wins; text with no marked ancestor is boilerplate (chrome).

The build writes the page without the comment and the `data-g` attributes, and derives `keep` and
`drop` from the marks following tests/corpus/README.md: one string per block, split where inline markup
meets text with no space between them, separators trimmed, pieces under 3 characters and bare numbers
left out; a `drop` string that occurs in a `keep` string or in the `h1` is left out of `drop`.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

HERE = Path(__file__).resolve().parent
GOLD_HEAD = re.compile(r"\A\s*<!--gold\s+(\{.*?\})\s*-->\s*", re.S)
MARK_ATTR = re.compile(r'\s+data-g="[knd]"')
SKIP = {"script", "style", "noscript", "template", "head", "title", "meta", "link"}
BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "button", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "iframe",
    "input", "label", "legend", "li", "main", "nav", "ol", "option", "p", "pre", "section", "select", "summary", "table",
    "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "ul",
}
SEPARATORS = " ,;:|·•–—-/"
KEYS = ["url", "platform", "language", "is_review", "kind", "book", "rating", "disclosure", "content_warning"]


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pieces(strings: list[str]) -> list[str]:
    """One block's visible strings as gold strings, split where get_text(" ") and get_text("") differ."""
    segments, current = [], ""
    for s in strings:
        if not s:
            continue
        if current and not current[-1].isspace() and not s[0].isspace():
            segments.append(current)
            current = s
        else:
            current += s
    segments.append(current)
    out = []
    for segment in segments:
        text = collapse(segment).lstrip(SEPARATORS + ".").rstrip(SEPARATORS)
        if len(text) >= 3 and not re.fullmatch(r"[\d\s.,%()\[\]]+", text):
            out.append(text)
    return out


def has_block(tag: Tag) -> bool:
    return any(isinstance(d, Tag) and (d.name in BLOCK or d.has_attr("data-g")) for d in tag.descendants)


def inline_strings(tag: Tag) -> list[str]:
    return [str(s) for s in tag.descendants if isinstance(s, NavigableString) and not isinstance(s, Comment)
            and not any(p.name in SKIP for p in s.parents if isinstance(p, Tag))]


def blocks(tag: Tag, mark: str, out: list[tuple[str, str]]) -> None:
    """Append (mark, gold string) for every block under tag, in document order."""
    mark = tag.get("data-g", mark)
    run: list[str] = []

    def flush() -> None:
        out.extend((mark, p) for p in pieces(run))
        run.clear()

    for child in tag.children:
        if isinstance(child, Comment):
            continue
        if isinstance(child, NavigableString):
            run.append(str(child))
        elif isinstance(child, Tag) and child.name not in SKIP:
            if child.name in BLOCK or child.has_attr("data-g") or has_block(child):
                flush()
                blocks(child, mark, out)
            else:
                run.extend(inline_strings(child))
    flush()


def page_text(html: str) -> tuple[str, str]:
    """The body text as the corpus README defines it, joined with " " and with ""."""
    soup = BeautifulSoup(html, "lxml")
    for t in soup.body(["script", "style", "noscript"]):
        t.decompose()
    return collapse(soup.body.get_text(" ")), collapse(soup.body.get_text(""))


def dedupe(items: list[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def build_page(source: Path) -> tuple[str, dict]:
    raw = source.read_text(encoding="utf-8")
    head = GOLD_HEAD.match(raw)
    if not head:
        raise SystemExit(f"{source}: first line must be <!--gold {{...}}-->")
    meta = json.loads(head.group(1))
    soup = BeautifulSoup(raw[head.end():], "lxml")
    found: list[tuple[str, str]] = []
    blocks(soup.body, "d", found)
    # the page's h1s and the post title (a neutral heading): no drop string may occur in them
    headings = soup.body.find_all(lambda t: t.name == "h1" or (t.name in {"h2", "h3"} and t.get("data-g") == "n"))
    h1 = " | ".join(collapse(h.get_text(" ")) for h in headings)
    keep = dedupe([t for m, t in found if m == "k"])
    low_keep = [k.casefold() for k in keep]
    drop = dedupe([t for m, t in found if m == "d" and not any(t.casefold() in k for k in low_keep) and t.casefold() not in h1.casefold()])
    if not meta["is_review"]:
        keep = []
    html = MARK_ATTR.sub("", raw[head.end():])
    gold = {k: meta[k] for k in KEYS}
    gold.update(keep=keep, drop=drop, must_not_appear=meta["must_not_appear"])
    check(source, html, gold, h1)
    return html, gold


def check(source: Path, html: str, gold: dict, h1: str) -> None:
    problems = []
    canonical = BeautifulSoup(html, "lxml").find("link", rel="canonical")
    if not canonical or canonical["href"] != gold["url"]:
        problems.append("canonical link differs from url")
    spaced, joined = page_text(html)
    for s in gold["keep"] + gold["drop"]:
        if s not in spaced or s not in joined:
            problems.append(f"not verbatim in the page: {s!r}")
    review = " ".join(gold["keep"]).casefold()
    for phrase in gold["must_not_appear"]:
        if not any(phrase in d for d in gold["drop"]):
            problems.append(f"must_not_appear phrase not in drop: {phrase!r}")
        if phrase.casefold() in review or phrase.casefold() in h1.casefold():
            problems.append(f"must_not_appear phrase in the review or title: {phrase!r}")
    if not 5 <= len(gold["must_not_appear"]) <= 10:
        problems.append("must_not_appear needs 5-10 phrases")
    if gold["is_review"] != (gold["kind"] == "review") or gold["is_review"] != bool(gold["keep"]):
        problems.append("is_review, kind and keep disagree")
    if problems:
        raise SystemExit(f"{source}:\n  " + "\n  ".join(problems))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]).resolve() if args else HERE
    src = folder / "_src"
    if not src.is_dir():
        raise SystemExit(f"{src}: no such folder; pass a held-out corpus folder holding _src/<engine>/*.html")
    engines = sorted(p for p in src.iterdir() if p.is_dir())
    total = 0
    for engine in engines:
        out_dir = folder / engine.name
        out_dir.mkdir(exist_ok=True)
        gold = {}
        for source in sorted(engine.glob("*.html")):
            html, gold[source.name] = build_page(source)
            (out_dir / source.name).write_text(html, encoding="utf-8")
            total += 1
        (out_dir / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{folder}: {total} pages in {len(engines)} engines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
