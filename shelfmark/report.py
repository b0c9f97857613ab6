"""What the CLI tells a person: a crawl's summary when it ends, and the refusal of an archive that is not there.

Kept apart from the CLI so that each line a person acts on (which pages failed and why, which archived copies were
fetched again, which path to pass) reads in one place, and the CLI module stays short.
"""

from __future__ import annotations

from pathlib import Path

import click

FAILED_SHOWN = 5  # failed pages named per source; the rest are in the crawl record and `pages.error`


def existing_archive(db: str) -> str:
    """Commands that read an archive refuse a missing one rather than create it empty (only `crawl` and the demo
    create one): an empty archive made by a mistyped path would export, serve and report nothing, and exit 0."""
    if not Path(db).is_file():
        raise click.ClickException(f"{db}: no such archive; pass --db with the path of your archive "
                                   f"(`shelfmark crawl` creates one)")
    return db


def print_summary(summary, db: str) -> None:
    t = summary.totals
    rate = t["pages_fetched"] / summary.seconds if summary.seconds else 0.0
    click.echo(
        f"crawl {summary.crawl_id} {summary.status}: {t['pages_fetched']} pages in {summary.seconds:.1f}s "
        f"({rate:.1f} pages/s); reviews new {t['reviews_new']}, changed {t['reviews_changed']}, "
        f"unchanged {t['reviews_unchanged']}, no longer reviews {unreviewed(t.get('reviews_unreviewed'))}; "
        f"non-reviews {t['non_reviews']}; failed {t['pages_failed']}"
    )
    for slug, counts in summary.per_source.items():
        for line in source_lines(slug, counts):
            click.echo(line)
    click.echo(f"archive: {db}")


def source_lines(slug: str, counts: dict) -> list[str]:
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(counts.get("kinds", {}).items()))
    failures = ", ".join(f"{k} {v}" for k, v in sorted(counts.get("failures", {}).items(), key=lambda kv: -kv[1]))
    lines = [f"  {slug}: {counts.get('pages_fetched', 0)} pages" + (f" ({kinds})" if kinds else "")
             + f"; refused: {sum(counts.get('refused', {}).values())}" + (f"; failed: {failures}" if failures else "")]
    failed = counts.get("failed_pages") or []
    if failed:
        named = "; ".join(f"{p['url']} ({p['error'] or 'HTTP ' + str(p['status'])})" for p in failed[:FAILED_SHOWN])
        more = max(len(failed), int((counts.get("record") or {}).get("failed") or 0)) - FAILED_SHOWN
        lines.append(f"  {slug}: failed pages: {named}" + (f"; and {more} more (pages.error)" if more > 0 else ""))
    if counts.get("refetched"):
        lines.append(f"  {slug}: {counts['refetched']} pages fetched again in full: their archived copies could not be "
                     "read (a missing or damaged WARC file); the fresh captures replace them, older versions stay")
    if (counts.get("record") or {}).get("reviews_unreviewed"):
        lines.append(f"  {slug}: no longer reviews: {counts['record']['reviews_unreviewed']}, kept and marked "
                     "(reviews.unreviewed_at), out of the reader's pages")
    if counts.get("finish_reason") not in (None, "", "finished", "shutdown"):
        lines.append(f"  {slug}: stopped early: {counts['finish_reason']}")
    return lines


def unreviewed(count: int | None) -> str:
    """A crawl's count of reviews it no longer read as reviews; none kept for one begun before migration m010."""
    return "not counted" if count is None else str(count)
