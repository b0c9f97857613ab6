"""scraper.sources: loading sources.yaml into Source objects, and the messages for every mistake."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from scraper.sources import (
    PLATFORMS,
    Source,
    SourcesError,
    SourcesFile,
    load_sources,
    parse_sources,
    select_sources,
)

ROOT = Path(__file__).resolve().parent.parent
PATH = "conf/my-sources.yaml"

MINIMAL = """\
sources:
  - slug: quiet-shelf
    name: The Quiet Shelf
    home_url: https://quietshelf.example
"""

FULL = """\
sources:
  - slug: quiet-shelf
    name: The Quiet Shelf
    home_url: https://quietshelf.example/
    platform: ghost
    discovery:
      feeds: [https://quietshelf.example/rss/]
      sitemaps: [https://quietshelf.example/sitemap.xml]
      use_sitemaps: false
    scope:
      include: ['/reviews/']
      exclude: ['/reviews/drafts/']
    reviews:
      url_patterns: ['/reviews/\\d+']
      categories: [Reviews]
      tags: [book review]
    cleaning:
      drop_selectors: ['.gh-post-footer', 'div.tip-jar > p']
    limits: {max_pages: 50, max_depth: 2, max_listing_pages: 5}
    politeness: {download_delay: 2.5, concurrency: 2}
    schedule: weekly
    notes: Ghost blog, Casper theme.
  - slug: lantern-reads
    name: Lantern Reads
    home_url: http://lanternreads.example/blog/
"""


def source_yaml(**fields) -> str:
    """One source with the required fields, plus `fields` as raw YAML lines (key: yaml text)."""
    lines = ["sources:", "  - slug: quiet-shelf", "    name: The Quiet Shelf", "    home_url: https://quietshelf.example/"]
    for key, value in fields.items():
        lines.append(f"    {key}: {value}")
    return "\n".join(lines) + "\n"


def error_of(text: str) -> str:
    with pytest.raises(SourcesError) as info:
        parse_sources(text, PATH)
    return str(info.value)


def assert_one_message(message: str, *, source: str, field: str) -> None:
    """One line that names the file, the source and the field."""
    assert "\n" not in message, message
    assert message.startswith(f"{PATH}: "), message
    assert source in message, message
    assert f"'{field}'" in message, message


# -- valid files --------------------------------------------------------------


def test_minimal_source_gets_defaults():
    [source] = parse_sources(MINIMAL, PATH)
    assert isinstance(source, Source)
    assert source.slug == "quiet-shelf"
    assert source.name == "The Quiet Shelf"
    assert source.home_url == "https://quietshelf.example/"  # a bare host gets its "/" path
    assert source.netloc == "quietshelf.example"
    assert source.platform == "auto"
    assert source.discovery.feeds == [] and source.discovery.sitemaps == [] and source.discovery.listings == []
    assert source.discovery.use_feeds and source.discovery.use_sitemaps and source.discovery.follow_links
    assert source.scope.include == [] and source.scope.exclude == []
    assert source.reviews.url_patterns == [] and source.reviews.categories == [] and source.reviews.tags == []
    assert source.cleaning.drop_selectors == []
    assert (source.limits.max_pages, source.limits.max_depth, source.limits.max_listing_pages) == (2000, 6, 100)
    assert source.politeness.download_delay == 1.0 and source.politeness.concurrency == 1
    assert source.schedule is None and source.notes is None


def test_full_source_keeps_every_field():
    ghost, lantern = parse_sources(FULL, PATH)
    assert ghost.platform == "ghost"
    assert ghost.discovery.feeds == ["https://quietshelf.example/rss/"]
    assert ghost.discovery.use_sitemaps is False and ghost.discovery.use_feeds is True
    assert ghost.scope.include == ["/reviews/"] and ghost.scope.exclude == ["/reviews/drafts/"]
    assert ghost.reviews.url_patterns == [r"/reviews/\d+"]
    assert ghost.reviews.tags == ["book review"]
    assert ghost.cleaning.drop_selectors == [".gh-post-footer", "div.tip-jar > p"]
    assert (ghost.limits.max_pages, ghost.limits.max_depth, ghost.limits.max_listing_pages) == (50, 2, 5)
    assert ghost.politeness.download_delay == 2.5 and ghost.politeness.concurrency == 2
    assert ghost.schedule == "weekly" and ghost.notes.startswith("Ghost")
    assert lantern.home_url == "http://lanternreads.example/blog/"
    assert lantern.platform == "auto"


def test_sources_are_frozen():
    [source] = parse_sources(MINIMAL, PATH)
    with pytest.raises(Exception):
        source.slug = "other"  # type: ignore[misc]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_platform_name_is_accepted(platform):
    [source] = parse_sources(source_yaml(platform=platform), PATH)
    assert source.platform == platform


# -- YAML and layout mistakes -------------------------------------------------


def test_yaml_syntax_error_names_file_and_line():
    text = "sources:\n  - slug: quiet-shelf\n    name: The Quiet Shelf\n   home_url: https://quietshelf.example/\n"
    message = error_of(text)
    assert message.startswith(f"{PATH}: YAML syntax error")
    assert "line 4" in message, message


def test_yaml_unclosed_bracket_names_its_line():
    message = error_of("sources:\n  - slug: a\n    name: A\n    home_url: https://a.example/\n    scope: {include: ['/x/'\n")
    assert message.startswith(f"{PATH}: YAML syntax error at line ")
    line = int(re.search(r"at line (\d+)", message).group(1))
    assert line >= 5


@pytest.mark.parametrize("text", ["", "# only a comment\n", "- slug: a\n- slug: b\n", "source:\n  - slug: a\n", "just words\n"])
def test_missing_sources_key(text):
    message = error_of(text)
    assert message.startswith(f"{PATH}: ")
    assert "'sources:'" in message


def test_sources_not_a_list():
    message = error_of("sources: 5\n")
    assert_one_message(message, source="the file", field="sources")


def test_unknown_top_level_key():
    message = error_of(MINIMAL + "defaults:\n  platform: ghost\n")
    assert_one_message(message, source="the file", field="defaults")
    assert "not a known field" in message


def test_source_entry_that_is_not_a_mapping():
    message = error_of("sources:\n  - just a string\n")
    assert_one_message(message, source="source #1", field="(whole entry)")


# -- field mistakes -----------------------------------------------------------


def test_unknown_key_in_a_source():
    message = error_of(source_yaml(colour="teal"))
    assert_one_message(message, source="source 'quiet-shelf'", field="colour")
    assert "README" in message


@pytest.mark.parametrize(
    "section, body, field",
    [
        ("scope", "{inclde: ['/x/']}", "scope.inclde"),
        ("limits", "{max_page: 10}", "limits.max_page"),
        ("discovery", "{feed: [https://quietshelf.example/rss]}", "discovery.feed"),
        ("politeness", "{delay: 3}", "politeness.delay"),
    ],
)
def test_unknown_nested_key(section, body, field):
    message = error_of(source_yaml(**{section: body}))
    assert_one_message(message, source="source 'quiet-shelf'", field=field)
    assert "not a known field" in message


@pytest.mark.parametrize(
    "key, value, field",
    [
        ("limits", "{max_pages: lots}", "limits.max_pages"),
        ("limits", "{max_depth: -1}", "limits.max_depth"),
        ("limits", "{max_listing_pages: 0}", "limits.max_listing_pages"),
        ("politeness", "{concurrency: 9}", "politeness.concurrency"),
        ("politeness", "{download_delay: -0.5}", "politeness.download_delay"),
        ("discovery", "{use_feeds: sometimes}", "discovery.use_feeds"),
        ("discovery", "{feeds: https://quietshelf.example/rss/}", "discovery.feeds"),
        ("reviews", "{tags: 5}", "reviews.tags"),
        ("scope", "[/reviews/]", "scope"),
        ("schedule", "[weekly]", "schedule"),
    ],
)
def test_wrong_types_and_ranges(key, value, field):
    message = error_of(source_yaml(**{key: value}))
    assert_one_message(message, source="source 'quiet-shelf'", field=field)


def test_wrong_type_for_slug_uses_the_index_when_no_usable_slug():
    message = error_of("sources:\n  - slug: no\n    name: A\n    home_url: https://a.example/\n")
    # YAML reads `no` as false: a falsy slug cannot label the source, so its position does
    assert_one_message(message, source="source #1", field="slug")


@pytest.mark.parametrize(
    "url",
    ["ftp://quietshelf.example/", "https:///reviews/", "quietshelf.example", "mailto:me@quietshelf.example", "/relative/path/"],
)
def test_bad_home_url(url):
    message = error_of(
        f"sources:\n  - slug: quiet-shelf\n    name: The Quiet Shelf\n    home_url: '{url}'\n"
    )
    assert_one_message(message, source="source 'quiet-shelf'", field="home_url")
    assert "http(s) URL" in message


def test_bad_url_in_a_list_names_its_position():
    message = error_of(source_yaml(discovery="{sitemaps: ['https://quietshelf.example/sitemap.xml', 'ftp://quietshelf.example/s.xml']}"))
    assert_one_message(message, source="source 'quiet-shelf'", field="discovery.sitemaps.1")


def test_bad_regex():
    message = error_of(source_yaml(scope="{exclude: ['/tag/(']}"))
    assert_one_message(message, source="source 'quiet-shelf'", field="scope.exclude.0")
    assert "regular expression" in message


def test_bad_regex_in_review_rules():
    message = error_of(source_yaml(reviews="{url_patterns: ['[a-']}"))
    assert_one_message(message, source="source 'quiet-shelf'", field="reviews.url_patterns.0")


@pytest.mark.parametrize("selector", ["div[", ".tip-jar >", "p::::x", "#"])
def test_bad_css_selector(selector):
    message = error_of(source_yaml(cleaning=f"{{drop_selectors: ['.fine', '{selector}']}}"))
    assert_one_message(message, source="source 'quiet-shelf'", field="cleaning.drop_selectors.1")
    assert "CSS selector" in message


def test_bad_platform_lists_the_choices():
    message = error_of(source_yaml(platform="tumblr"))
    assert_one_message(message, source="source 'quiet-shelf'", field="platform")
    for name in PLATFORMS:
        assert name in message


def test_duplicate_slugs():
    text = MINIMAL + "  - slug: quiet-shelf\n    name: Another Shelf\n    home_url: https://another.example/\n"
    message = error_of(text)
    assert_one_message(message, source="source #2", field="slug")
    assert "source #1" in message and "unique" in message


@pytest.mark.parametrize("slug", ["Quiet-Shelf", "quiet_shelf", "quiet shelf", "-quiet", "quiet.shelf", "x" * 65])
def test_bad_slug_characters(slug):
    message = error_of(f"sources:\n  - slug: '{slug}'\n    name: A\n    home_url: https://a.example/\n")
    assert_one_message(message, source=f"source {slug!r}", field="slug")


def test_empty_name():
    message = error_of("sources:\n  - slug: quiet-shelf\n    name: ''\n    home_url: https://a.example/\n")
    assert_one_message(message, source="source 'quiet-shelf'", field="name")


@pytest.mark.parametrize("missing", ["slug", "name", "home_url"])
def test_missing_required_field(missing):
    fields = {"slug": "quiet-shelf", "name": "The Quiet Shelf", "home_url": "https://a.example/"}
    del fields[missing]
    text = "sources:\n  - " + "\n    ".join(f"{k}: {v}" for k, v in fields.items()) + "\n"
    message = error_of(text)
    label = "source #1" if missing == "slug" else "source 'quiet-shelf'"
    assert_one_message(message, source=label, field=missing)
    assert "is required" in message


def test_second_source_is_labelled_by_its_own_slug():
    text = MINIMAL + "  - slug: lantern-reads\n    name: Lantern Reads\n    home_url: https://lantern.example/\n    platform: myspace\n"
    message = error_of(text)
    assert_one_message(message, source="source 'lantern-reads'", field="platform")
    assert "quiet-shelf" not in message


def test_several_mistakes_give_one_line_each():
    text = source_yaml(platform="tumblr", limits="{max_pages: 0}")
    message = error_of(text)
    lines = message.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"{PATH}: source 'quiet-shelf': field '") for line in lines)
    assert {"platform", "limits.max_pages"} == {re.search(r"field '([^']+)'", line).group(1) for line in lines}


# -- files ----------------------------------------------------------------------


def test_load_sources_reads_a_file(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(FULL, encoding="utf-8")
    assert [s.slug for s in load_sources(path)] == ["quiet-shelf", "lantern-reads"]


def test_load_sources_reports_errors_with_the_real_path(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(source_yaml(platform="tumblr"), encoding="utf-8")
    with pytest.raises(SourcesError) as info:
        load_sources(path)
    assert str(info.value).startswith(f"{path}: source 'quiet-shelf': field 'platform'")


def test_load_sources_missing_file(tmp_path):
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(SourcesError) as info:
        load_sources(path)
    message = str(info.value)
    assert message.startswith(str(path)) and "no such file" in message


def test_load_sources_non_utf8_file(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(MINIMAL.replace("The Quiet Shelf", "Café Lectures").encode("latin-1"))
    with pytest.raises(SourcesError) as info:
        load_sources(path)
    message = str(info.value)
    assert message.startswith(str(path)) and "not UTF-8" in message
    assert "UTF-8" in message.split(";")[-1]  # says what to do


# -- selecting ------------------------------------------------------------------


def test_select_sources():
    sources = parse_sources(FULL, PATH)
    assert select_sources(sources, []) == sources
    assert select_sources(sources, ()) is not sources  # a copy
    assert [s.slug for s in select_sources(sources, ["lantern-reads"])] == ["lantern-reads"]
    assert [s.slug for s in select_sources(sources, ("lantern-reads", "quiet-shelf"))] == ["lantern-reads", "quiet-shelf"]


def test_select_unknown_slugs_names_them_and_the_known_ones():
    sources = parse_sources(FULL, PATH)
    with pytest.raises(SourcesError) as info:
        select_sources(sources, ["quiet-shelf", "nope", "also-nope"], path=PATH)
    message = str(info.value)
    assert message.startswith(f"{PATH}: ")
    assert "'nope'" in message and "'also-nope'" in message
    assert "known: quiet-shelf, lantern-reads" in message


# -- the shipped file and the README -------------------------------------------


def test_shipped_sources_file_loads():
    sources = load_sources(ROOT / "config" / "sources.yaml")
    assert sources, "config/sources.yaml lists no sources"
    for source in sources:
        assert source.home_url.startswith(("http://", "https://"))


def _model_field_names(model: type[BaseModel], seen: set | None = None) -> set[str]:
    """Every field name of `model` and of the models nested in it (through lists and optionals)."""
    seen = seen if seen is not None else set()
    if model in seen:
        return set()
    seen.add(model)
    names: set[str] = set()
    for name, info in model.model_fields.items():
        names.add(name)
        stack = [info.annotation]
        while stack:
            annotation = stack.pop()
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                names |= _model_field_names(annotation, seen)
            stack.extend(typing.get_args(annotation))
    return names


def test_field_walker_finds_nested_fields():
    names = _model_field_names(SourcesFile)
    assert {"sources", "slug", "home_url", "drop_selectors", "max_pages", "concurrency", "use_feeds", "url_patterns"} <= names


def test_every_field_is_documented_in_readme():
    readme = ROOT / "README.md"
    assert readme.exists(), "README.md is missing; it must list every sources.yaml field"
    text = readme.read_text(encoding="utf-8")
    # a field may be written alone (`slug`) or under its section (`limits.max_pages`)
    missing = sorted(name for name in _model_field_names(SourcesFile) if f"`{name}`" not in text and f".{name}`" not in text)
    assert not missing, f"README.md does not mention these sources.yaml fields in backticks: {missing}"
