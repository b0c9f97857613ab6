"""A blog that moved (to https, to a new domain or folder): its reviews continue at the new address, never doubled.

Pages are keyed by URL, so a blog whose `home_url` changes would otherwise be archived again in full at its new
addresses: every review a second time (the demo re-crawled on new ports went from 15 reviews to 30). So a crawl
compares each source's home address with the one the archive holds (`sources.home_url`): a different site (scheme,
host, port or folder) is refused, naming the source and both addresses, until the sources file confirms the move
with `moved_from`. A confirmed move is recorded in `source_moves`; from then on a review page fetched at the new
address whose path the archive holds at an old one carries that review on (`carry_review`): the review row points
at the new page and URL, a changed text becomes its next version, and `review_moves` records the step. The old
page rows and their WARC captures stay as they were, and the review's earlier versions keep pointing at them.
"""

from __future__ import annotations

import re

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from archive.crawls import utc_now

MOVE_TABLES = {
    "source_moves": {"id": int, "source_slug": str, "from_url": str, "to_url": str, "recorded_at": str},
    "review_moves": {"id": int, "review_id": int, "source_slug": str, "from_page_id": int, "to_page_id": int,
                     "from_url": str, "to_url": str, "moved_at": str, "crawl_id": int},
}


def create(db: sqlite_utils.Database) -> None:
    """The two record tables (migration m012). No foreign keys: a withdrawal moves pages and reviews out."""
    for table, columns in MOVE_TABLES.items():
        db[table].create(columns, pk="id", not_null={"source_slug"})
        db[table].create_index(["source_slug"])
    db["review_moves"].create_index(["from_page_id"])


INDEX_FILE = re.compile(r"(?<=/)(?:index|default)\.(?:html?|php|aspx?|shtml|jsp)$", re.I)


def site_base(url: str) -> str:
    """The site a home address names, as a URL prefix: scheme, host (port only when not the default) and folder.

    `https://Example.org:443/blog/` -> `https://example.org/blog`; two homes are one site when these are equal.
    A folder's index file names the folder (`/blog/index.html` is `/blog/`, as every web server serves it): an
    archivist who writes the one for the other has not moved the blog.
    """
    parts = urlsplit(url.strip())
    scheme, netloc = parts.scheme.lower(), parts.netloc.lower()
    if (scheme, netloc.rsplit(":", 1)[-1]) in (("http", "80"), ("https", "443")):
        netloc = netloc.rsplit(":", 1)[0]
    path = INDEX_FILE.sub("", parts.path or "/")
    return f"{scheme}://{netloc}{path.rstrip('/')}"


def at_site(url: str, home: str) -> bool:
    """The URL is on the site the home address names (same scheme, host, port and folder)."""
    base, here = site_base(home), site_base(url)
    return here == base or here.startswith(base + "/")


def _addresses(conn: Any) -> list[tuple[str, str]]:
    """(slug, address) for every home the archive holds and every address a source moved away from."""
    found = [(slug, home) for slug, home in conn.execute("select slug, home_url from sources") if home]
    try:  # the homes first: `unconfirmed` reads each source's archived home from them
        found += [(slug, url) for slug, url in conn.execute("select source_slug, from_url from source_moves")]
    except sqlite3.OperationalError:
        pass  # an archive before m012 holds no moves
    return found


def _archived(db_path: str | Path) -> list[tuple[str, str]]:
    """`_addresses`, read-only, no migration (a pre-check before a crawl starts)."""
    if not Path(db_path).is_file():
        return []
    try:
        conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return _addresses(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return []  # not an archive (yet): the crawl itself reports it


def taken(source: Any, addresses: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    """(other slug, its address) when the source's home overlaps another source's archived site (its home, or an
    address it moved away from): moving there would take that blog's archived pages and reviews over."""
    for slug, address in addresses:
        if slug != source.slug and (at_site(source.home_url, address) or at_site(address, source.home_url)):
            return slug, address
    return None


def taken_refusal(source: Any, other: tuple[str, str], sources_path: str = "the sources file") -> str:
    return (f"{sources_path}: source {source.slug!r}: field 'home_url' {source.home_url} is on the site the archive "
            f"holds for source {other[0]!r} ({other[1]}); not crawled, so {other[0]!r}'s reviews are not taken over. "
            f"If the address is a mistake, correct it; if {source.slug!r} and {other[0]!r} are one blog now, "
            f"withdraw one of them (`shelfmark withdraw`) before moving the other there")


def moved(source: Any, archived_home: str | None) -> tuple[str, str] | None:
    """(old home, new home) when the source's home is another site than the archived one, else None."""
    if not archived_home or site_base(archived_home) == site_base(source.home_url):
        return None
    return archived_home, source.home_url


def confirmed(source: Any, old_home: str) -> bool:
    return site_base(old_home) in {site_base(url) for url in getattr(source, "moved_from", ())}


def refusal(source: Any, old_home: str, sources_path: str = "the sources file") -> str:
    """The one line an archivist reads: which source, both addresses, and the two ways on."""
    return (f"{sources_path}: source {source.slug!r}: field 'home_url' {source.home_url} is not the address the "
            f"archive holds for it ({old_home}); not crawled, so its reviews are not archived a second time. If the "
            f"blog moved, add `moved_from: [\"{old_home}\"]` to the source: its reviews then continue at the new "
            f"address; if it is another blog, give it a slug of its own")


def unconfirmed(db_path: str | Path, sources: Iterable[Any], sources_path: str = "the sources file") -> dict[str, str]:
    """slug -> refusal line, for each source whose home moved without `moved_from` naming the archived one, or
    moved onto another source's archived site."""
    addresses = _archived(db_path)
    homes: dict[str, str] = {}
    for slug, address in addresses:
        homes.setdefault(slug, address)
    out = {}
    for source in sources:
        move = moved(source, homes.get(source.slug))
        if move and not confirmed(source, move[0]):
            out[source.slug] = refusal(source, move[0], sources_path)
        elif move and (other := taken(source, addresses)):
            out[source.slug] = taken_refusal(source, other, sources_path)
    return out


def record(db: sqlite_utils.Database, sources: Iterable[Any]) -> list[str]:
    """Record each confirmed move (before `upsert_sources` writes the new home over the archived one), or, when a
    move is not confirmed or lands on another source's archived site, record nothing and return the refusals."""
    found = []
    for source in sources:
        row = db.execute("select home_url from sources where slug = ?", [source.slug]).fetchone()
        move = moved(source, row[0] if row else None)
        if move is not None:
            found.append((source, *move))
    addresses = _addresses(db) if found else []
    refused = [refusal(source, old) for source, old, _ in found if not confirmed(source, old)]
    refused += [taken_refusal(source, other) for source, _, _ in found if (other := taken(source, addresses))]
    if not refused:
        for source, old, new in found:
            db["source_moves"].insert({"source_slug": source.slug, "from_url": old, "to_url": new,
                                       "recorded_at": utc_now()})
    return refused


def _earlier_urls(db: sqlite_utils.Database, slug: str, url: str) -> list[str]:
    """The URLs `url` had at the source's earlier addresses, following every recorded move back."""
    moves = [(site_base(f), site_base(t)) for f, t in db.execute(
        "select from_url, to_url from source_moves where source_slug = ? order by id desc", [slug])]
    found: list[str] = []
    todo = [url]
    while todo and len(found) < 50:
        current = todo.pop()
        for old, new in moves:
            if current == new or current.startswith(new + "/") or current.startswith(new + "?"):
                earlier = old + current[len(new):]
                if earlier not in found and earlier != url:
                    found.append(earlier)
                    todo.append(earlier)
    return found


def carry_review(db: sqlite_utils.Database, slug: str, url: str, page_id: int, crawl_id: int | None) -> bool:
    """A review page newly fetched at a moved blog's address: carry on the review archived at an earlier address
    with the same path (the caller then stores the text as usual: unchanged, or its next version). True if one was."""
    earlier = _earlier_urls(db, slug, url)
    if not earlier:
        return False
    marks = ", ".join("?" for _ in earlier)
    row = db.execute(
        f"select r.id, r.page_id, r.url from reviews r join pages p on p.id = r.page_id "
        f"where r.source_slug = ? and p.url in ({marks}) order by p.fetched_at desc limit 1",
        [slug, *earlier]).fetchone()
    if row is None:
        return False
    review_id, from_page, from_url = row
    db.execute("update reviews set page_id = ?, url = ? where id = ?", [page_id, url, review_id])
    db["review_moves"].insert({"review_id": review_id, "source_slug": slug, "from_page_id": from_page,
                               "to_page_id": page_id, "from_url": from_url, "to_url": url, "moved_at": utc_now(),
                               "crawl_id": crawl_id})
    return True


def moved_away(db: sqlite_utils.Database, page_id: int) -> bool:
    """The page's review went on at the blog's new address: reading its old capture again makes no second review."""
    return moved_review(db, page_id) is not None


def moved_review(db: sqlite_utils.Database, page_id: int) -> int | None:
    """The id of the review that went on from this page to a later address, if one did."""
    if not db["review_moves"].exists():
        return None
    row = db.execute("select review_id from review_moves where from_page_id = ? order by id desc limit 1",
                     [page_id]).fetchone()
    return row[0] if row else None


def carry_back(db: sqlite_utils.Database, slug: str, url: str, page_id: int, crawl_id: int | None) -> bool:
    """A page at an address the review moved away from, fetched again. When the blog moved back (the page is on its
    current home's site), its review goes on here once more and True; else (an old address still answering) False:
    the page and its capture are stored, but it makes no second review."""
    review_id = moved_review(db, page_id)
    home = db.execute("select home_url from sources where slug = ?", [slug]).fetchone()
    if review_id is None or not home or not home[0] or not at_site(url, home[0]):
        return False
    row = db.execute("select page_id, url from reviews where id = ?", [review_id]).fetchone()
    if row is None:
        return False
    if row[0] != page_id:
        db.execute("update reviews set page_id = ?, url = ? where id = ?", [page_id, url, review_id])
        db["review_moves"].insert({"review_id": review_id, "source_slug": slug, "from_page_id": row[0],
                                   "to_page_id": page_id, "from_url": row[1], "to_url": url, "moved_at": utc_now(),
                                   "crawl_id": crawl_id})
    return True
