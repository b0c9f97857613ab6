"""Load ``config/sources.yaml`` into validated :class:`Source` objects.

Every mistake is reported before any request is made, as one sentence that
names the file, the source and the field, and says what to do.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

PLATFORMS = ("auto", "wordpress", "wordpress-com", "blogger", "substack", "ghost", "joomla", "static")


class SourcesError(Exception):
    """The sources file cannot be used as it is; the message says where and what to fix.

    `valid` holds the sources that have no mistake of their own (empty when the
    file itself is unusable), `invalid` the labels of those that have: a crawl
    goes on with the valid ones and reports the rest.
    """

    def __init__(self, message: str, valid: list["Source"] | None = None, invalid: list[str] | None = None):
        super().__init__(message)
        self.valid = valid or []
        self.invalid = invalid or []


def _check_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) URL with a host; write it like https://example.org/")
    return value


def _check_regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"{value!r} is not a valid regular expression ({exc})") from None
    return value


def _check_selector(value: str) -> str:
    from cssselect import GenericTranslator, SelectorError

    try:
        GenericTranslator().css_to_xpath(value)
    except SelectorError as exc:
        raise ValueError(f"{value!r} is not a valid CSS selector ({exc})") from None
    return value


def _check_schedule(value: str) -> str:
    from .schedule import check_schedule

    check_schedule(value)  # its ScheduleError is a ValueError: reported with the file, source and field
    return value


Url = Annotated[str, AfterValidator(_check_url)]
Schedule = Annotated[str, AfterValidator(_check_schedule)]
Regex = Annotated[str, AfterValidator(_check_regex)]
Selector = Annotated[str, AfterValidator(_check_selector)]


class _Strict(BaseModel):
    # strict: YAML's `yes` is not a page count; names of blanks are not names
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, str_strip_whitespace=True)


class Discovery(_Strict):
    """Where posts are found. Everything here is found automatically when left out."""

    feeds: list[Url] = []
    sitemaps: list[Url] = []
    listings: list[Url] = []
    use_feeds: bool = True
    use_sitemaps: bool = True
    follow_links: bool = True


class Scope(_Strict):
    """Which URLs of the site are crawled at all (regexes searched in the full URL)."""

    include: list[Regex] = []
    exclude: list[Regex] = []


class ReviewRules(_Strict):
    """Hints for telling review posts from the rest; any match marks a review candidate."""

    url_patterns: list[Regex] = []
    categories: list[str] = []
    tags: list[str] = []


class Cleaning(_Strict):
    drop_selectors: list[Selector] = []


class Limits(_Strict):
    max_pages: int = Field(2000, ge=1)
    max_depth: int = Field(6, ge=0)
    max_listing_pages: int = Field(100, ge=1)


class Politeness(_Strict):
    download_delay: float = Field(1.0, ge=0)
    concurrency: int = Field(1, ge=1, le=8)


class GoldenPage(_Strict):
    """A page whose extraction `shelfmark check` keeps an eye on; every field but `url` is optional."""

    url: Url
    is_review: bool | None = None
    book_title: str | None = None
    book_author: str | None = None
    rating: str | None = None  # as the blog writes it ("4/5", "★★★★"), or "none" for a review without one
    contains: list[str] = []  # phrases the clean text must hold
    absent: list[str] = []  # phrases it must not (boilerplate)

    @field_validator("rating")
    @classmethod
    def _rating_reads(cls, value: str | None) -> str | None:
        from .extract.rating import parse_rating

        if value is not None and value.casefold() != "none" and parse_rating(value) is None:
            raise ValueError(f"{value!r} is not a rating Shelfmark reads; write it as the blog does (4/5, ★★★★) or none")
        return value


class Source(_Strict):
    slug: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)]
    name: Annotated[str, Field(min_length=1)]
    home_url: Url
    platform: Literal[PLATFORMS] = "auto"  # type: ignore[valid-type]
    discovery: Discovery = Discovery()
    scope: Scope = Scope()
    reviews: ReviewRules = ReviewRules()
    cleaning: Cleaning = Cleaning()
    limits: Limits = Limits()
    politeness: Politeness = Politeness()
    schedule: Schedule | None = None
    golden: list[GoldenPage] = []
    moved_from: list[Url] = []  # the blog's earlier home addresses: confirms a move (archive/moves.py)
    notes: str | None = None

    @field_validator("home_url")
    @classmethod
    def _home_has_path(cls, value: str) -> str:
        parts = urlsplit(value)
        return value if parts.path else parts._replace(path="/").geturl()

    @model_validator(mode="after")
    def _golden_on_the_site(self) -> "Source":
        for page in self.golden:
            if urlsplit(page.url).netloc.lower() != self.netloc:
                raise ValueError(f"golden page {page.url!r} is not on {self.netloc}; list only this blog's pages")
        return self

    @field_validator("moved_from")
    @classmethod
    def _moved_from_elsewhere(cls, value: list[str], info: ValidationInfo) -> list[str]:
        home = info.data.get("home_url")
        if value and home:
            from archive.moves import site_base

            for url in value:
                if site_base(url) == site_base(home):
                    raise ValueError(f"{url!r} is the home_url's own site; list only the blog's earlier addresses")
        return value

    @property
    def netloc(self) -> str:
        return urlsplit(self.home_url).netloc.lower()


class SourcesFile(_Strict):
    sources: list[Source]


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key given twice in one mapping (YAML would keep the last silently)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"the key {key!r} is given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def _describe(error: dict[str, Any], raw: Any) -> tuple[str, str]:
    """Turn one pydantic error into (source label, dotted field path)."""
    loc = list(error["loc"])
    label = "the file"
    if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
        index = loc[1]
        label = f"source #{index + 1}"
        try:
            slug = raw["sources"][index].get("slug")
        except (KeyError, IndexError, TypeError, AttributeError):
            slug = None
        if slug:
            label = f"source {slug!r}"
        loc = loc[2:]
    field = ".".join(str(p) for p in loc if not str(p).startswith("function-")) or "(whole entry)"
    return label, field


def _message(error: dict[str, Any]) -> str:
    msg = error["msg"]
    if error["type"] == "extra_forbidden":
        return "is not a known field; check its spelling against the README's list of fields"
    if error["type"] == "missing":
        return "is required"
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    if error["type"] == "literal_error":
        return f"must be one of: {', '.join(PLATFORMS)}"
    return msg[0].lower() + msg[1:]


def parse_sources(text: str, path: str = "<string>") -> list[Source]:
    try:
        raw = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise SourcesError(f"{path}: YAML syntax error{where}: {getattr(exc, 'problem', exc)}; fix the indentation or quoting there") from None
    if not isinstance(raw, dict) or "sources" not in raw:
        raise SourcesError(f"{path}: expected a mapping with a 'sources:' list at the top; see config/sources.yaml for the layout")
    if raw["sources"] in (None, []):
        raise SourcesError(f"{path}: the 'sources:' list is empty; add at least one source with a slug, a name and a home_url")
    lines: list[str] = []
    bad: set[int] = set()  # positions of the sources with a mistake of their own
    try:
        sources: list[Source | None] = list(SourcesFile.model_validate(raw).sources)
    except ValidationError as exc:
        whole_file = False
        for error in exc.errors():
            label, field = _describe(error, raw)
            lines.append(f"{path}: {label}: field '{field}' {_message(error)}")
            loc = error["loc"]
            if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
                bad.add(loc[1])
            else:
                whole_file = True  # a mistake of the file itself: nothing in it can be trusted
        if whole_file:
            raise SourcesError("\n".join(lines)) from None
        sources = [None if i in bad else Source.model_validate(entry) for i, entry in enumerate(raw["sources"])]
    seen: dict[str, int] = {}
    for index, source in enumerate(sources):
        if source is None:
            continue
        if source.slug in seen:  # the first keeps the slug
            lines.append(f"{path}: source #{index + 1}: field 'slug' {source.slug!r} is already used by source "
                         f"#{seen[source.slug] + 1}; slugs must be unique")
            bad.add(index)
        else:
            seen[source.slug] = index
    if lines:
        raise SourcesError("\n".join(lines), valid=[s for i, s in enumerate(sources) if s is not None and i not in bad],
                           invalid=[_slug_or_position(raw["sources"][i], i) for i in sorted(bad)])
    return sources  # type: ignore[return-value]


def _slug_or_position(entry: Any, index: int) -> str:
    slug = entry.get("slug") if isinstance(entry, dict) else None
    return slug if isinstance(slug, str) and slug else f"#{index + 1}"


def load_sources(path: str | Path) -> list[Source]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such file; pass --sources with the path of your sources.yaml") from None
    except UnicodeDecodeError as exc:
        raise SourcesError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8") from None
    except OSError as exc:
        raise SourcesError(f"{path}: cannot be read ({exc.strerror}); pass --sources with the path of a readable sources.yaml") from None
    return parse_sources(text, str(path))


def select_sources(sources: list[Source], slugs: list[str] | tuple[str, ...], path: str = "sources.yaml") -> list[Source]:
    if not slugs:
        return list(sources)
    by_slug = {s.slug: s for s in sources}
    unknown = [s for s in slugs if s not in by_slug]
    if unknown:
        raise SourcesError(f"{path}: no source with slug {', '.join(map(repr, unknown))}; known: {', '.join(by_slug)}")
    return [by_slug[s] for s in slugs]
