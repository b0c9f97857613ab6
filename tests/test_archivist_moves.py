"""A blog that moves to a new address: refused until the move is confirmed, then its reviews continue, not doubled.

The demo WordPress and Ghost blogs are crawled on one loopback port each, then served again from the same files on
other ports (a new host:port is a new address, as a move to https or a new domain is), and crawled with the real
`shelfmark crawl`. Before this, the re-crawl archived every review a second time (15 reviews became 30).
"""

from __future__ import annotations

import copy
import socket
import ssl
import subprocess
from pathlib import Path
from types import SimpleNamespace

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


def _answer_tls_too(server, folder: Path) -> list[str]:
    """Let one demo server answer https on its port as well as http (the first byte tells which); the returned
    list collects 'http' or 'https' per connection."""
    cert, key = folder / "c.pem", folder / "k.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=127.0.0.1"], check=True, capture_output=True)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    plain, seen = server.get_request, []

    def get_request():
        sock, addr = plain()
        tls = sock.recv(1, socket.MSG_PEEK) == b"\x16"
        seen.append("https" if tls else "http")
        return (ctx.wrap_socket(sock, server_side=True) if tls else sock), addr

    server.get_request = get_request
    # the old address answers in full (many servers send no 304): its pages are read as reviews again
    as_http = type("NoValidators", (server.RequestHandlerClass,), {"_not_modified": lambda *args: False})
    site = copy.copy(as_http.site)  # the https address's pages name themselves at https (canonical, links)
    site.base_url = as_http.site.base_url.replace("http://", "https://")
    as_https = type("HttpsHandler", (as_http,), {"site": site})
    server.finish_request = lambda request, address: (
        as_https if isinstance(request, ssl.SSLSocket) else as_http)(request, address, server)
    return seen


def test_a_blog_moved_to_https_with_its_old_address_still_answering_keeps_each_review_single(tmp_path):
    root = copy_sites(tmp_path / "sites", ["quiet-shelf"])
    db, sources = tmp_path / "data" / "archive.db", tmp_path / "sources.yaml"
    with serve_sites(root, slugs=["quiet-shelf"]) as blog:
        old = blog.urls["quiet-shelf"]
        crawl(write_sources(sources, {"quiet-shelf": old}), db)
        before = _counts(db)
        old_pages = {r["url"]: r["warc_file"] for r in rows(db, "select url, warc_file from pages where is_review = 1")}
        for post in (root / "quiet-shelf" / "2025").rglob("index.html"):  # the posts are edited after the move
            post.write_text(post.read_text(encoding="utf-8").replace("</p>", " (Edited.)</p>", 1), encoding="utf-8")
        seen = _answer_tls_too(blog._servers["quiet-shelf"], tmp_path)
        new = old.replace("http://", "https://")
        write_sources(sources, {"quiet-shelf": new}, {"quiet-shelf": f'moved_from: ["{old}/"]'})
        moved = crawl(sources, db)
        assert "reviews new 0" in moved.stdout, moved.stdout
        single = {k: v for k, v in _counts(db).items() if k != "versions"}
        assert single == {k: v for k, v in before.items() if k != "versions"}, "no review doubled"
        assert rows(db, "select count(*) from review_moves")[0][0] == before["reviews"]
        assert seen and set(seen) == {"https"}, "the old http pages are not asked for again"
        crawl(sources, db)
        assert {k: v for k, v in _counts(db).items() if k != "versions"} == single
    assert all(r[0].startswith(new + "/") for r in rows(db, "select url from reviews"))
    kept = {r["url"]: r["warc_file"] for r in rows(db, "select url, warc_file from pages where url like 'http:%' "
                                                   "and is_review = 1")}
    assert kept == old_pages, "the old captures stay"


def _archive_at(tmp_path: Path):
    from archive.store import Archive
    from tests.test_archive import SOURCES

    archive = Archive(tmp_path / "a.db")
    archive.upsert_sources(SOURCES)
    return archive, SOURCES


def test_an_old_address_answering_again_or_a_move_back_makes_no_second_review(tmp_path):
    from archive import moves
    from tests.test_archive import page, review_record

    archive, known = _archive_at(tmp_path)

    def crawl_at(home: str, before: str | None, body: str = "The review.") -> list[tuple]:
        source = SimpleNamespace(slug="alpha", home_url=home, moved_from=[before] if before else [])
        assert not moves.record(archive.db, [source])
        archive.upsert_sources([{**known[0], "home_url": home}])
        crawl_id = archive.start_crawl(["alpha"])
        for url in (home + "post-1", "http://alpha.test/post-1"):  # the old address may still answer
            archive.save_pages([page(crawl_id, url, review_record(url, body=body))])
        sql = "select r.url, p.url from reviews r join pages p on p.id = r.page_id"
        return [tuple(r) for r in archive.db.execute(sql)]

    assert crawl_at("http://alpha.test/", None) == [("http://alpha.test/post-1",) * 2]
    assert crawl_at("https://alpha.example/", "http://alpha.test/") == [("https://alpha.example/post-1",) * 2]
    assert crawl_at("http://alpha.test/", "https://alpha.example/", "Edited.") == [("http://alpha.test/post-1",) * 2]
    assert archive.db.execute("select count(*) from review_versions").fetchone()[0] == 2
    assert archive.db.execute("select count(*) from review_moves").fetchone()[0] == 2
    assert archive.db.execute("select count(*) from pages").fetchone()[0] == 2


def test_a_move_onto_another_blogs_archived_address_is_refused(tmp_path):
    from archive import moves
    from tests.test_archive import page, review_record

    archive, known = _archive_at(tmp_path)
    crawl_id = archive.start_crawl(["alpha", "beta"])
    archive.save_pages([page(crawl_id, "http://beta.test/b1", review_record("http://beta.test/b1"), source="beta")])
    onto_beta = SimpleNamespace(slug="alpha", home_url="http://beta.test/", moved_from=["http://alpha.test/"])
    refused = moves.unconfirmed(archive.path, [onto_beta])["alpha"]
    assert "'alpha'" in refused and "'beta'" in refused and "withdraw" in refused and "http://beta.test/" in refused
    assert moves.record(archive.db, [onto_beta]) == [refused]
    assert archive.db.execute("select count(*) from source_moves").fetchone()[0] == 0
    elsewhere = SimpleNamespace(slug="alpha", home_url="https://alpha.example/", moved_from=["http://alpha.test/"])
    assert moves.unconfirmed(archive.path, [elsewhere]) == {} and moves.record(archive.db, [elsewhere]) == []


def test_a_home_written_with_its_index_file_is_the_same_blog(tmp_path):
    """`home_url: …/` in one crawl and `…/index.html` in the next name the same page: not a move to refuse."""
    root = copy_sites(tmp_path / "sites", ["quiet-shelf"])
    db = tmp_path / "data" / "archive.db"
    sources = tmp_path / "sources.yaml"
    with serve_sites(root) as served:
        crawl(write_sources(sources, dict(served.urls)), db)
        before = _counts(db)
        base = served.urls["quiet-shelf"]
        sources.write_text(sources.read_text().replace(f'"{base}/"', f'"{base}/index.html"'))
        again = shelfmark("crawl", "--sources", str(sources), "--db", str(db), "--no-throttle", "--log-level", "WARNING")
    assert again.returncode == 0, again.stderr[-2000:]
    assert "moved_from" not in again.stderr
    assert _counts(db) == before
    assert rows(db, "select count(*) from source_moves")[0][0] == 0
