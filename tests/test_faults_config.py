"""Fault suite, 3: bad configuration.

Every kind of mistake in a sources file gives one line naming the file, the
source and the field; a source with a mistake is left out and reported while
the good ones are crawled (the run then exits non-zero); a mistake of the file
itself (YAML syntax, an unknown top-level key) stops the run before any request.
The crawls here are real: `shelfmark crawl` in a subprocess against a demo blog
served on 127.0.0.1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scraper.sources import SourcesError, parse_sources
from shelfmark.demo.server import serve_sites
from tests.archivist_sites import closed_port, copy_sites, rows, shelfmark, write_sources

PATH = "conf/sources.yaml"
GOOD = """\
  - slug: good-one
    name: Good One
    home_url: https://good.example/
"""

# (a source with one mistake, the field the message must name)
BAD_SOURCES = {
    "unknown-key": ("    colour: teal\n", "colour"),
    "wrong-type": ("    limits: {max_pages: lots}\n", "limits.max_pages"),
    "bad-pattern": ("    scope: {exclude: ['/tag/(']}\n", "scope.exclude.0"),
    "bad-review-pattern": ("    reviews: {url_patterns: ['[a-']}\n", "reviews.url_patterns.0"),
    "bad-selector": ("    cleaning: {drop_selectors: ['div[']}\n", "cleaning.drop_selectors.0"),
    "bad-url": ("    discovery: {feeds: ['ftp://bad.example/feed']}\n", "discovery.feeds.0"),
    "bad-schedule": ("    schedule: every other tuesday\n", "schedule"),
    "bad-platform": ("    platform: tumblr\n", "platform"),
    "too-fast": ("    politeness: {concurrency: 50}\n", "politeness.concurrency"),
    "bool-as-number": ("    limits: {max_depth: yes}\n", "limits.max_depth"),
}


def bad_source(slug: str, extra: str, home: str = "https://bad.example/") -> str:
    return f"  - slug: {slug}\n    name: {slug.title()}\n    home_url: {home}\n{extra}"


# -- the loader: a bad source never hides the good ones ------------------------


@pytest.mark.parametrize("slug", sorted(BAD_SOURCES))
def test_a_source_with_a_mistake_is_reported_and_the_good_ones_kept(slug):
    extra, field = BAD_SOURCES[slug]
    text = "sources:\n" + GOOD + bad_source(slug, extra) + GOOD.replace("good-one", "good-two")
    with pytest.raises(SourcesError) as info:
        parse_sources(text, PATH)
    message = str(info.value)
    assert "\n" not in message, message
    assert message.startswith(f"{PATH}: source '{slug}': field '{field}' "), message
    assert [s.slug for s in info.value.valid] == ["good-one", "good-two"]
    assert info.value.invalid == [slug]


def test_every_mistake_of_every_source_gets_its_own_line():
    text = "sources:\n" + GOOD + "".join(bad_source(slug, extra) for slug, (extra, _) in BAD_SOURCES.items())
    with pytest.raises(SourcesError) as info:
        parse_sources(text, PATH)
    lines = str(info.value).splitlines()
    assert len(lines) == len(BAD_SOURCES)
    for line, (slug, (_, field)) in zip(lines, BAD_SOURCES.items()):
        assert line.startswith(f"{PATH}: source '{slug}': field '{field}' "), line
    assert [s.slug for s in info.value.valid] == ["good-one"]
    assert sorted(info.value.invalid) == sorted(BAD_SOURCES)


def test_a_duplicate_slug_keeps_the_first_and_reports_the_second():
    text = "sources:\n" + GOOD + GOOD.replace("Good One", "Copy") + GOOD.replace("good-one", "good-two")
    with pytest.raises(SourcesError) as info:
        parse_sources(text, PATH)
    assert str(info.value) == (f"{PATH}: source #2: field 'slug' 'good-one' is already used by source #1; "
                               "slugs must be unique")
    assert [(s.slug, s.name) for s in info.value.valid] == [("good-one", "Good One"), ("good-two", "Good One")]


def test_a_source_without_a_usable_slug_is_named_by_position():
    text = "sources:\n" + GOOD + "  - name: Nameless\n    home_url: https://x.example/\n"
    with pytest.raises(SourcesError) as info:
        parse_sources(text, PATH)
    assert str(info.value) == f"{PATH}: source #2: field 'slug' is required"
    assert info.value.invalid == ["#2"] and [s.slug for s in info.value.valid] == ["good-one"]


@pytest.mark.parametrize(
    "text, start",
    [
        ("sources:\n" + GOOD + "  - slug: b\n   name: B\n", f"{PATH}: YAML syntax error at line "),
        ("sources:\n" + GOOD + "defaults: {platform: ghost}\n", f"{PATH}: the file: field 'defaults' "),
        ("sources: {good-one: https://good.example/}\n", f"{PATH}: the file: field 'sources' "),
    ],
    ids=["yaml-syntax", "unknown-top-level-key", "sources-not-a-list"],
)
def test_a_mistake_of_the_whole_file_keeps_nothing(text, start):
    with pytest.raises(SourcesError) as info:
        parse_sources(text, PATH)
    assert str(info.value).startswith(start), str(info.value)
    assert info.value.valid == []


# -- the crawl: bad sources reported, good ones crawled, exit status 1 -----------


@pytest.fixture()
def served(tmp_path):
    with serve_sites(copy_sites(tmp_path / "sites", ["quiet-shelf"])) as servers:
        yield servers


def test_crawl_goes_on_with_the_good_sources_and_fails_at_the_end(tmp_path, served):
    sources = write_sources(tmp_path / "sources.yaml", dict(served.urls))
    port = closed_port()
    with open(sources, "a", encoding="utf-8") as out:
        out.write(bad_source("wrong-type", BAD_SOURCES["wrong-type"][0]))
        out.write(bad_source("bad-pattern", BAD_SOURCES["bad-pattern"][0]))
        out.write(bad_source("gone-away", "", home=f"http://127.0.0.1:{port}/"))
    db = tmp_path / "archive.db"
    result = shelfmark("crawl", "--sources", str(sources), "--db", str(db), "--no-throttle", "--log-level", "ERROR")

    assert result.returncode == 1, result.stderr[-3000:]
    lines = [line for line in result.stderr.splitlines() if line.startswith(f"{sources}: source ")]
    assert len(lines) == 3, result.stderr[-3000:]
    assert lines[0].startswith(f"{sources}: source 'wrong-type': field 'limits.max_pages' ")
    assert lines[1].startswith(f"{sources}: source 'bad-pattern': field 'scope.exclude.0' '/tag/(' is not a valid regular expression")
    assert lines[2].startswith(f"{sources}: source 'gone-away': field 'home_url' http://127.0.0.1:{port}/ could not be reached (")
    assert "check the address" in lines[2]
    assert "Error: 3 mistakes to fix, listed above" in result.stderr

    # the good source was crawled in full; the bad ones never reached the archive
    assert {r[0] for r in rows(db, "select slug from sources")} == {"quiet-shelf", "gone-away"}
    gold = json.loads((Path(__file__).parent / "fixtures" / "demo_gold.json").read_text(encoding="utf-8"))["quiet-shelf"]
    assert rows(db, "select count(*) from reviews where source_slug = 'quiet-shelf'")[0][0] == sum(
        1 for page in gold.values() if page["is_review"])
    status = dict(rows(db, "select source_slug, status from crawl_sources"))
    assert status == {"quiet-shelf": "finished", "gone-away": "failed"}


def test_crawl_of_a_named_bad_source_crawls_nothing_else(tmp_path, served):
    sources = write_sources(tmp_path / "sources.yaml", dict(served.urls))
    with open(sources, "a", encoding="utf-8") as out:
        out.write(bad_source("unknown-key", BAD_SOURCES["unknown-key"][0]))
    db = tmp_path / "archive.db"
    result = shelfmark("crawl", "unknown-key", "--sources", str(sources), "--db", str(db), "--log-level", "ERROR")
    assert result.returncode == 1
    assert f"{sources}: source 'unknown-key': field 'colour' is not a known field" in result.stderr
    assert "not crawling unknown-key" in result.stderr and "no valid source to crawl" in result.stdout
    assert served.requests == [], "nothing was fetched"


@pytest.mark.parametrize(
    "tail", ["  - slug: broken\n   name: Broken\n", "defaults: {platform: ghost}\n"], ids=["yaml-syntax", "unknown-top-level-key"])
def test_a_broken_file_stops_the_crawl_before_any_request(tmp_path, served, tail):
    sources = write_sources(tmp_path / "sources.yaml", dict(served.urls))
    with open(sources, "a", encoding="utf-8") as out:
        out.write(tail)
    db = tmp_path / "archive.db"
    result = shelfmark("crawl", "--sources", str(sources), "--db", str(db), "--log-level", "ERROR")
    assert result.returncode == 1
    (line,) = [line for line in result.stderr.splitlines() if line.strip()]
    assert line.startswith(f"Error: {sources}: "), result.stderr
    assert served.requests == [] and not Path(db).exists()
