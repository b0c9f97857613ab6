"""The ``shelfmark`` command: crawl, status, reextract, check, withdraw, changes, serve, extract, demo, export.

Inside, named exceptions (``SourcesError``, ``ArchiveError``, ``ServeError``);
here at the edge, each becomes one sentence with what to do next.
"""

from __future__ import annotations

import json
import sys
from contextlib import closing
from pathlib import Path

import click

from shelfmark.report import existing_archive as _existing_archive
from shelfmark.report import print_summary as _print_summary

DEFAULT_SOURCES = "config/sources.yaml"
DEFAULT_DB = "data/shelfmark.db"


# The errors a command reports as one clear message, named by where each is defined rather than imported: importing
# them all made every command import Scrapy and Twisted first (scraper.run: ~1.2 s of CPU before `status` or `export`
# did anything). tests/test_cli.py checks that each name still finds its class.
REPORTED_ERRORS = frozenset({
    "archive.captures.CaptureError", "archive.serve.ServeError", "archive.crawls.ArchiveError",
    "archive.versions.VersionError", "archive.withdraw.WithdrawError", "scraper.golden.GoldenError",
    "scraper.locks.SourceBusy", "scraper.run.CrawlRefused", "scraper.sources.SourcesError",
})


def reported(exc: BaseException) -> bool:
    """One of our named errors (or a subclass): shown as a message, not a traceback."""
    return any(f"{cls.__module__}.{cls.__qualname__}" in REPORTED_ERRORS for cls in type(exc).__mro__)


class _Friendly(click.Group):
    """Turn our named errors into click errors (exit 1, one clear message)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            if reported(exc):
                raise click.ClickException(str(exc)) from None
            raise


@click.group(cls=_Friendly)
@click.version_option(package_name="shelfmark")
def main() -> None:
    """Shelfmark: an archive of book-review blogs.

    Crawl the blogs in a sources file, keep their clean reviews in SQLite,
    and browse them with Datasette.
    """


@main.command()
@click.argument("slugs", nargs=-1)
@click.option("--sources", "sources_path", default=DEFAULT_SOURCES, show_default=True, help="The sources file.")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The archive (SQLite file); created if missing.")
@click.option("--log-level", default="INFO", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]),
              help="For Shelfmark's own messages; Scrapy's say only warnings and errors unless --verbose.")
@click.option("-v", "--verbose", is_flag=True,
              help="Also show Scrapy's own log (settings, middlewares, stats) at --log-level.")
@click.option("--no-throttle", is_flag=True, help="Lift delays and AutoThrottle (robots.txt still obeyed). Only for sites you serve yourself, such as a local mirror.")
@click.option("--due", is_flag=True, help="Crawl only the sources whose schedule says they are due (for cron or a systemd timer); sources another run is crawling are skipped.")
@click.option("--warc-size", default=1000.0, show_default=True, type=click.FloatRange(min=0.01), help="Start a new WARC file once one passes this many MB.")
def crawl(slugs: tuple[str, ...], sources_path: str, db: str, log_level: str, verbose: bool, no_throttle: bool,
          due: bool, warc_size: float) -> None:
    """Crawl the sources (all, or the SLUGS given) into the archive.

    Polite by default: robots.txt obeyed, one request at a time per blog with
    AutoThrottle, and an honest User-Agent. Each run leaves a row in `crawls`
    and one per source in `crawl_sources`. A re-crawl asks only for what
    changed; a crawl that was stopped is resumed by the next run.
    """
    from scraper.sources import select_sources

    sources, wanted, mistakes = _valid_sources(sources_path, slugs)
    sources = select_sources(sources, wanted, sources_path) if wanted or not slugs else []
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    if sources and not due:  # refused at once, not after the seconds Scrapy and the workers take to start
        from scraper.locks import refuse_held

        refuse_held(db, [s.slug for s in sources])
    from scraper.run import run_crawl

    if due:
        from shelfmark.status import due_sources

        sources, skipped = due_sources(sources, db)
        for slug, why in skipped.items():
            click.echo(f"  {slug}: {why}")
        if not sources:
            click.echo("nothing is due")
            _fail_on(mistakes)
            return
    from archive.moves import unconfirmed

    moved = unconfirmed(db, sources, sources_path)  # a blog at a new address: refused until moved_from confirms it
    mistakes += [click.echo(line, err=True) or line for line in moved.values()]
    sources = [s for s in sources if s.slug not in moved]
    summary = run_crawl(sources, db, log_level=log_level, fast=no_throttle, progress=sys.stderr, skip_busy=due,
                        verbose=verbose,
                        overrides={"SHELFMARK_WARC_MAX_BYTES": int(warc_size * 1_000_000)}) if sources else None
    if summary is None:
        click.echo("every due source is being crawled by another run; nothing to do" if sources else "no valid source to crawl")
    else:
        _print_summary(summary, db)
        by_slug = {s.slug: s for s in sources}
        for slug, counts in summary.per_source.items():
            if counts.get("home_error"):
                mistakes.append(f"{sources_path}: source {slug!r}: field 'home_url' {by_slug[slug].home_url} could not be "
                                f"reached ({counts['home_error']}); check the address, or whether the blog is up")
                click.echo(mistakes[-1], err=True)
    _fail_on(mistakes)


def _valid_sources(sources_path: str, slugs: tuple[str, ...]):
    """The sources without a mistake, the `slugs` asked for among them, and one line per mistake (shown).

    A source with a mistake is left out and reported; the others are crawled,
    and the run ends with a non-zero exit status. A mistake of the whole file stops it.
    """
    from scraper.sources import SourcesError, load_sources

    try:
        return load_sources(sources_path), slugs, []
    except SourcesError as exc:
        if not exc.valid:
            raise
        mistakes = str(exc).splitlines()
        for line in mistakes:
            click.echo(line, err=True)
        skipped = [slug for slug in exc.invalid if not slugs or slug in slugs]
        click.echo(f"{sources_path}: not crawling {', '.join(skipped)} until the mistakes above are fixed; "
                   f"the other sources are crawled" if skipped else f"{sources_path}: the sources asked for have no mistake; "
                   "they are crawled", err=True)
        return exc.valid, tuple(s for s in slugs if s not in skipped), mistakes


def _fail_on(mistakes: list[str]) -> None:
    if mistakes:
        raise click.ClickException(f"{len(mistakes)} mistake{'s' if len(mistakes) != 1 else ''} to fix, listed above")


@main.command()
@click.option("--sources", "sources_path", default=DEFAULT_SOURCES, show_default=True, help="The sources file (for schedules).")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The archive.")
def status(sources_path: str, db: str) -> None:
    """Each source's last crawl, its result, and when it is next due."""
    from scraper.sources import SourcesError, load_sources
    from shelfmark.status import status_lines

    # (no archive yet is a first run to come: every source reads "never" and is due now; nothing is created)
    try:
        sources, mistakes = load_sources(sources_path), []
    except SourcesError as exc:
        if not exc.valid:
            raise
        sources, mistakes = exc.valid, str(exc).splitlines()  # the good sources' table, then what to fix
    for line in status_lines(sources, db, sources_path=sources_path):
        click.echo(line)
    for line in mistakes:
        click.echo(line, err=True)
    _fail_on(mistakes)


@main.command()
@click.argument("slugs", nargs=-1)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The archive.")
@click.option("--sources", "sources_path", default=DEFAULT_SOURCES, show_default=True, help="The sources file (for per-source cleaning); skipped if missing.")
@click.option("--all", "everything", is_flag=True, help="Re-extract every archived page, not only those an older extractor made.")
def reextract(slugs: tuple[str, ...], db: str, sources_path: str, everything: bool) -> None:
    """Rebuild pages and reviews from the archived WARC captures, without the network.

    Run it after the cleaner improved: each row records the extractor version
    that produced it. SLUGS limits it to some sources.
    """
    from scraper.reextract import reextract as run_reextract
    from scraper.sources import load_sources

    _existing_archive(db)
    sources = load_sources(sources_path) if Path(sources_path).exists() else []
    if slugs:
        import sqlite3

        try:
            with closing(sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True)) as conn:
                archived = {row[0] for row in conn.execute("select distinct source_slug from pages")}
        except sqlite3.DatabaseError as exc:
            raise click.ClickException(f"{db}: not a Shelfmark archive ({exc}); pass --db with the path of your archive")
        unknown = [slug for slug in slugs if slug not in archived]
        if unknown:
            raise click.ClickException(f"{db}: no pages archived for source {', '.join(map(repr, unknown))}; "
                                       f"the archive holds {', '.join(sorted(archived)) or 'no source yet'}")
    summary = run_reextract(db, sources, slugs=list(slugs), everything=everything)
    outcomes = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(summary.outcomes.items()))
    click.echo(f"re-extracted {summary.pages} pages and {summary.versions} older versions from WARC ({outcomes or 'nothing to do'})")
    if summary.unreadable:
        # not a success: those pages keep what an older extractor made of them (exit 1, for cron and scripts)
        tried = summary.pages + summary.versions + len(summary.unreadable)
        why = "; ".join(f"{count}: {reason}" for reason, count in summary.why_unreadable.most_common())
        raise click.ClickException(f"{len(summary.unreadable)} of {tried} captures could not be read, and their pages "
                                   f"were left as they were ({why}); first: {summary.unreadable[0]}")


@main.command()
@click.argument("slugs", nargs=-1)
@click.option("--sources", "sources_path", default=DEFAULT_SOURCES, show_default=True, help="The sources file (golden pages, hints).")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The archive.")
@click.option("--save", is_flag=True, help="Record the current extraction of archived pages as the golden baseline (golden/<slug>.json beside the sources file).")
@click.option("--pages", default=8, show_default=True, type=click.IntRange(min=1), help="With --save: how many pages, reviews first, spread over the archive.")
@click.option("--url", "urls", multiple=True, help="With --save: record these pages (repeatable) instead of a sample.")
@click.option("--live", is_flag=True, help="Fetch the golden pages now (robots.txt, User-Agent, the source's delay) instead of reading the archive; nothing is written.")
@click.option("--baseline-captures", is_flag=True, help="Re-extract the captures the baseline was saved from: only the extractor can have drifted.")
@click.option("--min-similarity", default=0.9, show_default=True, type=click.FloatRange(0, 1), help="Lowest token F1 of the clean text against the baseline's.")
def check(slugs: tuple[str, ...], sources_path: str, db: str, save: bool, pages: int, urls: tuple[str, ...], live: bool,
          baseline_captures: bool, min_similarity: float) -> None:
    """Re-extract a source's golden pages and report drift (exit status 1 when any page drifted).

    Golden pages are the `golden:` entries of a source in the sources file and
    the baseline `--save` records. Without SLUGS, every source that has some.
    """
    from scraper.golden import baseline_path, check_source, report, save_baseline
    from scraper.sources import load_sources, select_sources

    if not live:
        _existing_archive(db)
    chosen = select_sources(load_sources(sources_path), slugs, sources_path)
    if save:
        if not slugs:
            raise click.UsageError("name the source to record: shelfmark check SLUG --save")
        for source in chosen:
            path, count = save_baseline(db, source, sources_path, pages=pages, urls=urls)
            click.echo(f"{source.slug}: {count} golden pages recorded in {path}")
        return
    if not slugs:
        chosen = [s for s in chosen if s.golden or baseline_path(sources_path, s.slug).exists()]
        if not chosen:
            raise click.ClickException(f"no source in {sources_path} has golden pages; record some with `shelfmark check SLUG --save`")
    how = "fetched now" if live else "from the baseline's captures" if baseline_captures else "from the archive's latest captures"
    drifted = 0
    for source in chosen:
        checks = check_source(db, source, sources_path, live=live, baseline_captures=baseline_captures, min_similarity=min_similarity)
        for line in report(source.slug, checks, how):
            click.echo(line)
        drifted += sum(1 for c in checks if not c.ok)
    if drifted:
        sys.exit(1)


@main.command()
@click.argument("slug")
@click.option("--reason", default="", help="Why (a takedown request, the author's wish); kept with the record.")
@click.option("--restore", is_flag=True, help="Bring a withdrawn source back.")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The archive.")
def withdraw(slug: str, reason: str, restore: bool, db: str) -> None:
    """Withdraw a source (a takedown): its rows leave Datasette and exports but stay recoverable.

    The rows move to a file beside the archive (<archive>.withdrawn.db); the
    source is not crawled again until `--restore`.
    """
    from archive.store import Archive
    from archive.withdraw import restore as run_restore
    from archive.withdraw import withdraw as run_withdraw

    _existing_archive(db)
    with Archive(db) as archive:
        moved = run_restore(archive, slug) if restore else run_withdraw(archive, slug, reason)
    rows = ", ".join(f"{table} {n}" for table, n in moved.items())
    click.echo(f"{slug} {'restored' if restore else 'withdrawn'}: {rows}")


@main.command()
@click.argument("review_id", type=int)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The archive.")
@click.option("--from", "old", type=int, help="The older version (default: the one before --to).")
@click.option("--to", "new", type=int, help="The newer version (default: the latest).")
def changes(review_id: int, db: str, old: int | None, new: int | None) -> None:
    """Show what changed between two versions of a review (a unified diff of its text)."""
    from archive.store import Archive
    from archive.versions import diff, versions

    with Archive(_existing_archive(db)) as archive:
        for row in versions(archive.db, review_id):
            click.echo(f"version {row['version']}: seen {row['seen_at']} (crawl {row['crawl_id']}, extractor {row['extractor_version']})")
        for line in diff(archive.db, review_id, old, new):
            click.echo(line)


@main.command()
@click.argument("sources_path", default=DEFAULT_SOURCES, required=False)
def sources(sources_path: str) -> None:
    """Check a sources file (no request is made) and list its sources."""
    from scraper.sources import load_sources

    loaded = load_sources(sources_path)
    for source in loaded:
        click.echo(f"{source.slug:28} {source.platform:14} {source.home_url}")
    click.echo(f"{sources_path}: {len(loaded)} sources, all valid")


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The archive to serve.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db: str, host: str, port: int) -> None:
    """Browse the archive in Datasette: search, reviews by book, clean review text."""
    from archive.serve import serve as run_server

    _existing_archive(db)  # before "Serving…", which would promise a server that never starts
    click.echo(f"Serving {db} at http://{host}:{port}/ (Ctrl-C stops)")
    run_server(db, host=host, port=port)


@main.command()
@click.argument("pages", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--url", help="The page's URL (for one page); defaults to a file:// URL.")
@click.option("--full/--brief", default=False, help="--full also prints what was removed and why.")
def extract(pages: tuple[str, ...], url: str | None, full: bool) -> None:
    """Print the review record of saved HTML PAGES (or stdin, "-") as JSON.

    Use it to check a new source before crawling it: is it a review and why,
    the book, the rating, and the clean body.
    """
    from scraper.extract import extract_page

    if not pages:
        pages = ("-",)
    if url and len(pages) > 1:
        raise click.UsageError("--url names one page; give one PAGE with it")
    out = []
    for page in pages:
        if page == "-":
            html = sys.stdin.buffer.read()
            page_url = url or "file:///dev/stdin"
        else:
            path = Path(page)
            if not path.is_file():
                raise click.ClickException(f"{page}: no such file; give the path of a saved HTML page")
            html = path.read_bytes()
            page_url = url or path.resolve().as_uri()
        record = extract_page(html, page_url).to_dict()
        if not full:
            record.pop("removed")
        out.append(record)
    click.echo(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=2))


@main.command()
@click.option("--db", default="data/demo.db", show_default=True, help="Where to build the demo archive (replaced).")
@click.option("--serve/--no-serve", "do_serve", default=True, help="Serve the archive in Datasette after the build.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--fixed-ports/--any-ports", default=True, help="Serve the demo blogs on 127.0.0.1:8101-8104 (the "
              "archive's links work whenever they are served), or on any free ports.")
def demo(db: str, do_serve: bool, host: str, port: int, fixed_ports: bool) -> None:
    """Build a fresh archive from the bundled demo blogs, then serve it.

    The demo blogs (WordPress, Blogger, Joomla and Ghost markup, in our own words) are served on 127.0.0.1
    while they are crawled and while the archive is served; data/demo.sources.yaml re-crawls them.
    """
    from shelfmark.demo.run import run_demo

    run_demo(db, serve=do_serve, host=host, port=port, fixed_ports=fixed_ports, echo=click.echo, summary=_print_summary)


@main.command()
@click.argument("out_dir", metavar="DIR", type=click.Path(file_okay=False))
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The archive to export.")
def export(out_dir: str, db: str) -> None:
    """Write a dated release of the archive into DIR/shelfmark-<date>/.

    CSV and JSON Lines per table, the SQLite file, a data dictionary
    (datapackage.json), provenance (sources, crawl dates, extractor versions,
    counts, checksums) and CITATION.cff.
    """
    from archive.export import ExportError, export_release

    try:
        release = export_release(_existing_archive(db), out_dir)
    except ExportError as exc:
        raise click.ClickException(str(exc)) from None
    provenance = json.loads((release / "provenance.json").read_text(encoding="utf-8"))
    rows = ", ".join(f"{table} {count}" for table, count in provenance["rows"].items())
    click.echo(f"release written to {release}: {rows}")


if __name__ == "__main__":  # pragma: no cover
    main()
