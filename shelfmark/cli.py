"""The ``shelfmark`` command: crawl, serve, extract, demo.

Inside, named exceptions (``SourcesError``, ``ArchiveError``, ``ServeError``);
here at the edge, each becomes one sentence with what to do next.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

DEFAULT_SOURCES = "config/sources.yaml"
DEFAULT_DB = "data/shelfmark.db"


class _Friendly(click.Group):
    """Turn our named errors into click errors (exit 1, one clear message)."""

    def invoke(self, ctx):
        from archive.serve import ServeError
        from archive.store import ArchiveError
        from scraper.sources import SourcesError

        try:
            return super().invoke(ctx)
        except (SourcesError, ArchiveError, ServeError) as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=_Friendly)
@click.version_option(package_name="shelfmark")
def main() -> None:
    """Shelfmark: an archive of book-review blogs.

    Crawl the blogs in a sources file, keep their clean reviews in SQLite,
    and browse them with Datasette.
    """


def _print_summary(summary, db: str) -> None:
    t = summary.totals
    rate = t["pages_fetched"] / summary.seconds if summary.seconds else 0.0
    click.echo(
        f"crawl {summary.crawl_id} {summary.status}: {t['pages_fetched']} pages in {summary.seconds:.1f}s "
        f"({rate:.1f} pages/s); reviews new {t['reviews_new']}, changed {t['reviews_changed']}, "
        f"unchanged {t['reviews_unchanged']}; non-reviews {t['non_reviews']}; failed {t['pages_failed']}"
    )
    for slug, counts in summary.per_source.items():
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(counts.get("kinds", {}).items()))
        click.echo(f"  {slug}: {counts['pages_fetched']} pages ({kinds}); refused: {sum(counts.get('refused', {}).values())}")
    click.echo(f"archive: {db}")


@main.command()
@click.argument("slugs", nargs=-1)
@click.option("--sources", "sources_path", default=DEFAULT_SOURCES, show_default=True, help="The sources file.")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The archive (SQLite file); created if missing.")
@click.option("--log-level", default="INFO", show_default=True, type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]))
@click.option("--no-throttle", is_flag=True, help="Lift delays and AutoThrottle (robots.txt still obeyed). Only for sites you serve yourself, such as a local mirror.")
def crawl(slugs: tuple[str, ...], sources_path: str, db: str, log_level: str, no_throttle: bool) -> None:
    """Crawl the sources (all, or the SLUGS given) into the archive.

    Polite by default: robots.txt obeyed, one request at a time per blog with
    AutoThrottle, and an honest User-Agent. Each run leaves a row in `crawls`.
    """
    from scraper.run import run_crawl
    from scraper.sources import load_sources, select_sources

    sources = select_sources(load_sources(sources_path), slugs, sources_path)
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    summary = run_crawl(sources, db, log_level=log_level, fast=no_throttle)
    _print_summary(summary, db)


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
def demo(db: str, do_serve: bool, host: str, port: int) -> None:
    """Build a fresh archive from the bundled demo blogs, then serve it.

    The demo blogs (WordPress, Blogger, Joomla and Ghost markup, in our own
    words) are served on 127.0.0.1 while they are crawled.
    """
    from shelfmark.demo.run import build_demo

    summary = build_demo(db)
    _print_summary(summary, db)
    if do_serve:
        from archive.serve import serve as run_server

        click.echo(f"Serving the demo archive at http://{host}:{port}/ (Ctrl-C stops)")
        run_server(db, host=host, port=port)


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
        release = export_release(db, out_dir)
    except ExportError as exc:
        raise click.ClickException(str(exc)) from None
    provenance = json.loads((release / "provenance.json").read_text(encoding="utf-8"))
    rows = ", ".join(f"{table} {count}" for table, count in provenance["rows"].items())
    click.echo(f"release written to {release}: {rows}")


if __name__ == "__main__":  # pragma: no cover
    main()
