"""A blog that moves to a new address: refused until the move is confirmed, then its reviews continue, not doubled.

The demo WordPress and Ghost blogs are crawled on one loopback port each, then served again from the same files on
other ports (a new host:port is a new address, as a move to https or a new domain is), and crawled with the real
`shelfmark crawl`. Before this, the re-crawl archived every review a second time (15 reviews became 30).
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from shelfmark.cli import main
from shelfmark.demo.server import serve_sites

from tests.archivist_sites import copy_sites, crawl, rows, shelfmark, write_sources

SLUGS = ["quiet-shelf", "ghost-pages"]


def _counts(db: Path) -> dict[str, int]:
    return {
        "reviews": rows(db, "select count(*) from reviews")[0][0],
        "versions": rows(db, "select count(*) from review_versions")[0][0],
        "book_reviews": rows(db, "select max(n) from (select count(*) n from reviews group by book_id)")[0][0],
    }


def test_a_moved_blog_is_refused_then_continued_without_doubling(tmp_path):
    root = copy_sites(tmp_path / "sites", SLUGS)
    db = tmp_path / "data" / "archive.db"
    sources = tmp_path / "sources.yaml"
    with serve_sites(root) as old:
        crawl(write_sources(sources, dict(old.urls)), db)
        old_urls = dict(old.urls)
    before = _counts(db)
    assert before["reviews"] >= 8
    old_pages = {r["url"]: r["warc_file"] for r in rows(db, "select url, warc_file from pages where is_review = 1")}

    with serve_sites(root) as new:
        # 1. not confirmed: the moved source is refused by name with both addresses and what to do; the other crawled
        write_sources(sources, {"quiet-shelf": new.urls["quiet-shelf"], "ghost-pages": old_urls["ghost-pages"]})
        ghost_port = int(old_urls["ghost-pages"].rsplit(":", 1)[1])
        with serve_sites(root, slugs=["ghost-pages"], ports={"ghost-pages": ghost_port}) as unmoved:
            refused = shelfmark("crawl", "--sources", str(sources), "--db", str(db), "--no-throttle",
                                "--log-level", "WARNING")
            assert unmoved.requested_paths("ghost-pages"), "the source that did not move is crawled"
        assert refused.returncode == 1
        assert rows(db, "select count(*) from crawl_sources where source_slug = 'ghost-pages'")[0][0] == 2
        assert rows(db, "select count(*) from crawl_sources where source_slug = 'quiet-shelf'")[0][0] == 1
        line = next(x for x in refused.stderr.splitlines() if "'quiet-shelf'" in x)
        assert f"{new.urls['quiet-shelf']}/" in line and f"{old_urls['quiet-shelf']}/" in line
        assert "moved_from" in line and str(sources) in line
        assert not new.requested_paths("quiet-shelf"), "a refused source is not fetched"
        assert _counts(db) == before

        # 2. confirmed with moved_from: the same reviews, at the new address, no second copy
        write_sources(sources, dict(new.urls), {slug: f'moved_from: ["{old_urls[slug]}/"]' for slug in SLUGS})
        moved = crawl(sources, db)
        assert "reviews new 0" in moved.stdout, moved.stdout
    after = _counts(db)
    assert after == before, "no review doubled, no version added for an unchanged text"
    review_urls = [r[0] for r in rows(db, "select url from reviews")]
    assert all(any(u.startswith(new.urls[s] + "/") for s in SLUGS) for u in review_urls), review_urls
    # the old captures stay: every old review page is still archived with its WARC capture
    kept = {r["url"]: r["warc_file"] for r in rows(db, "select url, warc_file from pages where url in (%s)"
                                                   % ",".join("?" * len(old_pages)), list(old_pages))}
    assert kept == old_pages
    assert rows(db, "select count(*) from review_moves")[0][0] == before["reviews"]
    assert {tuple(r) for r in rows(db, "select source_slug, to_url from source_moves")} == {
        (slug, f"{new.urls[slug]}/") for slug in SLUGS}

    # 3. reading the old captures again makes no second review either
    again = shelfmark("reextract", "--all", "--db", str(db), "--sources", str(sources))
    assert again.returncode == 0, again.stderr[-2000:]
    assert _counts(db)["reviews"] == before["reviews"]

    # 4. a withdrawn blog's addresses go with it, and come back with it
    moves = "select (select count(*) from source_moves where source_slug = ?) + " \
            "(select count(*) from review_moves where source_slug = ?)"
    held = rows(db, moves, ["quiet-shelf"] * 2)[0][0]
    assert shelfmark("withdraw", "quiet-shelf", "--reason", "asked", "--db", str(db)).returncode == 0
    assert rows(db, moves, ["quiet-shelf"] * 2)[0][0] == 0
    assert shelfmark("withdraw", "quiet-shelf", "--restore", "--db", str(db)).returncode == 0
    assert rows(db, moves, ["quiet-shelf"] * 2)[0][0] == held
    assert rows(db, "select count(*) from review_moves m join reviews r on r.id = m.review_id "
                    "join pages p on p.id = m.to_page_id where r.page_id = p.id")[0][0] == before["reviews"]


def test_moved_from_is_checked_with_the_sources_file(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - slug: a\n    name: A\n    home_url: https://new.example/\n"
                    "    moved_from: [\"https://new.example\"]\n  - slug: b\n    name: B\n"
                    "    home_url: https://b.example/blog/\n    moved_from: [\"http://b.example/blog/\"]\n")
    result = CliRunner().invoke(main, ["sources", str(path)])
    assert result.exit_code == 1
    assert f"{path}: source 'a': field 'moved_from' 'https://new.example' is the home_url's own site" in result.output
    assert "'b'" not in result.output
