"""Golden pages per source: re-extract them and report drift, so a theme change is noticed early.

Expectations come from two places, merged by URL:

- ``golden:`` in the source's entry of ``sources.yaml``, written by hand (`is_review`, `book_title`,
  `book_author`, `rating`, `contains`, `absent`);
- a baseline that ``shelfmark check SLUG --save`` records in ``golden/<slug>.json`` beside the sources
  file: for a sample of archived pages, the capture it read (WARC file, offset, content hash) and what
  the current extractor made of it (kind, book, rating, clean text), plus boilerplate phrases the cleaner
  removed from that page, which must stay out.

``shelfmark check SLUG`` extracts each golden page again with the current extractor and the source's
hints, from the archive's latest capture (by default), from the capture the baseline was saved from
(``--baseline-captures``: only the extractor changed), or fetched fresh (``--live``: the blog as it is
now, before a crawl writes anything), and lists every field that drifted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from archive.books import book_key
from archive.captures import CaptureError, read_capture, warc_dir
from archive.store import Archive, utc_now

from .extract import EXTRACTOR_VERSION
from .extract.rating import parse_rating
from .pipelines.extract import extract_to_dict, hints_for
from .reextract import EXTRACTED_KINDS_EXCLUDED
from .settings import USER_AGENT
from .sources import Source

# Token F1 of the clean text against the baseline's. Measured on the four demo WordPress reviews
# (210-375 words): unchanged 1.0; half a paragraph rewritten by the blogger 0.89-0.94; a new theme's
# three-line strip (reading time, sign-up, audio note) let into the text 0.92-0.95. So on short reviews
# the similarity catches lost or swamped text; small leaks are caught as blocks added (or lost), which
# also flag a blogger's own edits: a golden page is one expected to stay as it is.
MIN_SIMILARITY = 0.9
# Blocks added or lost that add up to fewer words than this are noise (a date format, a "Share" button label).
MIN_BLOCK_WORDS = 4
ABSENT_PER_PAGE = 5  # boilerplate phrases kept per baseline page
UNSET = "unset"  # an expectation the archivist did not give (None is a value: "no rating")
TOKEN = re.compile(r"\w+", re.UNICODE)


class GoldenError(Exception):
    """Golden pages cannot be checked or saved as asked; the message says what to do."""


@dataclass
class Expect:
    url: str
    origins: list[str] = field(default_factory=list)
    kind: str | None = UNSET
    is_review: bool | None = UNSET
    book_title: str | None = UNSET
    book_author: str | None = UNSET
    rating: float | None = UNSET
    body_text: str | None = UNSET
    contains: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    capture: dict | None = None  # the baseline's capture: warc_file, warc_offset, content_hash, fetched_at


@dataclass
class Drift:
    field: str
    expected: str
    got: str


@dataclass
class PageCheck:
    url: str
    origins: list[str]
    drifts: list[Drift] = field(default_factory=list)
    similarity: float | None = None
    note: str = ""
    error: str | None = None

    @property
    def ok(self) -> bool:
        return not self.drifts and self.error is None


def baseline_path(sources_path: str | Path, slug: str) -> Path:
    return Path(sources_path).resolve().parent / "golden" / f"{slug}.json"


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip().casefold()


def similarity(expected: str, got: str) -> float:
    """Token F1 of two texts (bag of words, case folded); 1.0 when both are empty."""
    a, b = Counter(t.casefold() for t in TOKEN.findall(expected or "")), Counter(t.casefold() for t in TOKEN.findall(got or ""))
    if not a and not b:
        return 1.0
    overlap = sum((a & b).values())
    return 2 * overlap / (sum(a.values()) + sum(b.values()))


# -- expectations -----------------------------------------------------------------------------------------


def load_baseline(path: Path) -> list[Expect]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        pages = data["pages"]
        return [Expect(url=p["url"], origins=[path.name], capture=p.get("capture"), contains=list(p.get("contains", [])),
                       absent=list(p.get("absent", [])), **{k: p["expect"][k] for k in _BASELINE_FIELDS})
                for p in pages]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GoldenError(f"{path}: not a golden baseline ({type(exc).__name__}: {exc}); "
                          f"record it again with `shelfmark check SLUG --save`") from None


_BASELINE_FIELDS = ("kind", "is_review", "book_title", "book_author", "rating", "body_text")


def expectations(source: Source, sources_path: str | Path) -> list[Expect]:
    """The source's golden pages: its baseline file, then its `golden:` entries (which win field by field)."""
    path = baseline_path(sources_path, source.slug)
    by_url = {e.url: e for e in (load_baseline(path) if path.exists() else [])}
    for page in source.golden:
        expect = by_url.setdefault(page.url, Expect(url=page.url))
        expect.origins.append("sources.yaml")
        for name in ("is_review", "book_title", "book_author"):
            if getattr(page, name) is not None:
                setattr(expect, name, getattr(page, name))
        if page.rating is not None:
            expect.rating = None if page.rating.casefold() == "none" else parse_rating(page.rating).value
        expect.contains += page.contains
        expect.absent += page.absent
    return list(by_url.values())


# -- comparing ----------------------------------------------------------------------------------------------


def _book(title: str | None, author: str | None) -> str | None:
    return book_key(title, author or "") if title else None


def _show(value) -> str:
    return "none" if value is None else repr(value) if isinstance(value, str) else str(value)


def compare(expect: Expect, record: dict, min_similarity: float = MIN_SIMILARITY) -> tuple[list[Drift], float | None]:
    """Every field of `record` (an extraction, PageRecord.to_dict()) that drifted from `expect`."""
    drifts: list[Drift] = []
    if expect.is_review is not UNSET and bool(record.get("is_review")) != expect.is_review:
        got = f"{record.get('kind')} ({record.get('reason')})"
        drifts.append(Drift("is_review", "a review" if expect.is_review else
                            "not a review" + (f" ({expect.kind})" if expect.kind is not UNSET else ""), got))
    elif expect.kind is not UNSET and record.get("kind") != expect.kind:
        drifts.append(Drift("kind", _show(expect.kind), f"{record.get('kind')} ({record.get('reason')})"))
    if expect.book_title is not UNSET or expect.book_author is not UNSET:
        title = record.get("book_title") if expect.book_title is UNSET else expect.book_title
        author = record.get("book_author") if expect.book_author is UNSET else expect.book_author
        if _book(title, author) != _book(record.get("book_title"), record.get("book_author")):
            drifts.append(Drift("book", f"{_show(title)} by {_show(author)}",
                                f"{_show(record.get('book_title'))} by {_show(record.get('book_author'))}"))
    if expect.rating is not UNSET:
        got = record.get("rating")
        if (got is None) != (expect.rating is None) or (got is not None and abs(got - expect.rating) > 0.011):
            drifts.append(Drift("rating", _show(expect.rating), f"{_show(got)} ({_show(record.get('rating_raw'))})"))
    text = record.get("body_text") or ""
    score = None
    if expect.body_text is not UNSET:
        score = similarity(expect.body_text or "", text)
        if score < min_similarity:
            drifts.append(Drift("body", f"similarity >= {min_similarity:.2f} to the baseline text",
                                f"{score:.2f} ({len(text.split())} words, baseline {len((expect.body_text or '').split())})"))
        drifts += _block_drifts(expect.body_text or "", text)
    flat = _norm(text)
    for phrase in expect.contains:
        if _norm(phrase) not in flat:
            drifts.append(Drift("contains", repr(phrase), "missing from the clean text"))
    for phrase in expect.absent:
        if _norm(phrase) in flat:
            drifts.append(Drift("absent", repr(phrase), "in the clean text (boilerplate let in)"))
    return drifts, score


def _block_drifts(before: str, after: str) -> list[Drift]:
    """Blocks (lines) of text that appeared or went: a theme's strip let in, a paragraph lost, or an edit."""
    old = [line for line in (_norm(x) for x in before.splitlines()) if line]
    new = [line for line in (_norm(x) for x in after.splitlines()) if line]
    drifts = []
    for name, blocks, expected in (("added", [b for b in new if b not in set(old)], "no text the baseline lacks"),
                                   ("lost", [b for b in old if b not in set(new)], "every block of the baseline")):
        words = sum(len(b.split()) for b in blocks)
        if words >= MIN_BLOCK_WORDS:
            first = blocks[0] if len(blocks[0]) <= 80 else blocks[0][:77] + "..."
            drifts.append(Drift(name, expected, f"{len(blocks)} block{'s' if len(blocks) > 1 else ''} ({words} words), first {first!r}"))
    return drifts


# -- where the pages come from ---------------------------------------------------------------------------


def _archived(archive: Archive, url: str) -> dict | None:
    return next(archive.db.query("select url, warc_file, warc_offset, content_hash, fetched_at from pages "
                                 "where url = ? and warc_file is not null", [url]), None)


def _read(folder: Path, capture: dict) -> bytes:
    return read_capture(folder, capture["warc_file"], capture["warc_offset"]).body


def fetch_live(urls: list[str], source: Source, user_agent: str) -> dict[str, tuple[bytes | None, str | None]]:
    """Fetch the pages now, politely: robots.txt obeyed, an honest User-Agent, the source's delay between requests."""
    from protego import Protego

    out: dict[str, tuple[bytes | None, str | None]] = {}
    robots: dict[str, Protego] = {}
    for index, url in enumerate(urls):
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
        if origin not in robots:
            try:
                body, _ = _get(origin + "/robots.txt", user_agent)
            except urllib.error.HTTPError:
                body = b""  # no robots.txt: everything allowed
            except (urllib.error.URLError, OSError) as exc:
                out[url] = (None, f"robots.txt could not be fetched ({exc})")
                continue
            robots[origin] = Protego.parse(body.decode("utf-8", "replace"))
        if not robots[origin].can_fetch(url, user_agent):
            out[url] = (None, "robots.txt disallows it")
            continue
        if index:
            time.sleep(source.politeness.download_delay)
        try:
            out[url] = (_get(url, user_agent)[0], None)
        except urllib.error.HTTPError as exc:
            out[url] = (None, f"HTTP {exc.code}")
        except (urllib.error.URLError, OSError) as exc:
            out[url] = (None, f"fetch failed ({exc})")
    return out


def _get(url: str, user_agent: str) -> tuple[bytes, str]:
    request = urllib.request.Request(url, headers={"User-Agent": user_agent, "Accept": "text/html,*/*;q=0.5"})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - http(s) URLs from sources.yaml
        return response.read(), response.headers.get("Content-Type", "")


def check_source(db_path: str | Path, source: Source, sources_path: str | Path, *, live: bool = False,
                 baseline_captures: bool = False, min_similarity: float = MIN_SIMILARITY,
                 user_agent: str = USER_AGENT) -> list[PageCheck]:
    """Re-extract every golden page of `source` and compare; one PageCheck per page."""
    expects = expectations(source, sources_path)
    if not expects:
        raise GoldenError(f"{source.slug}: no golden pages; record some with `shelfmark check {source.slug} --save`, "
                          f"or list them under `golden:` in {sources_path}")
    hints = hints_for(source)
    fetched = fetch_live([e.url for e in expects], source, user_agent) if live else {}
    folder = warc_dir(db_path)
    checks = []
    with contextlib.nullcontext() if live else Archive(db_path) as archive:
        for expect in expects:
            check = PageCheck(expect.url, expect.origins)
            checks.append(check)
            if live:
                body, check.error = fetched[expect.url]
                digest = hashlib.sha256(body).hexdigest() if body is not None else None
            else:
                capture = expect.capture if baseline_captures and expect.capture else _archived(archive, expect.url)
                if capture is None:
                    check.error = "no capture in the archive; crawl the source first (or drop the page from golden)"
                    continue
                try:
                    body = _read(folder, capture)
                except CaptureError as exc:
                    check.error = str(exc)
                    continue
                digest = capture["content_hash"]
                check.note = f"capture of {capture['fetched_at']}"
            if body is None:
                continue
            check.drifts, check.similarity = compare(expect, extract_to_dict(body, expect.url, hints), min_similarity)
            if expect.capture:
                same = digest == expect.capture.get("content_hash")
                why = ("same page as the baseline" + (": the extractor drifted" if check.drifts else "") if same
                       else "the page changed since the baseline")
                check.note = ", ".join(filter(None, [check.note, why]))
    return checks


def report(slug: str, checks: list[PageCheck], how: str) -> list[str]:
    drifted = [c for c in checks if not c.ok]
    lines = [f"{slug}: {len(checks)} golden pages, {how}, extractor {EXTRACTOR_VERSION}"]
    for check in checks:
        body = f", body {check.similarity:.2f}" if check.similarity is not None else ""
        lines.append(f"  {'ok   ' if check.ok else 'DRIFT'} {check.url}{body}" + (f" ({check.note})" if check.note else ""))
        if check.error:
            lines.append(f"        error: {check.error}")
        for d in check.drifts:
            lines.append(f"        {d.field}: expected {d.expected}, got {d.got}")
    lines.append(f"{slug}: drift on {len(drifted)} of {len(checks)} pages" if drifted else f"{slug}: no drift")
    return lines


# -- recording a baseline ---------------------------------------------------------------------------------


def _sample(rows: list[dict], count: int) -> list[dict]:
    """`count` rows spread evenly over `rows` (oldest to newest), not just the first ones."""
    if count >= len(rows):
        return rows
    return [rows[i * len(rows) // count] for i in range(count)]


def _removed_phrases(record: dict) -> list[str]:
    """Short phrases from what the cleaner removed from this page, that the clean text does not hold."""
    text = _norm(record.get("body_text"))
    phrases = []
    for removed in record.get("removed") or []:
        words = re.sub(r"\s+", " ", removed.get("text") or "").strip().split(" ")
        phrase = " ".join(words[:8])
        if len(words) >= 3 and len(phrase) >= 12 and _norm(phrase) not in text and phrase not in phrases:
            phrases.append(phrase)
    return phrases[:ABSENT_PER_PAGE]


def save_baseline(db_path: str | Path, source: Source, sources_path: str | Path, *, pages: int = 8,
                  urls: tuple[str, ...] = ()) -> tuple[Path, int]:
    """Record the current extraction of archived pages of `source` as its golden baseline; (file, pages)."""
    if not Path(db_path).exists():
        raise GoldenError(f"{db_path}: no such archive; crawl {source.slug} first, or pass --db")
    hints = hints_for(source)
    folder = warc_dir(db_path)
    with Archive(db_path) as archive:
        if urls:
            rows = [_archived(archive, url) for url in urls]
            missing = [url for url, row in zip(urls, rows) if row is None]
            if missing:
                raise GoldenError(f"{missing[0]}: not captured in {db_path}; give pages the archive holds (`pages` table)")
        else:
            marks = ", ".join("?" for _ in EXTRACTED_KINDS_EXCLUDED)
            candidates = list(archive.db.query(
                "select url, warc_file, warc_offset, content_hash, fetched_at, is_review from pages "
                f"where source_slug = ? and warc_file is not null and status = 200 and gone_at is null "
                f"and coalesce(kind, '') not in ({marks}) order by id", [source.slug, *EXTRACTED_KINDS_EXCLUDED]))
            reviews = [r for r in candidates if r["is_review"]]
            others = [r for r in candidates if not r["is_review"]]
            want_reviews = min(len(reviews), max(pages - len(others), (pages * 3 + 3) // 4))
            rows = _sample(reviews, want_reviews) + _sample(others, pages - want_reviews)
            if not rows:
                raise GoldenError(f"{source.slug}: no captured page in {db_path}; crawl it first")
        entries = []
        for row in rows:
            capture = {k: row[k] for k in ("warc_file", "warc_offset", "content_hash", "fetched_at")}
            try:
                record = extract_to_dict(_read(folder, capture), row["url"], hints)
            except CaptureError as exc:
                raise GoldenError(f"{row['url']}: {exc}") from None
            entries.append({"url": row["url"], "capture": capture, "expect": {k: record.get(k) for k in _BASELINE_FIELDS},
                            "absent": _removed_phrases(record)})
    path = baseline_path(sources_path, source.slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"source": source.slug, "saved_at": utc_now(), "extractor_version": EXTRACTOR_VERSION,
            "archive": str(Path(db_path).resolve()), "pages": entries}
    tmp = path.with_suffix(".json.partial")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path, len(entries)

