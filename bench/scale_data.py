"""A synthetic archive of N reviews in the project's real schema, built fast.

The schema comes from `archive.schema` migrations and the sources and crawl rows
from `archive.store.Archive`, exactly as a crawl makes them. Reviews, their pages,
books and review versions are then bulk-inserted with `executemany`: the indexes and
the full-text triggers the migrations created are dropped for the load and created
again from their own SQL afterwards, the FTS index is rebuilt once and merged into one segment (row by row
through the triggers runs at ~2k rows/s, STACK-NOTES), and the counts the reader
pages read (`archive.counts`, kept by triggers) are counted once.

Text is drawn from a Zipf-like distribution (weight (rank + 2.7)^-1.1) over a
vocabulary of common English words followed by made-up words, so document
frequencies look like real prose: the head words are in most reviews, words near
rank 200 in about one in ten, near rank 2,000 in about one in a hundred, and every
review also carries a few words from a long tail that only a handful share.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import random
import sqlite3
import time
from pathlib import Path

import sqlite_utils

from archive import counts, search_index
from archive.books import book_key, display_author, display_title
from archive.schema import open_db
from archive.store import Archive, stars_for

EXTRACTOR = "scale-bench"
BULK_TABLES = ("pages", "books", "reviews", "review_versions")

# The head of the vocabulary: common English, then words reviews use a lot.
HEAD = """the and of a to in is it that was his her with as for on but not had at by this be are from
they one all which have an or were their so what there who when would been more out into if no about
my me do time then only could like them some than its other we can over just very after up your how
even will these first our where through much before two most back any way should those now such here
never must well also because still every last while many might same each around again great old little
book novel story reader characters world life love years family found end writing pages chapter ending
author plot voice feel read series prose history war death truth memory house night father mother city
women men child friends dark light quiet strange slow beautiful sharp brilliant heart written narrator
young long short final whole small second review reading fiction debut translation language moment
power place sense course power letters journey secret river island winter summer forest garden sea
stars rating recommend favourite favorite thought thoughts loved enjoyed beginning middle thread tense
""".split()

ZIPF_S = 1.1  # English prose is close to 1; a little steeper keeps the made-up words rarer
CONSONANTS = "b c d f g h k l m n p r s t v z br dr gr kl pr st tr".split()
VOWELS = "a e i o u ai ea io ou".split()
CODAS = ["", "n", "r", "l", "m", "th", "nd", "rk", "sk", "x"]


def made_up_words(count: int, rng: random.Random) -> list[str]:
    """`count` distinct pronounceable non-words (two or three syllables)."""
    syllables = [c + v for c in CONSONANTS for v in VOWELS]
    words: list[str] = []
    seen = set(HEAD)
    for parts in (2, 3):
        for combo in itertools.product(syllables, repeat=parts):
            word = "".join(combo) + CODAS[len(words) * 7 % len(CODAS)]
            if word not in seen:
                seen.add(word)
                words.append(word)
            if len(words) >= count * 2:
                break
    rng.shuffle(words)
    return words[:count]


class TextModel:
    """Zipf-distributed words, drawn once into a long stream that reviews take windows of."""

    def __init__(self, rng: random.Random, vocabulary: int = 200_000, stream: int = 6_000_000, tail: int = 400_000):
        made_up = made_up_words(vocabulary + tail, rng)
        self.words = HEAD + made_up[:vocabulary]
        self.tail = made_up[vocabulary:]
        weights = itertools.accumulate((rank + 2.7) ** -ZIPF_S for rank in range(len(self.words)))
        drawn = rng.choices(self.words, cum_weights=list(weights), k=stream)
        # About one word in fourteen ends a sentence.
        self.stream = [w + "." if rng.random() < 0.07 else w for w in drawn]
        self.rng = rng

    def word(self, rank: int) -> str:
        return self.words[rank]

    def body(self, words: int, book_title: str) -> tuple[str, str]:
        """(markdown, plain text) of a review of `words` words in paragraphs."""
        rng = self.rng
        start = rng.randrange(len(self.stream) - words)
        window = self.stream[start:start + words]
        # A couple of rare words of its own, as real reviews name people and places.
        for _ in range(2):
            window[rng.randrange(words)] = rng.choice(self.tail)
        paragraphs, at = [], 0
        while at < words:
            size = rng.randint(40, 120)
            paragraphs.append(" ".join(window[at:at + size]).capitalize())
            at += size
        text = "\n\n".join(paragraphs)
        markdown = f"*{book_title}* " + "\n\n".join(paragraphs)
        return markdown, f"{book_title} {text}"


def _date(rng: random.Random) -> str:
    # More reviews in recent years, as blogs grew.
    day = int((rng.random() ** 0.6) * 7600)
    return (dt.date(2005, 1, 1) + dt.timedelta(days=day)).isoformat()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _drop_for_load(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """Drop the indexes and triggers of the bulk tables; return the SQL that makes them again."""
    rows = conn.execute(
        "select type, name, sql from sqlite_master where type in ('index', 'trigger') and sql is not null "
        f"and tbl_name in ({', '.join('?' * len(BULK_TABLES))})", BULK_TABLES).fetchall()
    for kind, name, _ in rows:
        conn.execute(f"drop {kind} [{name}]")
    return [sql for kind, _, sql in rows if kind == "index"], [sql for kind, _, sql in rows if kind == "trigger"]


def build(path: Path, reviews: int, seed: int = 7, log=print) -> dict:
    """Write an archive of `reviews` reviews to `path` (replacing it); return build figures."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    started = time.monotonic()
    text = TextModel(rng)
    n_sources = max(4, min(800, reviews // 1200))
    n_books = max(10, reviews // 7)
    archive = Archive(path)  # every migration applied
    names = [w.capitalize() for w in text.tail[:4000]]
    archive.upsert_sources(
        {"slug": f"blog-{i:04d}", "name": f"{names[i]} {rng.choice(['Reads', 'Books', 'Shelf', 'Pages', 'Review'])}",
         "home_url": f"https://blog-{i:04d}.example/", "platform": rng.choice(["wordpress", "blogger", "substack", "ghost"])}
        for i in range(n_sources))
    crawl_id = archive.start_crawl([f"blog-{i:04d}" for i in range(n_sources)], "Shelfmark scale bench", EXTRACTOR)
    archive.close()

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("pragma journal_mode=off")
    conn.execute("pragma synchronous=off")
    conn.execute("pragma cache_size=-400000")
    indexes, triggers = _drop_for_load(conn)

    books = []
    for i in range(n_books):
        title = " ".join(text.word(rng.randrange(300, 60_000)) for _ in range(rng.randint(1, 4))).title()
        author = f"{rng.choice(names)} {rng.choice(names)}"
        books.append((i + 1, book_key(title, author), display_title([title]), display_author([author]),
                      rng.randint(1900, 2026), None))
    conn.execute("begin")
    conn.executemany("insert into books (id, key, title, author, year, publisher) values (?, ?, ?, ?, ?, ?)", books)
    conn.execute("commit")
    book_weights = list(itertools.accumulate(1 / (r + 50) for r in range(n_books)))
    reviewers = [f"{rng.choice(names)} {rng.choice(names)}" for _ in range(n_sources * 3)]

    seen_at = "2026-11-30T12:00:00+00:00"
    batch = 5000
    text_bytes = 0
    for first in range(1, reviews + 1, batch):
        pages, rows, versions = [], [], []
        for rid in range(first, min(first + batch, reviews + 1)):
            source = rng.randrange(n_sources)
            slug = f"blog-{source:04d}"
            book = books[rng.choices(range(n_books), cum_weights=book_weights)[0]] if rng.random() > 0.03 else None
            published = _date(rng)
            url = f"https://{slug}.example/{published[:4]}/{published[5:7]}/review-{rid}/"
            words = max(40, min(2500, int(rng.lognormvariate(5.6, 0.5))))
            markdown, body = text.body(words, book[2] if book else "")
            digest = _sha(body)
            text_bytes += len(body.encode()) + len(markdown.encode())
            rating = rng.choice([None, 0.2, 0.4, 0.6, 0.6, 0.8, 0.8, 0.8, 1.0, 1.0])
            warc = f"shelfmark-{slug}-00001.warc.gz"
            title = f"Review: {book[2]}" if book else f"{text.word(rng.randrange(20, 3000)).title()} and other thoughts"
            pages.append((rid, url, slug, crawl_id, crawl_id, 200, seen_at, "text/html; charset=utf-8",
                          len(body) * 3, _sha(url), "review", 1, "a review post", title, url, "en", EXTRACTOR,
                          warc, rid * 4096))
            rows.append((rid, rid, url, url, slug, book[0] if book else None, book[2] if book else None,
                         book[3] if book else None, title, reviewers[source * 3 + rng.randrange(3)], published, "en",
                         '["Reviews"]', "[]", f"{round(rating * 5)}/5" if rating is not None else None, rating,
                         stars_for(rating), markdown, body, words, digest, seen_at, seen_at, crawl_id, EXTRACTOR))
            versions.append((rid, rid, 1, markdown, body, digest, seen_at, crawl_id, EXTRACTOR, warc, rid * 4096))
        conn.execute("begin")
        conn.executemany(
            "insert into pages (id, url, source_slug, crawl_id, last_crawl_id, status, fetched_at, content_type, bytes,"
            " content_hash, kind, is_review, reason, title, canonical_url, language, extractor_version, warc_file,"
            " warc_offset) values (" + ", ".join("?" * 19) + ")", pages)
        conn.executemany(
            "insert into reviews (id, page_id, url, canonical_url, source_slug, book_id, book_title, book_author, title,"
            " reviewer, published, language, categories, tags, rating_raw, rating, stars, body_markdown, body_text,"
            " word_count, content_hash, first_seen, last_seen, crawl_id, extractor_version) values ("
            + ", ".join("?" * 25) + ")", rows)
        conn.executemany(
            "insert into review_versions (id, review_id, version, body_markdown, body_text, content_hash, seen_at,"
            " crawl_id, extractor_version, warc_file, warc_offset) values (" + ", ".join("?" * 11) + ")", versions)
        conn.execute("commit")
        if first % 100_000 == 1:
            log(f"  {first - 1:,} reviews inserted ({time.monotonic() - started:.0f} s)")
    loaded = time.monotonic()
    for sql in indexes:
        conn.execute(sql)
    indexed = time.monotonic()
    log(f"  indexes made ({indexed - loaded:.0f} s); rebuilding the full-text index")
    search_index.fill(conn, log=lambda message: log(f"  {message}"))  # as migration m007 leaves it: one segment
    fts_done = time.monotonic()
    for sql in triggers:
        conn.execute(sql)
    counts.refill(sqlite_utils.Database(conn))  # the triggers were off: count the whole-archive pages' tables once
    conn.execute("update crawl_sources set status = 'finished', finished_at = ?, reviews_new = "
                 "(select count(*) from reviews where reviews.source_slug = crawl_sources.source_slug)", [seen_at])
    conn.execute("update crawls set status = 'finished', finished_at = ?, reviews_new = ?, pages_fetched = ? "
                 "where id = ?", [seen_at, reviews, reviews, crawl_id])
    conn.execute("pragma journal_mode=wal")
    conn.close()
    open_db(path).close()  # as every command opens it
    return {"reviews": reviews, "books": n_books, "sources": n_sources, "text_bytes": text_bytes,
            "load_s": loaded - started, "index_s": indexed - loaded, "fts_s": fts_done - indexed,
            "total_s": time.monotonic() - started, "seed": seed,
            "vocabulary": {"head": HEAD[:5], "rank_200": text.word(200), "rank_2000": text.word(2000)}}


def save_manifest(path: Path, figures: dict) -> None:
    Path(str(path) + ".json").write_text(json.dumps(figures, indent=2), encoding="utf-8")


def load_manifest(path: Path) -> dict | None:
    manifest = Path(str(path) + ".json")
    return json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() and path.exists() else None
